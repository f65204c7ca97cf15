/**
 * Composes complete ItemSpecs from the compact real rows (table.ts, table-ps.ts) and derives the
 * SAMPLE 业务办理项 variants (延续/变更/注销/补发 …) and department-wide services from them.
 * Every field is filled with specific text built from the row's name, department and basis.
 */
import type { Audience, ItemLevel } from '../../src/shared/api/catalog';
import { department } from './departments';
import type { ItemSpec, MaterialSpec, SituationSpec } from './spec';
import { ENTERPRISE_FIELDS, PERSON_FIELDS, channels, formMat, issued, lib, own, qa, steps } from './spec';
import type { Row, RowOptions } from './table';
import type { PsKind, PsRow } from './table-ps';

const NO_FEE_LICENCE = '不收费。依据《中华人民共和国行政许可法》第五十八条，行政机关实施行政许可和对行政许可事项进行监督检查，不得收取任何费用';
const NO_FEE = '不收费';

const split = (s: string, sep: string) => s.split(sep).map((x) => x.trim()).filter(Boolean);

/** 重庆市公安局 → 市公安局; 国家税务总局重庆市税务局 → 市税务局 */
export function shortCityDept(key: string): string {
  const name = department(key).city;
  return name.replace(/^国家税务总局重庆市/, '市').replace(/^重庆市/, '市').replace(/（.*）$/, '');
}

function deptLabel(key: string, level: ItemLevel): string {
  return level === 'city' ? department(key).city : `区县${department(key).city.replace(/^重庆市|^国家税务总局重庆市/, '')}`;
}

function subjectOf(name: string): string {
  return name.replace(/(核发|审批|许可|登记)$/, (m) => (m === '许可' ? '许可' : ''));
}

function proxySituation(keys: string[]): SituationSpec {
  return {
    name: '委托他人代为办理',
    description: '申请人因故不能亲自办理，委托代理人办理的，另需提交授权委托书及受托人身份证件',
    materials: [...keys, 'proxy'],
  };
}

// ---- licensing -----------------------------------------------------------------------------

type Variant = 'new' | 'renew' | 'change_name' | 'change_site' | 'cancel' | 'reissue' | 'change' | 'extend';

const VARIANT_LABEL: Record<Exclude<Variant, 'new'>, string> = {
  renew: '延续',
  change_name: '变更（名称、法定代表人）',
  change_site: '变更（地址、许可范围）',
  cancel: '注销',
  reissue: '补发',
  change: '变更',
  extend: '延期',
};

export function licenceSpecs(row: Row, level: ItemLevel): ItemSpec[] {
  const [name, , , , opts = {}] = row;
  const subject = subjectOf(name);
  if (opts.solo) return [licenceSpec(row, level, 'new', name)];
  const variants: Variant[] = opts.once ? ['change', 'extend'] : ['renew', 'change_name', 'change_site', 'cancel', 'reissue'];
  return [licenceSpec(row, level, 'new', name), ...variants.map((v) => licenceSpec(row, level, v, `${subject}${VARIANT_LABEL[v as Exclude<Variant, 'new'>]}`))];
}

