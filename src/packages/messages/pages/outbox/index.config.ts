export default definePageConfig({
  navigationBarTitleText: '演示：消息发件箱',
});
