import type { DataUseAction, RealNameStatus, Relation, RevealableField, TrustLevel } from '../../shared/api/identity';

/** Trust levels in words (国办函〔2016〕108号): never colour alone. */
export const TRUST_LABEL: Record<TrustLevel, { short: string; meaning: string }> = {
  A: { short: 'A级', meaning: '签发机关电子签章，可直接使用' },
  B: { short: 'B级', meaning: '窗口人员已核验，可复用' },
  C: { short: 'C级', meaning: '本人上传，原件待核验' },
  D: { short: 'D级', meaning: '本人声明' },
};

export const REAL_NAME_LABEL: Record<RealNameStatus, string> = {
  unverified: '未实名',
  face_pending: '待人脸核验',
  verified: '已实名',
};

export const FIELD_LABEL: Record<RevealableField, string> = {
  name: '姓名',
  idNumber: '身份证号',
  phone: '手机号',
};

export const RELATION_LABEL: Record<Relation, string> = {
  spouse: '配偶',
  parent: '父母',
  child: '子女',
  other: '其他亲属',
};

export const DATA_USE_LABEL: Record<DataUseAction, string> = {
  reveal: '查看完整信息',
  certificate_used: '使用电子证照',
  field_used: '使用个人信息',
  authorised: '授权代办',
  real_name: '实名认证',
  sign_in: '登录',
};

/** 2026-12-02T10:00:00+08:00 → 2026-12-02 10:00 (Beijing time, as the citizen reads it). */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const bj = new Date(d.getTime() + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${bj.getUTCFullYear()}-${pad(bj.getUTCMonth() + 1)}-${pad(bj.getUTCDate())} ${pad(bj.getUTCHours())}:${pad(bj.getUTCMinutes())}`;
}
