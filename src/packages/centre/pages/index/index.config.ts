export default definePageConfig({
  navigationBarTitleText: '办件指挥中心（演示与审阅）',
});
