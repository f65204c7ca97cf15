export default definePageConfig({
  navigationBarTitleText: '修改评价',
});
