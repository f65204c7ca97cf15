export default definePageConfig({
  navigationBarTitleText: '申请人',
});
