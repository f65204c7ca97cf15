/**
 * Which e-certificate kind meets a checklist material, by the material's name (材料互用): the
 * applicant's own 居民身份证 meets 居民身份证, 经营者居民身份证, 车辆所有人身份证明, 法定代表人（负责人）身份证件
 * and 股东（发起人、投资人、合伙人）主体资格证明 (a natural-person shareholder's qualification is the
 * ID card); 户口簿 → household_register, 行驶证 → vehicle_licence, 驾驶证 → driving_licence,
 * 营业执照 → business_licence, 居住证, 结婚证, 社会保障卡 likewise. A material about someone else
 * (受托人, 监护人, 父母, 双方, 家庭成员, 驾驶员 …), a form to fill in (申请表, 登记表), the old
 * document handed back (原…), a photo or a statement is never met by a certificate.
 */
import type { CertificateKind } from '../../src/shared/api/identity';

const NOT_A_CERTIFICATE =
  /^原|申请表|登记表|申请书|声明书|照片|说明|名单|委托|受托|经办|监护|父|母|双方|买卖|和|家庭成员|聘用|驾驶员|账户|拖拉机|从业资格|困难|军人|丢失/;

const KIND_PATTERNS: ReadonlyArray<[CertificateKind, RegExp]> = [
  ['vehicle_licence', /行驶证/],
  ['driving_licence', /驾驶证/],
  ['business_licence', /营业执照/],
  ['household_register', /户口簿/],
  ['residence_permit', /居住证/],
  ['marriage_certificate', /结婚证/],
  ['social_security_card', /社会保障卡/],
  ['id_card', /居民身份证|身份证明|身份证件|主体资格证明/],
];

/** The certificate kind that meets a material of this name, or undefined. */
export function certificateKindFor(materialName: string): CertificateKind | undefined {
  if (NOT_A_CERTIFICATE.test(materialName)) return undefined;
  return KIND_PATTERNS.find(([, pattern]) => pattern.test(materialName))?.[0];
}

/**
 * Every certificate kind a material's name mentions, without the exclusions above: what a clerk
 * asking for "车辆行驶证或道路运输证（牵引车和挂车）" in a supplement accepts from 我的证照.
 */
export function certificateKindsMentioned(materialName: string): CertificateKind[] {
  return KIND_PATTERNS.filter(([, pattern]) => pattern.test(materialName)).map(([kind]) => kind);
}
