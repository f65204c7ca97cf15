export default definePageConfig({
  navigationBarTitleText: '办理情形',
});