function licenceSpec(row: Row, level: ItemLevel, variant: Variant, itemName: string): ItemSpec {
  const [name, dept, themesRaw, basisRaw, opts = {} as RowOptions] = row;
  const citizen = Boolean(opts.citizen);
  const subject = subjectOf(name);
  const resultName = opts.r ?? `${subject}准予行政许可决定书`;
  const cancelResult = cancelResultName(name, resultName);
  const deptName = deptLabel(dept, level);
  const legalBasis = [...split(basisRaw, ';'), '《中华人民共和国行政许可法》第二十九条至第四十二条'];
  const themes = split(themesRaw, '|');
  if (variant === 'cancel' && !themes.includes('注销退出') && !citizen) themes.splice(1, themes.length, '注销退出');
  const audience: Audience[] = citizen ? ['citizen'] : ['enterprise'];
  const applicantFields = citizen ? PERSON_FIELDS : ENTERPRISE_FIELDS;
  const verb = variant === 'new' ? '申请' : VARIANT_LABEL[variant];
  const form = formMat('form', '', `${itemName}申请表`, [
    ...applicantFields,
    ['申请事项', itemName],
    ...(variant === 'new'
      ? ([['申请许可范围（项目）', `${subject}（按${resultName}载明范围）`], ['专业技术人员人数', '5人']] as Array<[string, string]>)
      : ([['原证件编号', '渝示例〔2024〕0001号'], [`${verb}事由`, variant === 'cancel' ? '停止相关经营活动' : variant === 'reissue' ? '原证件遗失' : '有效期即将届满／登记事项发生变化']] as Array<[string, string]>)),
    ['申请日期', '2026年3月4日'],
  ]);
  const materials: MaterialSpec[] = [form];
  if (citizen) {
    materials.push(lib('idCard'), lib('photo'));
  } else {
    materials.push(lib('bizLicence'), lib('legalRepId'));
  }
  const original = issued('original_licence', `原${resultName}`, deptName, variant === 'reissue' ? '遗失的无需提交，改为书面遗失声明；电子证照已归集的系统自动调取' : '已归集电子证照的系统自动调取，纸质证件在领取新证时交回', { source: 'shared_certificate' });
  if (variant === 'new') {
    if (!citizen) materials.push(lib('siteProof'));
    materials.push(
      own(
        'qualification',
        citizen ? '资格考试合格证明或学历、专业培训证明' : '专业技术人员和管理人员名单及资格证明',
        citizen ? '已在全国统一考试平台取得成绩的，系统核验，不再提交纸质证明' : `须满足${subject}相关技术规范对人员数量和资格的要求，提供身份证件号码、职称或执业资格证书编号`,
      ),
    );
    if (!citizen) {
      materials.push(own('rules', '质量安全管理制度及岗位责任制文本', `包括${subject}涉及的操作规程、培训、检查和应急处置制度，加盖单位公章`));
      materials.push(own('equipment', '主要设施设备清单及布局平面图', '标明设施设备名称、型号、数量和功能分区，平面图注明尺寸和比例', { requirement: 'deferrable', notes: '容缺：可在受理后、现场核查前补交；标明设施设备名称、型号、数量和功能分区' }));
    }
    if (opts.m) materials.push(own('extra', opts.m[0], opts.m[1]));
  } else if (variant === 'cancel') {
    materials.push(original, own('reason', '注销申请书', '载明注销原因、停止相关活动的日期和未了事项的处理情况，加盖单位公章或本人签名'));
  } else if (variant === 'reissue') {
    materials.push(own('lost', '遗失（损毁）情况说明', '证件损毁的交回损毁证件；遗失的作书面说明，无需登报'));
  } else {
    materials.push(original);
    materials.push(
      own(
        'change_proof',
        variant === 'renew' || variant === 'extend' ? '有效期内从业情况自查报告' : '变更事项相关证明材料',
        variant === 'renew' || variant === 'extend'
          ? '说明有效期内持续符合许可条件、接受监督检查和整改的情况'
          : variant === 'change_site'
            ? '新场所的使用证明及布局平面图；许可范围变化的附相应人员和设备材料'
            : '名称、法定代表人变更已在市场监管部门登记的，系统共享核验，无需提交',
      ),
    );
  }
  materials.push(lib('proxy'));
  const coreKeys = materials.filter((m) => m.key !== 'proxy').map((m) => m.key);
  const statutory = opts.s ?? 20;
  const promisedNew = opts.p ?? Math.max(1, Math.floor(statutory / 2));
  const days: Record<Variant, [number, number]> = {
    new: [statutory, promisedNew],
    renew: [statutory, Math.max(1, Math.min(promisedNew, 7))],
    change_name: [Math.min(statutory, 10), 1],
    change_site: [statutory, Math.max(1, Math.min(promisedNew, 5))],
    change: [Math.min(statutory, 10), Math.max(1, Math.min(promisedNew, 5))],
    extend: [Math.min(statutory, 10), Math.max(1, Math.min(promisedNew, 3))],
    cancel: [Math.min(statutory, 10), 1],
    reissue: [Math.min(statutory, 10), 1],
  };
  const [statutoryDays, promisedDays] = days[variant];
  const inspect = variant === 'new' || variant === 'change_site';
  const conditions =
    variant === 'new'
      ? citizen
        ? ['申请人具有完全民事行为能力，遵守宪法和法律', `取得${subject}相应的考试合格证明或学历、资格条件`, '身体健康状况符合从业要求，无不予注册或许可的法定情形']
        : ['申请人为依法登记的企业或其他组织，已取得营业执照', `具有与${subject}相适应的场所、设施设备和专业技术人员`, '建立了健全的质量安全管理制度和岗位责任制', `符合${legalBasis[0]}规定的其他条件`]
      : variant === 'cancel'
        ? [`持有有效的${resultName}`, '已停止相关生产经营（执业）活动，或有效期届满未延续、主体资格依法终止']
        : variant === 'reissue'
          ? [`持有的${resultName}在有效期内遗失或损毁`, '持证主体和许可事项未发生变化']
          : [`持有有效的${resultName}`, variant === 'renew' || variant === 'extend' ? '在有效期届满30日前提出申请，且持续符合原许可条件' : '变更后的情况仍符合许可条件'];
  return {
    name: itemName,
    type: 'licensing',
    level,
    dept,
    audience,
    themes: themes.slice(0, 3),
    aliases: opts.a && variant === 'new' ? split(opts.a, '|') : [],
    popularity: variant === 'new' ? (opts.pop ?? 20) : 8,
    real: variant === 'new',
    legalBasis,
    conditions,
    intermediary: variant === 'new' && opts.m ? [`${opts.m[0]}编制（申请人自主选择具备资质的机构，不得指定）`] : [],
    statutoryDays,
    promisedDays,
    materials,
    situations: [
      { name: citizen ? '本人申请' : '单位经办人办理', description: citizen ? '申请人本人在线或到窗口申请' : '由法定代表人或单位经办人在线或到窗口申请', materials: coreKeys },
      proxySituation(coreKeys),
    ],
    fees:
      opts.fee && (variant === 'new' || variant === 'reissue')
        ? { items: [{ name: opts.fee[0], amountYuan: opts.fee[1], unit: opts.fee[2], basis: opts.fee[3], reduction: '符合国家规定减免条件的按规定减免' }], note: `收取${opts.fee[0]}${opts.fee[1]}${opts.fee[2]}，可在线支付` }
        : { items: [], note: NO_FEE_LICENCE },
    process: steps(
      ['申请', `申请人通过渝快办或窗口提交${itemName}申请及材料`, '即时'],
      ['受理', '对材料齐全、符合法定形式的当场受理；不齐全的一次性告知需补正的全部内容', '1个工作日', '《中华人民共和国行政许可法》第三十二条'],
      [inspect ? '审查（含现场核查）' : '审查', inspect ? '书面审查申请材料，并按规范对场所、设施设备进行现场核查' : '书面审查申请材料并核验电子证照', `${Math.max(1, promisedDays - 1)}个工作日`, '《中华人民共和国行政许可法》第三十四条'],
      ['决定', `作出准予或不予${verb}的书面决定；不予许可的说明理由并告知复议、诉讼权利`, '1个工作日', '《中华人民共和国行政许可法》第三十八条'],
      ['制证送达', `${variant === 'cancel' ? `出具${cancelResult}` : `制发${resultName}（同步生成电子证照）`}，免费邮寄或窗口领取`, '1个工作日'],
    ),
    channels: channels(4, 0, inspect ? '全程网办：材料在线提交、证照共享，现场核查由工作人员上门开展，结果免费邮寄或下载电子证照，无需到现场' : '全程网办：在线申请、电子签章确认，结果免费邮寄或下载电子证照，无需到现场', { express: true, selfServiceTerminal: level === 'district' }),
    result: { name: variant === 'cancel' ? cancelResult : resultName, type: variant === 'cancel' ? 'approval' : 'licence', electronic: true },
    faq: qa(
      [`办理${itemName}需要到现场吗？`, `不需要。本事项已实现全程网办，可在渝快办提交申请并查询进度；${inspect ? `需现场核查的，${deptName}工作人员会提前电话预约，上门核查，` : ''}结果可选择免费邮寄送达。`],
      variant === 'new' || variant === 'renew'
        ? [`${resultName}到期后怎么办？`, `需要继续从事相关活动的，应当在有效期届满30日前向原发证机关提出延续申请（《中华人民共和国行政许可法》第五十条），逾期未申请的证件失效，需重新申请。`]
        : [`材料不齐全会被退回吗？`, `不会直接退回。窗口会一次性告知需补正的全部材料；其中标注“容缺”的材料可以先受理、在规定时间内补交。`],
      [`在哪里查询办理进度？`, `在渝快办“我的办件”中输入申请编号查询，或拨打12345政务服务便民热线查询。`],
    ),
    allDistricts: level === 'city' && Boolean(opts.wide),
    townshipAccepts: level === 'district' && Boolean(opts.wide),
  };
}

