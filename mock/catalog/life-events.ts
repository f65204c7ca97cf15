/** 一件事一次办: bundles of city items handled as one (names must match catalog items). */
export interface LifeEventDef {
  id: string;
  name: string;
  description: string;
  items: string[];
}

export const LIFE_EVENT_DEFS: LifeEventDef[] = [
  {
    id: 'kaiban-qiye',
    name: '开办企业',
    description: '企业设立登记、公章刻制、发票申领、员工参保和公积金缴存登记一次申请、一网通办，材料只交一次，一般1个工作日内办结',
    items: ['企业设立登记', '公章刻制备案', '发票领用', '单位职工参保登记', '住房公积金单位缴存登记'],
  },
  {
    id: 'xinshenger-chusheng',
    name: '新生儿出生',
    description: '出生医学证明、户口登记、医保参保、社保卡申领和预防接种证一次办理，出生医学证明信息共享，无需重复提交',
    items: ['出生医学证明办理', '出生登记', '城乡居民基本医疗保险参保登记', '社会保障卡申领', '预防接种证办理'],
  },
  {
    id: 'tuixiu',
    name: '退休',
    description: '职工退休审批、基本养老金申领、退休人员医保待遇核定和住房公积金退休提取联动办理',
    items: ['职工退休审批', '基本养老金申领', '退休人员基本医疗保险待遇核定', '住房公积金提取'],
  },
  {
    id: 'ershoufang-jiaoyi',
    name: '二手房交易',
    description: '存量房网签备案、契税申报、不动产转移登记和水电气过户“一窗受理、并行办理”',
    items: ['存量房交易网签备案', '契税申报', '二手房转移登记', '水电气过户'],
  },
];
