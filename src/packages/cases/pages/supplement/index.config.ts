export default definePageConfig({
  navigationBarTitleText: '补正材料',
});