/**
 * What a cancellation hands back: a document, never the item's own name. Registrations
 * (登记, 营业执照) end in a 准予注销登记通知书; licences in a 准予注销行政许可决定书 naming the licence.
 */
function cancelResultName(rowName: string, resultName: string): string {
  return /登记$/.test(rowName) || resultName.startsWith('营业执照') ? `准予注销登记通知书（${resultName}）` : `准予注销行政许可决定书（${resultName}）`;
}

// ---- public services -----------------------------------------------------------------------

const PS_RESULT: Record<PsKind, ItemSpec['result']['type']> = { s: 'payment', g: 'registration', c: 'certificate', q: 'service', e: 'registration', f: 'registration' };

/** The name without the trailing verbs of an application (申请受理, 代办 …): what the service is about. */
function serviceSubject(name: string): string {
  let s = name;
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(/(申请受理|受理|申请|申领|代办|办理|开具|签发|补领|核发|服务)$/, '');
  }
  return s || name;
}

/**
 * The document or outcome a public service hands back (result.name): never the item's own name.
 * Benefits → a 核定通知书 with where the money goes; certificates → the certificate; queries → the
 * printable result; filings (备案) → a 备案回执; registrations (登记) → a 登记证明; findings
 * (认定, 鉴定, 评定) → a 结论通知书; anything else → a 办理结果通知书.
 */
