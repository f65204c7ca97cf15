export default definePageConfig({
  navigationBarTitleText: '无障碍声明',
});
