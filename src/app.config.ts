export default defineAppConfig({
  // Main package: only the first screen. Everything else lives in a subpackage of its domain.
  pages: ['pages/nearby/index'],
  subPackages: [
    { root: 'packages/halls', name: 'halls', pages: ['pages/detail/index'] },
    { root: 'packages/place', name: 'place', pages: ['pages/pick/index'] },
  ],
  // From the nearby list the next step is a hall's detail or choosing a place: fetch both early.
  preloadRule: {
    'pages/nearby/index': { network: 'all', packages: ['halls', 'place'] },
  },
  window: {
    navigationBarTitleText: '渝快办',
    navigationBarBackgroundColor: '#1756a9',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f3f5f8',
    backgroundTextStyle: 'dark',
  },
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  permission: {
    'scope.userLocation': { desc: '用于查找离您最近的政务服务大厅（就近办）' },
  },
  lazyCodeLoading: 'requiredComponents',
  __usePrivacyCheck__: true,
});