function psResultName(name: string, kind: PsKind, opts: RowOptions): string {
  if (opts.r) return opts.r;
  const subject = serviceSubject(name);
  switch (kind) {
    case 's':
      return `${subject}核定通知书（按规定发放至本人社会保障卡金融账户）`;
    case 'c':
      return subject === name ? `${name}证书` : subject;
    case 'q':
      return `${name.replace(/(查询打印|查询|申请|服务)$/, '')}查询结果（可打印，带电子印章）`;
    case 'f':
      return `${name.replace(/备案$/, '')}备案回执`;
    default:
      if (/备案$/.test(subject)) return `${subject}回执`;
      if (/登记$/.test(subject)) return `${subject}证明`;
      if (/(认定|鉴定|评定)$/.test(subject)) return `${subject}结论通知书`;
      return `${subject}办理结果通知书`;
  }
}

/** The document a SAMPLE variant (…信息变更, …注销, …补办 …) of a public service hands back. */
function psVariantResultName(base: PsRow, label: string): string {
  const [baseName, , , , kind, opts = {}] = base;
  switch (label) {
    case '补办':
      return `${psResultName(baseName, kind, opts)}（补发）`;
    case '资格复核':
      return '资格复核结果通知书';
    case '发放信息查询':
    case '办理进度查询':
      return `${label}结果（可打印，带电子印章）`;
    case '信息变更':
      return '信息变更确认通知书';
    case '变更':
      return '变更备案回执';
    case '注销':
      return kind === 'f' ? '注销备案回执' : '注销登记证明';
    default:
      return `${label}办理结果通知书`;
  }
}

