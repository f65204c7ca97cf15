/**
 * Hand-written guides of the 20 best-known items, from the published guides of Chongqing and
 * national practice: real names, legal bases, fee standards, situations and materials.
 */
import type { ItemSpec } from './spec';
import { NAMED_ITEMS } from './real-named';
import { PERSON_FIELDS, channels, formMat, free, issued, lib, own, qa, steps } from './spec';

const STD_PROCESS = (name: string, review: string, reviewTime: string, result: string) =>
  steps(
    ['申请', `通过渝快办或窗口提交${name}申请`, '即时'],
    ['受理', '材料齐全、符合法定形式的当场受理；不齐全的一次性告知需补正的全部内容', '即时'],
    ['审查', review, reviewTime],
    ['决定', '作出准予或不予办理的决定，不予办理的书面说明理由', '1个工作日'],
    ['送达', `${result}，可窗口领取或免费邮寄`, '1个工作日'],
  );

type Hand = Omit<ItemSpec, 'real' | 'intermediary' | 'process' | 'channels'> & Partial<Pick<ItemSpec, 'intermediary' | 'process' | 'channels'>> & { review?: [string, string] };

/** Fills the standard 5-step process and full-online channels where an item does not spell them out. */
function hand(h: Hand): ItemSpec {
  const { review, ...rest } = h;
  return {
    intermediary: [],
    process: STD_PROCESS(h.name, review?.[0] ?? '审查申请材料，核验共享的电子证照和部门数据', review?.[1] ?? `${Math.max(1, h.promisedDays - 1)}个工作日`, `出具${h.result.name}`),
    channels: channels(4, 0, '全程网办：在线申请、电子证照共享、结果免费邮寄，无需到现场'),
    ...rest,
    real: true,
  };
}

