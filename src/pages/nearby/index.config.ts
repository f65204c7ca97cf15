export default definePageConfig({
  navigationBarTitleText: '就近办',
  enablePullDownRefresh: true,
  onReachBottomDistance: 200,
  backgroundTextStyle: 'dark',
});
