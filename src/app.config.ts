export default defineAppConfig({
  // Main package: only the first screen. Everything else lives in a subpackage of its domain.
  // Main package: only the first screen and the tab pages. Everything else lives in a
  // subpackage of its domain.
  pages: ['pages/nearby/index', 'pages/services/index', 'pages/me/index'],
  subPackages: [
    { root: 'packages/halls', name: 'halls', pages: ['pages/detail/index'] },
    { root: 'packages/place', name: 'place', pages: ['pages/pick/index'] },
    {
      root: 'packages/catalog',
      name: 'catalog',
      pages: ['pages/search/index', 'pages/guide/index', 'pages/life-event/index', 'pages/departments/index'],
    },
    {
      root: 'packages/me',
      name: 'me',
      pages: [
        'pages/sign-in/index',
        'pages/privacy/index',
        'pages/accessibility/index',
        'pages/real-name/index',
        'pages/certificates/index',
        'pages/certificate/index',
        'pages/data-use/index',
        'pages/addresses/index',
        'pages/address/index',
        'pages/family/index',
        'pages/delete-account/index',
        'pages/materials/index',
      ],
    },
    // 模拟收银台: where WeChat Pay's sheet would be in a build against the mock (and on H5)
    { root: 'packages/pay', name: 'pay', pages: ['pages/cashier/index'] },
    // 预约: book a slot at a hall, one booking with its QR code, 我的预约
    {
      root: 'packages/booking',
      name: 'booking',
      pages: ['pages/book/index', 'pages/appointment/index', 'pages/appointments/index'],
    },
    {
      // 在线办理: a draft's task list and tasks, check answers, confirmation
      root: 'packages/apply',
      name: 'apply',
      pages: [
        'pages/start/index',
        'pages/tasks/index',
        'pages/situation/index',
        'pages/applicant/index',
        'pages/form/index',
        'pages/materials/index',
        'pages/delivery/index',
        'pages/review/index',
        'pages/done/index',
      ],
    },
    // 办件跟踪: 我的办件, the case page, 补正, and the public 进度查询 (no sign-in)
    {
      root: 'packages/cases',
      name: 'cases',
      pages: ['pages/list/index', 'pages/detail/index', 'pages/supplement/index', 'pages/progress/index'],
    },
    // 消息中心 and the reviewers' outbox
    { root: 'packages/messages', name: 'messages', pages: ['pages/inbox/index', 'pages/outbox/index'] },
    // 好差评: rate a case's stage, a rating with its rectification ticket, change a rating once, 我的评价
    { root: 'packages/rating', name: 'rating', pages: ['pages/rate/index', 'pages/evaluation/index', 'pages/change/index', 'pages/mine/index'] },
    // 投诉: about one case, 我的投诉, one complaint with its replies
    { root: 'packages/complaints', name: 'complaints', pages: ['pages/new/index', 'pages/mine/index', 'pages/detail/index'] },
    // 办件指挥中心（演示与审阅）: the reviewers' big screen over the mock's cases and clock
    { root: 'packages/centre', name: 'centre', pages: ['pages/index/index'] },
  ],
  // Fetch the next likely step early: from the nearby list a hall or a place; from 办事 the catalog.
  preloadRule: {
    'pages/nearby/index': { network: 'all', packages: ['halls', 'place'] },
    'pages/services/index': { network: 'all', packages: ['catalog'] },
    // from a guide the next step is 在线办理
    'packages/catalog/pages/guide/index': { network: 'all', packages: ['apply'] },
    // from 我的 the next step is in the me subpackage (certificates, addresses, sign-in) or 我的办件
    'pages/me/index': { network: 'all', packages: ['me', 'cases'] },
    // after filing, the next step is the case page; from 我的办件 a case or its 补正
    'packages/apply/pages/done/index': { network: 'all', packages: ['cases'] },
  },
  // WeChat draws its native tab bar. On H5 Taro's tab bar would add 14 KB gzip to the first load,
  // so the two top pages render their own accessible <nav> instead (components/TabNav).
  tabBar: process.env.TARO_ENV === 'weapp' ? {
    color: '#4e5561',
    selectedColor: '#1756a9',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/nearby/index', text: '就近办' },
      { pagePath: 'pages/services/index', text: '办事' },
      { pagePath: 'pages/me/index', text: '我的' },
    ],
  } : undefined,
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
