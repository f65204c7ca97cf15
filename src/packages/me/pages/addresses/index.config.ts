export default definePageConfig({
  navigationBarTitleText: '常用地址',
});
