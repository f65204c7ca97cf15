export default definePageConfig({
  navigationBarTitleText: '按部门查找',
});
