/**
 * Company-name availability (企业名称自主申报, simulated): the shared rule check
 * (src/shared/forms/company-name.ts, the one the app runs as the citizen types), the place of
 * registration, and uniqueness in the World.
 *
 * - Place: companies register where they are seated (属地登记). A name whose division is a
 *   district or county must name the one the company registers in (divisionCode); 重庆/重庆市
 *   fits everywhere.
 * - Registered companies: the companies of every account (the personas' seeded companies, e.g.
 *   重庆明远商贸有限公司, registering in 九龙坡区).
 * - Reserved names: filed applications carrying a company name (`company.name` of the
 *   company-registration form) that have not ended (withdrawn, not accepted, refused, recalled,
 *   revoked).
 *
 * Two names clash when their 字号 + 行业 are the same whatever the division and organisational
 * form (重庆明远商贸有限公司 and 重庆市九龙坡区明远商贸有限责任公司). A name held by the caller
 * himself (his own company in registration, his own pending application) is no clash: it is
 * reserved for him.
 */
import type { ApplicationStatus, CompanyNameAvailability } from '../../src/shared/api/applications';
import { CHONGQING_DISTRICTS, ORGANISATION_FORMS, checkCompanyName } from '../../src/shared/forms/company-name';
import type { FormValues } from '../../src/shared/forms/types';
import { applicationCollections } from '../applications/model';
import { identityCollections } from '../identity/model';
import type { World } from '../world';

/** Applications that no longer hold the name they asked for. */
const ENDED: ReadonlySet<ApplicationStatus> = new Set<ApplicationStatus>(['withdrawn', 'not_accepted', 'refused', 'recalled', 'revoked']);

const longestFirst = (words: readonly string[]): string[] => [...words].sort((a, b) => b.length - a.length);
const FORMS = longestFirst(ORGANISATION_FORMS);
const CITY_WORDS = ['重庆市', '重庆'];
const DISTRICTS = longestFirst(CHONGQING_DISTRICTS);
const DIVISION_WORDS = longestFirst([...CITY_WORDS, ...CHONGQING_DISTRICTS]);

function normalise(name: string): string {
  return name.trim().replace(/\s+/g, '').replaceAll('(', '（').replaceAll(')', '）');
}

/** 字号 + 行业 of a name: its divisions (leading or bracketed) and organisational form removed. */
export function nameCore(name: string): string {
  let body = normalise(name);
  const form = FORMS.find((f) => body.endsWith(f));
  if (form) body = body.slice(0, -form.length);
  for (const d of DIVISION_WORDS) body = body.replaceAll(`（${d}）`, '');
  for (let prefix = DIVISION_WORDS.find((d) => body.startsWith(d)); prefix; prefix = DIVISION_WORDS.find((d) => body.startsWith(d))) {
    body = body.slice(prefix.length);
  }
  return body;
}

/** The district or county a name names (leading after the city, or in brackets), if any. */
export function districtOfName(name: string): string | undefined {
  const body = normalise(name);
  const afterCity = body.replace(/^重庆市?/, '');
  return DISTRICTS.find((d) => afterCity.startsWith(d) || body.includes(`（${d}）`) || body.includes(`（重庆市${d}）`));
}

interface TakenName {
  name: string;
  userId: string;
  kind: 'registered' | 'reserved';
}

/** `company.name` of the company-registration form, when the application carries one. */
function companyNameOf(values: FormValues | undefined): string | undefined {
  const company = values?.company;
  if (!company || Array.isArray(company)) return undefined;
  const name = company.name;
  return typeof name === 'string' && name.trim() ? name.trim() : undefined;
}

function takenNames(world: World): TakenName[] {
  const out: TakenName[] = [];
  for (const user of identityCollections(world).users.values()) {
    for (const company of user.companies) out.push({ name: company.name, userId: user.id, kind: 'registered' });
  }
  for (const application of applicationCollections(world).applications.values()) {
    const name = ENDED.has(application.status) ? undefined : companyNameOf(application.values);
    if (name) out.push({ name, userId: application.userId, kind: 'reserved' });
  }
  return out;
}

/**
 * The rule check, the place and the uniqueness check, for the citizen `userId`;
 * `districtName` is the district or county of registration (undefined: registered by the city).
 */
export function checkCompanyNameAvailability(world: World, userId: string, name: string, districtName: string | undefined): CompanyNameAvailability {
  const problems = [...checkCompanyName(name).problems];
  const named = districtOfName(name);
  if (named && named !== districtName) {
    problems.push(
      districtName
        ? `企业名称中的行政区划“${named}”与登记地“${districtName}”不一致，可使用“重庆”或“重庆市${districtName}”`
        : `由市级登记的企业名称应使用“重庆”或“重庆市”，不能使用“${named}”`,
    );
  }
  const core = nameCore(name);
  const clash = core ? takenNames(world).find((t) => t.userId !== userId && nameCore(t.name) === core) : undefined;
  if (clash) {
    problems.push(
      clash.kind === 'registered'
        ? `与已登记的企业名称“${clash.name}”字号和行业相同，请更换字号`
        : `与其他申请人正在申请的企业名称“${clash.name}”字号和行业相同，请更换字号`,
    );
  }
  return { available: problems.length === 0, problems };
}