export function psSpec(row: PsRow, variantOf?: { name: string; label: string }): ItemSpec {
  const [baseName, dept, themesRaw, basisRaw, kind, opts = {}] = row;
  const name = variantOf ? variantOf.name : baseName;
  const enterprise = kind === 'e' || kind === 'f' || Boolean(opts.ent);
  const audience: Audience[] = enterprise ? ['enterprise'] : ['citizen'];
  const fields = enterprise ? ENTERPRISE_FIELDS : PERSON_FIELDS;
  const deptName = department(dept).city;
  const legalBasis = split(basisRaw, ';');
  const resultName = variantOf ? psVariantResultName(row, variantOf.label) : psResultName(name, kind, opts);
  const materials: MaterialSpec[] = [];
  if (kind !== 'q') {
    materials.push(
      formMat('form', '', `${name}${kind === 'f' ? '备案表' : kind === 'g' || kind === 'e' ? '登记表' : '申请表'}`, [
        ...fields,
        ['申请事项', name],
        ['申请理由或情况说明', kind === 's' ? '符合申领条件，申请按规定发放' : '本人（本单位）申请办理上述事项'],
        ['申请日期', '2026年3月4日'],
      ]),
    );
  }
  materials.push(enterprise ? lib('bizLicence') : lib('idCard'));
  if (enterprise) materials.push(lib('legalRepId'));
  if (kind === 's') {
    materials.push(lib('bankAccount'));
    materials.push(own('eligibility', '申领资格相关证明材料', `按${name}的申领条件提供，如劳动合同、诊断证明、缴费或收入情况等；可通过数据共享核验的不再提交`, { requirement: 'deferrable', notes: `容缺：可先受理后补交。按${name}的申领条件提供，能通过部门数据共享核验的不再提交` }));
  } else if (kind === 'g') {
    materials.push(lib('hukou', { requirement: 'optional', notes: '本市户籍的通过人口库共享核验；外省户籍的提供户口簿或居住证' }));
    materials.push(own('proof', '登记事项相关证明材料', `证明${name}所涉事实的材料，如劳动合同、房屋信息、学籍或医疗文书等，按实际情形提供`));
  } else if (kind === 'c') {
    if (/证$|证签发|证申领|证办理/.test(name)) materials.push(lib('photo'));
  } else if (kind === 'e' || kind === 'f') {
    materials.push(own('matters', `${name.replace(/(登记|备案|申报|开户|申请受理|领用)$/, '')}事项说明材料`, '载明办理事项的基本情况，加盖单位公章；已在部门系统中登记的信息自动带出，不再重复提交'));
  }
  if (opts.m && !variantOf) materials.push(own('extra', opts.m[0], opts.m[1]));
  materials.push(lib('proxy'));
  const coreKeys = materials.filter((m) => m.key !== 'proxy').map((m) => m.key);
  const statutoryDays = opts.s ?? (kind === 'q' || kind === 'f' ? 1 : kind === 'c' ? 5 : 20);
  const promisedDays = Math.min(statutoryDays, opts.p ?? (kind === 'q' || kind === 'f' ? 0 : kind === 'c' ? 1 : Math.max(1, Math.floor(statutoryDays / 2))));
  const instant = promisedDays === 0;
  const fees = opts.fee && !variantOf
    ? { items: [{ name: opts.fee[0], amountYuan: opts.fee[1], unit: opts.fee[2], basis: opts.fee[3], reduction: '符合国家规定减免条件的按规定减免' }], note: `收取${opts.fee[0]}，可在渝快办在线支付或窗口扫码支付` }
    : { items: [], note: NO_FEE };
  const online = kind === 'q' || kind === 'f' || kind === 'e' || kind === 's';
  const visits = online ? 0 : 1;
  return {
    name,
    type: 'public_service',
    level: 'city',
    dept,
    audience,
    themes: split(themesRaw, '|').slice(0, 3),
    aliases: opts.a && !variantOf ? split(opts.a, '|') : [],
    popularity: variantOf ? 6 : (opts.pop ?? 25),
    real: !variantOf,
    legalBasis,
    conditions:
      kind === 's'
        ? [`符合${legalBasis[0]}规定的申领条件`, '按规定参保缴费或属于政策覆盖对象', '未重复享受同类待遇或补贴']
        : kind === 'q'
          ? ['查询本人（本单位）信息的，提供有效身份证件', '查询他人信息的，须持有本人授权或法律规定的查询依据']
          : enterprise
            ? ['申请单位已依法登记取得统一社会信用代码', `办理事项属于${deptName}职责范围`]
            : ['申请人为本人或其法定监护人', `申请事项属于${deptName}职责范围，材料真实有效`],
    intermediary: [],
    statutoryDays,
    promisedDays,
    materials,
    situations: [
      { name: enterprise ? '单位经办人办理' : '本人办理', description: enterprise ? '法定代表人或经办人在线或到窗口办理' : '申请人本人在线或到窗口办理', materials: coreKeys },
      proxySituation(coreKeys),
    ],
    fees,
    process: instant
      ? steps(['申请', `提交${name}申请`, '即时'], ['受理并办结', '信息核验通过的即时办结', '即办'], ['出件', fees.items.length ? '缴费后当场出件或邮寄送达' : '当场出具结果或在线下载', '即时'])
      : steps(
          ['申请', `通过渝快办或窗口提交${name}申请`, '即时'],
          ['受理', '材料齐全的当场受理；不齐全的一次性告知需补正内容', '1个工作日'],
          ['审核', `${deptName}审核申请材料并核验共享数据`, `${Math.max(1, promisedDays - 1)}个工作日`],
          ['办结', kind === 's' ? '核定待遇并告知结果，按月或一次性发放' : '作出办理结果并告知申请人', '1个工作日'],
        ),
    channels: channels(online ? 4 : 3, visits, visits === 0 ? '全程网办：在线申请、身份认证和电子证照共享，结果在线告知或免费邮寄' : '需到窗口核验身份原件或现场采集信息一次，其余环节可在线完成', {
      selfServiceTerminal: kind === 'q' || kind === 'c',
      onlinePayment: fees.items.length > 0,
      express: kind !== 'q',
    }),
    result: { name: resultName, type: PS_RESULT[kind], electronic: kind !== 'g' || online },
    faq: qa(
      [`办理${name}需要什么条件？`, `${kind === 's' ? '符合申领条件并按规定参保或属于政策对象即可申请' : '本人或本单位持有效证件即可申请'}，详细条件见本指南“受理条件”；不确定的可拨打12345或${deptName}咨询电话。`],
      [`${name}可以在网上办吗？`, visits === 0 ? '可以。登录渝快办，完成实名认证后在线申请，无需到现场。' : '可以在渝快办在线预约并预填信息，到窗口核验一次即可办结。'],
      [`办理结果怎么领取？`, kind === 'q' ? '查询结果可当场打印或在渝快办下载带电子印章的版本。' : '可选择窗口领取、免费邮寄，电子结果同步推送至渝快办“我的证照”。'],
    ),
    allDistricts: Boolean(opts.wide),
  };
}

