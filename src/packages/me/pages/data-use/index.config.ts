export default definePageConfig({
  navigationBarTitleText: '数据使用记录',
});