export const REAL_ITEMS: ItemSpec[] = [
  {
    name: '社会保障卡申领', type: 'public_service', level: 'city', dept: '人力社保', audience: ['citizen'],
    themes: ['社会保障', '医疗卫生'], aliases: ['社保卡', '办社保卡', '社会保障卡', '医保卡'], popularity: 98, real: true,
    legalBasis: ['《中华人民共和国社会保险法》第五十八条第三款', '《社会保障卡管理办法》（人社部发〔2011〕47号）', '《重庆市社会保障卡管理办法》'],
    conditions: ['在本市参加社会保险或在本市居住的人员', '尚未持有本市有效社会保障卡，或原卡需换领（第三代卡换发）', '16周岁以下由监护人代为申请'],
    intermediary: [], statutoryDays: 20, promisedDays: 0,
    materials: [
      formMat('form', 'shebaoka-shenling', '《重庆市社会保障卡申领登记表》', [...PERSON_FIELDS, ['选择合作银行', '中国工商银行'], ['领卡方式', '即时制卡（窗口领取）']]),
      lib('idCard'), lib('photo', { notes: '可使用公安户籍照片共享，无需另行提供；不满意的可现场免费拍照' }),
      lib('hukou', { requirement: 'optional', notes: '16周岁以下未办理身份证的提供户口簿，人口库共享核验' }),
      own('guardian', '监护人居民身份证及监护关系证明', '未成年人或无民事行为能力人由监护人代办时提供；出生医学证明可作为监护关系证明', { requirement: 'optional' }),
    ],
    situations: [
      { name: '本人首次申领', description: '年满16周岁的本人在线或在即时制卡网点申领', materials: ['form', 'idCard', 'photo'] },
      { name: '为未成年子女申领', description: '监护人代为申领，可随新生儿出生“一件事”一并办理', materials: ['form', 'hukou', 'photo', 'guardian'] },
      { name: '换领第三代社会保障卡', description: '持有旧卡、换领具有金融功能的第三代卡', materials: ['form', 'idCard'] },
    ],
    fees: free('首次申领不收费；因遗失、损坏补（换）领的，制卡成本费按人社部门公布标准由合作银行收取'),
    process: steps(
      ['申请', '在渝快办“社保卡申领”或合作银行即时制卡网点提交申请', '即时'],
      ['受理', '核验身份和参保信息', '即时'],
      ['制卡', '即时制卡网点现场制卡；线上申请的由合作银行批量制卡', '即时制卡当场；批量制卡20个工作日'],
      ['发卡', '窗口领取或免费邮寄，领卡后启用社会保障功能和金融功能', '即时'],
    ),
    channels: channels(4, 0, '线上申领可选择邮寄到家，无需到现场；选择即时制卡的到网点一次当场领卡', { selfServiceTerminal: true }),
    result: { name: '中华人民共和国社会保障卡', type: 'certificate', electronic: true },
    faq: qa(
      ['社会保障卡可以当场拿到吗？', '可以。到设有即时制卡服务的银行网点或政务服务中心社保窗口办理，资料齐全的当场制卡领卡；也可在渝快办申领后邮寄到家。'],
      ['领到卡后还要做什么？', '须到合作银行网点或通过银行手机App激活金融功能并设置密码，社保功能在领卡时已启用，可同时申领电子社保卡。'],
      ['社保卡丢了怎么办？', '先通过12333或渝快办办理挂失，再按“补领”申请新卡；挂失后旧卡的社保和金融功能同时停用。'],
    ),
    allDistricts: true,
  },

  hand({
    name: '居民身份证换领', type: 'public_service', level: 'city', dept: '公安', audience: ['citizen'],
    themes: ['户籍办理'], aliases: ['身份证', '换身份证', '身份证到期', '身份证换证'], popularity: 97,
    legalBasis: ['《中华人民共和国居民身份证法》第五条、第十一条', '《中华人民共和国居民身份证法》第二十条', '《国家发展改革委 财政部关于公安部门收取居民身份证工本费标准的通知》（发改价格〔2003〕2322号）'],
    conditions: ['居住在本市的中国公民，持有的居民身份证有效期将满（届满前3个月内）或已过期', '登记项目（姓名、民族、出生日期等）发生变更或发现登记错误', '证件严重损坏不能辨认'],
    statutoryDays: 60, promisedDays: 20,
    materials: [
      formMat('form', 'sfz-huanling', '《居民身份证申领登记表》', [...PERSON_FIELDS, ['申领原因', '有效期满换领'], ['领证方式', '邮政寄递']], '窗口现场采集信息后打印，申请人核对签名'),
      lib('hukou'),
      issued('old_id', '原居民身份证', '公安机关', '换领时交回原证；有效期满的原证在新证领取前仍可使用', { source: 'applicant' }),
      lib('photo', { notes: '在受理窗口现场采集数码相片，或使用经公安机关认可的照相机构拍摄的回执' }),
      issued('change_proof', '登记项目变更证明', '公安机关户籍部门', '姓名、民族等变更的，先在户口登记机关完成户口项目变更，户口簿共享核验', { source: 'shared_certificate' }),
    ],
    situations: [
      { name: '有效期满换领', description: '有效期届满前3个月内或已过期', materials: ['form', 'hukou', 'old_id', 'photo'] },
      { name: '登记项目变更', description: '姓名、民族、出生日期等登记项目变更后换领', materials: ['form', 'hukou', 'old_id', 'photo', 'change_proof'] },
      { name: '证件损坏', description: '证件严重损坏、不能辨认', materials: ['form', 'hukou', 'old_id', 'photo'] },
    ],
    fees: { items: [{ name: '居民身份证工本费（换领）', amountYuan: 20, unit: '元/证', basis: '《国家发展改革委 财政部关于公安部门收取居民身份证工本费标准的通知》（发改价格〔2003〕2322号）', reduction: '城乡低保对象、特困人员凭相关证明免收' }], note: '换领、补领收取工本费20元/证；临时居民身份证10元/证；可在线支付' },
    process: steps(['申请', '到户籍派出所或政务服务中心公安窗口（全渝通办）申请，可在渝快办预约', '即时'], ['受理', '核验户口信息，现场采集相片和指纹', '即时', '《中华人民共和国居民身份证法》第四条'], ['审核', '户籍民警审核申领信息', '2个工作日'], ['制证', '市公安局统一制作证件', '15个工作日', '《中华人民共和国居民身份证法》第十一条'], ['送达', '窗口领取或邮政寄递到家', '3个工作日']),
    channels: channels(3, 1, '需本人到场采集相片和指纹（《居民身份证法》第四条），证件可邮寄到家，只需跑一次', { onlinePayment: true, selfServiceTerminal: true }),
    result: { name: '中华人民共和国居民身份证', type: 'certificate', electronic: true },
    faq: qa(['身份证在外地过期了，可以在重庆换吗？', '可以。居民身份证换领、补领已实现全国“跨省通办”，外省户籍人员可到本市任一受理点办理，证件可邮寄。'], ['换证期间需要用身份证怎么办？', '可同时申领临时居民身份证（工本费10元），有效期3个月；也可在渝快办使用电子身份证亮证。'], ['换领要交多少钱？', '换领工本费20元/证，低保对象和特困人员凭证明免收。']),
    allDistricts: true,
  }),
  hand({
    name: '居住证办理', type: 'public_service', level: 'city', dept: '公安', audience: ['citizen'],
    themes: ['户籍办理', '教育科研'], aliases: ['居住证', '暂住证', '办居住证'], popularity: 85,
    legalBasis: ['《居住证暂行条例》第二条、第九条', '《重庆市居住证管理办法》'],
    conditions: ['离开常住户口所在地到本市居住半年以上', '符合有合法稳定就业、合法稳定住所、连续就读条件之一'],
    statutoryDays: 15, promisedDays: 10,
    materials: [
      formMat('form', 'juzhuzheng', '《重庆市居住证申领登记表》', [...PERSON_FIELDS, ['居住登记日期', '2025年8月1日'], ['申领依据', '合法稳定就业']]),
      lib('idCard'), lib('photo'),
      own('residence', '居住登记证明（合法稳定住所证明）', '房屋租赁合同、房屋产权证明或单位、学校出具的住宿证明之一；已办理住房租赁备案的共享核验'),
      own('employment', '合法稳定就业证明', '劳动合同、营业执照或本市社保缴费记录之一；社保缴费记录系统共享核验', { requirement: 'optional' }),
      issued('study', '连续就读证明', '就读学校', '就读学校出具的在读证明', { requirement: 'optional' }),
    ],
    situations: [
      { name: '以合法稳定就业申领', description: '在本市就业、缴纳社保或经营', materials: ['form', 'idCard', 'photo', 'residence', 'employment'] },
      { name: '以合法稳定住所申领', description: '在本市有自有或租赁住房', materials: ['form', 'idCard', 'photo', 'residence'] },
      { name: '以连续就读申领', description: '在本市学校连续就读', materials: ['form', 'idCard', 'photo', 'study'] },
    ],
    fees: free('首次申领不收费；遗失补领、损坏换领的，按《居住证暂行条例》收取工本费'),
    channels: channels(3, 1, '首次申领需到居住地派出所或社区警务室核验并采集信息一次；签注可在线办理', { selfServiceTerminal: true }),
    review: ['派出所核实居住、就业或就读信息', '8个工作日'],
    result: { name: '重庆市居住证', type: 'certificate', electronic: true },
    faq: qa(['居住证有什么用？', '持证人在本市享有义务教育、基本公共就业服务、基本公共卫生服务、办理出入境证件等权利和便利，并可作为申请落户的依据。'], ['居住证需要每年签注吗？', '需要。居住证每年签注一次，可在渝快办在线签注，逾期未签注的暂停使用，补签后恢复。']),
    allDistricts: true,
  }),
  hand({
    name: '出生登记', type: 'public_service', level: 'city', dept: '公安', audience: ['citizen'],
    themes: ['户籍办理', '生育收养'], aliases: ['上户口', '新生儿落户', '户口', '报户口'], popularity: 90,
    legalBasis: ['《中华人民共和国户口登记条例》第七条', '《重庆市户口迁移登记实施办法》'],
    conditions: ['婴儿出生后一个月以内，由户主、亲属、抚养人或者邻居向婴儿常住地户口登记机关申报出生登记', '随父或随母落户，父母一方为本市户籍'],
    statutoryDays: 5, promisedDays: 0,
    materials: [
      formMat('form', 'chusheng-dengji', '《出生登记申报表》', [['婴儿姓名', '张小明'], ['性别', '男'], ['出生日期', '2026年2月20日'], ['出生地点', '重庆市九龙坡区示例医院'], ['父亲姓名', '张三'], ['母亲姓名', '李四'], ['随父（母）落户', '随父'], ['申报人联系电话', '138****5678']]),
      issued('birth_cert', '出生医学证明', '助产医疗机构', '本市医疗机构签发的出生医学证明已共享，无需提交纸质件', { source: 'shared_certificate' }),
      lib('hukou', { name: '父亲或母亲的居民户口簿' }),
      lib('idCard', { name: '父母双方居民身份证' }),
      lib('marriageCert', { requirement: 'optional', notes: '非婚生育的无需提供，另按规定提交情况说明' }),
    ],
    situations: [
      { name: '婚内生育，父母均为本市户籍', description: '随父或随母在本市落户', materials: ['form', 'birth_cert', 'hukou', 'idCard', 'marriageCert'] },
      { name: '非婚生育', description: '按规定随父或随母落户，无需结婚证', materials: ['form', 'birth_cert', 'hukou', 'idCard'] },
    ],
    fees: free('不收费；户口簿首次打印出生人员户口页不收费'),
    process: steps(['申请', '在渝快办“新生儿出生一件事”或户籍窗口申报', '即时'], ['受理', '核验出生医学证明和父母户籍信息', '即时'], ['审批', '户籍民警审核并办理落户', '即办'], ['出件', '打印户口簿户口页，可邮寄', '即时']),
    channels: channels(4, 0, '通过“新生儿出生一件事”全程网办，出生医学证明和父母户籍信息共享核验，户口页可邮寄'),
    result: { name: '居民户口簿（出生人员户口页）', type: 'registration', electronic: true },
    faq: qa(['出生登记有时间限制吗？', '应在婴儿出生后一个月内申报。超过一个月的仍可办理，但需说明原因；超过一年的须提交亲子鉴定等补充材料。'], ['孩子可以随母亲落户吗？', '可以。子女可以自愿选择随父或随母落户。']),
    allDistricts: true,
  }),
  hand({
    name: '内地居民结婚登记', type: 'public_service', level: 'city', dept: '民政', audience: ['citizen'],
    themes: ['婚姻登记'], aliases: ['结婚', '领证', '结婚证', '结婚登记'], popularity: 88,
    // The revised 婚姻登记条例 in force from 2025-05-10 ended the household-register requirement
    // and the tie to the place of household registration (全国通办).
    legalBasis: ['《中华人民共和国民法典》第一千零四十九条', '《婚姻登记条例》（2025年修订，2025年5月10日起施行）'],
    conditions: ['男方年满22周岁、女方年满20周岁', '男女双方完全自愿，双方均无配偶', '双方非直系血亲和三代以内旁系血亲', '双方共同亲自到婚姻登记机关申请；可在全国任一婚姻登记机关办理，不受户籍所在地限制'],
    statutoryDays: 1, promisedDays: 0,
    materials: [
      formMat('form', 'jiehun-dengji', '《申请结婚登记声明书》', [['男方姓名', '张三'], ['男方身份证号', '5001**********1234'], ['女方姓名', '李四'], ['女方身份证号', '5002**********5678'], ['本人无配偶声明', '本人无配偶，与对方无直系血亲和三代以内旁系血亲关系']], '在登记机关现场由双方当面签署'),
      lib('idCard', { name: '双方居民身份证' }),
      own('photos', '双方近期半身免冠合影照片', '2张2寸红底合影，婚姻登记处可现场拍摄', { copies: 2 }),
      issued('military', '现役军人身份证件及部队出具的婚姻状况证明', '军人所在部队团级以上单位政治工作部门', '一方为现役军人的提交，证明其无配偶、同意结婚', { requirement: 'optional' }),
    ],
    situations: [
      { name: '双方均为内地居民', description: '双方持居民身份证即可办理，不需户口簿', materials: ['form', 'idCard', 'photos'] },
      { name: '一方为现役军人', description: '现役军人一方另需提交军人身份证件和部队出具的婚姻状况证明', materials: ['form', 'idCard', 'photos', 'military'] },
    ],
    fees: free('不收费。依据《财政部 国家发展改革委关于清理规范一批行政事业性收费有关政策的通知》（财税〔2017〕20号），婚姻登记证工本费已取消'),
    process: steps(['预约', '在渝快办或“重庆婚姻登记”预约登记日期和地点', '即时'], ['申请', '双方共同到婚姻登记处提交证件并当面签署声明书', '即时'], ['审查', '婚姻登记员询问并核验双方信息', '即办', '《婚姻登记条例》第七条'], ['颁证', '当场颁发结婚证，可选择颁证仪式', '即时']),
    channels: channels(2, 1, '须双方共同亲自到婚姻登记机关当面申请（《婚姻登记条例》第四条），当场领证，只需跑一次', { express: false }),
    result: { name: '结婚证', type: 'certificate', electronic: true },
    faq: qa(['户口不在重庆可以在重庆结婚登记吗？', '可以。修订后的《婚姻登记条例》自2025年5月10日起施行，内地居民可在全国任一婚姻登记机关办理结婚登记，不再受户籍地限制。'], ['需要带户口本吗？', '不需要。双方携带本人有效居民身份证即可；身份证遗失的，可持临时居民身份证办理。']),
    allDistricts: true,
  }),
  hand({
    name: '住房公积金提取', type: 'public_service', level: 'city', dept: '住房公积金', audience: ['citizen'],
    themes: ['住房保障'], aliases: ['公积金', '取公积金', '提公积金', '公积金提取'], popularity: 95,
    legalBasis: ['《住房公积金管理条例》第二十四条', '《重庆市住房公积金提取管理办法》'],
    conditions: ['购买、建造、翻建、大修自住住房', '偿还购房贷款本息', '租房自住且本人及配偶在本市无自有住房', '离休、退休，或完全丧失劳动能力并与单位终止劳动关系', '出境定居，或与单位终止劳动关系且户口迁出本市'],
    statutoryDays: 3, promisedDays: 0,
    materials: [
      formMat('form', 'gjj-tiqu', '《住房公积金提取申请表》', [...PERSON_FIELDS.slice(0, 4), ['住房公积金个人账号', '5000********1234'], ['提取原因', '购买自住住房'], ['提取金额', '50000元'], ['收款银行账户', '6222********1234']]),
      lib('idCard'), lib('bankAccount'),
      lib('propertyCert', { name: '购房合同或不动产权证书', notes: '本市购房的网签备案和不动产登记信息共享核验，无需提交' }),
      own('rent', '房屋租赁合同', '已办理住房租赁备案的共享核验；无合同的可按本市租房提取限额提取，无需提交', { requirement: 'optional' }),
      issued('retire', '退休证明', '人力社保部门', '本市退休审批信息共享核验，无需提交', { source: 'shared_certificate' }),
      issued('leave', '与单位终止劳动关系及户口迁出证明', '原单位、公安机关', '户口迁出信息共享核验；离职信息以单位办理的封存记录为准'),
      lib('marriageCert', { requirement: 'optional', notes: '提取配偶账户用于同一套住房的提供' }),
    ],
    situations: [
      { name: '购买自住住房', description: '购买本市商品房或二手房后提取', materials: ['form', 'idCard', 'bankAccount', 'propertyCert', 'marriageCert'] },
      { name: '租房自住', description: '本人及配偶在本市无自有住房', materials: ['form', 'idCard', 'bankAccount', 'rent'] },
      { name: '离休、退休', description: '达到法定退休年龄办理退休后一次性提取并销户', materials: ['form', 'idCard', 'bankAccount', 'retire'] },
      { name: '离开本市', description: '与单位终止劳动关系且户口迁出本市或出境定居', materials: ['form', 'idCard', 'bankAccount', 'leave'] },
    ],
    fees: free('不收费'),
    process: steps(['申请', '在渝快办、“重庆公积金”App或管理部柜台提交申请', '即时'], ['审核', '系统自动核验房产、婚姻、退休、户籍等共享数据', '即办'], ['划款', '审核通过后划转至本人银行账户', '1个工作日', '《住房公积金管理条例》第二十五条']),
    channels: channels(4, 0, '全程网办，共享数据自动核验，资金直接到账，无需到现场'),
    result: { name: '住房公积金提取到账', type: 'payment', electronic: true },
    faq: qa(['租房提取一年能取多少？', '按本市租房提取限额执行，主城都市区和其他区县标准不同，具体以重庆市住房公积金管理中心当年公布的标准为准；可按月或按年提取。'], ['退休提取后账户怎么处理？', '退休提取为全额提取并销户；有公积金贷款未还清的，须先结清贷款。'], ['提取后多久到账？', '审核通过后1个工作日内划转，具体到账时间以银行为准。']),
    allDistricts: true,
  }),
  hand({
    name: '二手房转移登记', type: 'public_service', level: 'city', dept: '规划自然资源', audience: ['citizen'],
    themes: ['住房保障'], aliases: ['过户', '房产过户', '二手房过户', '不动产转移登记'], popularity: 86,
    legalBasis: ['《中华人民共和国民法典》第二百零九条、第二百一十四条', '《不动产登记暂行条例》第十四条', '《不动产登记暂行条例实施细则》第三十八条', '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）'],
    conditions: ['买卖双方已签订存量房买卖合同并完成网签备案', '已按规定缴纳契税等税费', '房屋权属清晰，无查封、异议登记等限制'],
    statutoryDays: 30, promisedDays: 1,
    materials: [
      formMat('form', 'bdc-zhuanyi', '《不动产登记申请书》', [['权利人（买方）', '张三'], ['义务人（卖方）', '王五'], ['不动产坐落', '重庆市九龙坡区示例路1号1-1'], ['不动产单元号', '500107********GB00001F0001****'], ['登记类型', '转移登记'], ['登记原因', '买卖']]),
      lib('idCard', { name: '买卖双方身份证明' }),
      lib('propertyCert'),
      own('contract', '存量房买卖合同（网签备案）', '网签备案信息共享获取，无需提交纸质件', { source: 'shared_certificate', issuer: '住房城乡建设部门' }),
      issued('tax', '完税凭证', '税务机关', '契税、个人所得税等完税信息共享核验', { source: 'shared_certificate' }),
      lib('marriageCert', { requirement: 'optional', notes: '共有房屋或夫妻共同财产处分的提供' }),
      own('mortgage', '抵押权人同意转让的书面意见及新的抵押合同、主债权合同', '“带押过户”的提交：原抵押权人出具同意抵押物转让的意见；买方申请贷款的另附新的抵押合同和借款合同，转移登记与抵押登记合并申请'),
    ],
    situations: [
      { name: '个人之间买卖', description: '买卖双方均为自然人', materials: ['form', 'idCard', 'propertyCert', 'contract', 'tax', 'marriageCert'] },
      { name: '带押过户（房屋尚有抵押贷款）', description: '卖方房屋未还清贷款，经抵押权人同意，转移登记与抵押登记合并办理', materials: ['form', 'idCard', 'propertyCert', 'contract', 'tax', 'marriageCert', 'mortgage'] },
    ],
    fees: { items: [{ name: '不动产登记费（住宅）', amountYuan: 80, unit: '元/件', basis: '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）', reduction: '小微企业免收；核发一本以上证书的，每增加一本收取工本费10元' }], note: '住宅类80元/件（含第一本证书工本费），非住宅类550元/件，由买方缴纳' },
    process: steps(['申请', '买卖双方在“交易、税收、登记”一窗受理窗口或渝快办联合申请', '即时'], ['受理', '一窗受理，同步推送住建、税务', '即时'], ['审核', '查验权属、限制状况和完税信息', '1个工作日', '《不动产登记暂行条例》第十八条'], ['登簿', '记载于不动产登记簿', '即时'], ['发证', '缴费后发放不动产权证书（同步电子证照），可邮寄', '即时']),
    channels: channels(3, 1, '买卖双方须当面确认交易意愿并签署申请书，可选择“带押过户”和线上视频面签，最多跑一次', { onlinePayment: true }),
    result: { name: '不动产权证书', type: 'certificate', electronic: true },
    faq: qa(['房子还有贷款可以过户吗？', '可以办理“带押过户”，经抵押权人同意后转移登记与抵押登记合并办理，无需先还清贷款。'], ['过户要交哪些费用？', '登记费住宅80元/件，另有契税（买方）、个人所得税和增值税（卖方，符合条件的免征），以税务机关核定为准。']),
    allDistricts: true,
  }),
  ...NAMED_ITEMS,
];