const PS_VARIANTS: Record<PsKind, string[]> = {
  s: ['资格复核', '发放信息查询'],
  g: ['信息变更', '办理进度查询'],
  c: ['补办'],
  q: [],
  e: ['信息变更', '注销'],
  f: ['变更', '注销'],
};

export function psSpecs(row: PsRow): ItemSpec[] {
  const [name, , , , kind] = row;
  const base = name.replace(/(申领|申请|登记|办理|开具|签发|备案|申报)$/, '');
  return [psSpec(row), ...PS_VARIANTS[kind].map((label) => psSpec(row, { name: `${base}${label}`, label }))];
}

/** Department-wide services every municipal department offers (SAMPLE pattern items). */
export function departmentServiceSpecs(deptKeys: string[]): ItemSpec[] {
  const out: ItemSpec[] = [];
  for (const key of deptKeys) {
    const short = shortCityDept(key);
    const rows: PsRow[] = [
      [`${short}政府信息公开申请`, key, '公用事业', '《中华人民共和国政府信息公开条例》第二十七条、第二十九条、第三十三条', 'g', { s: 20, p: 15, r: '政府信息公开申请答复书' }],
      [`${short}投诉举报受理`, key, '法律服务', '《信访工作条例》第十七条;《中华人民共和国行政处罚法》第五十四条', 'g', { s: 15, p: 10, r: '投诉举报处理结果告知书' }],
      [`${short}政策咨询服务`, key, '公用事业', '《优化营商环境条例》第四十四条;《重庆市优化营商环境条例》', 'q', { r: '政策咨询答复意见' }],
      [`${short}行政许可结果公示查询`, key, '公用事业', '《中华人民共和国行政许可法》第四十条;《重庆市政务服务管理办法》', 'q', {}],
      [`${short}信用修复申请受理`, key, '公用事业', '《失信行为纠正后的信用信息修复管理办法（试行）》（国家发展改革委令第58号）', 'g', { s: 15, p: 5, r: '信用修复结果告知书' }],
    ];
    for (const r of rows) {
      const spec = psSpec(r);
      spec.real = false;
      spec.popularity = 4;
      spec.audience = ['citizen', 'enterprise'];
      out.push(spec);
    }
  }
  return out;
}
