/**
 * POST /company-names/check over HTTP: the shared rule check, the place of registration, and
 * uniqueness of 字号 + 行业 against registered companies (the personas') and names reserved by
 * pending applications; a name reserved for the caller himself is available to him.
 */
import type { CompanyNameAvailability } from '../../../src/shared/api/applications';
import { nameCore } from '../../../mock/companies';
import { apiSuitePerFile } from '../../support/api-suite';
import type { ErrorBody } from '../../support/api-client';
import { Api } from '../../support/api-client';

let yu: Api;
let tian: Api;
const suite = apiSuitePerFile(async (anon) => {
  yu = await anon.demo('yu');
  tian = await anon.demo('tian');
});

const check = (api: Api, name: string, divisionCode = '500107') => api.post<CompanyNameAvailability>('/company-names/check', { name, divisionCode });

/** A filed application as mock/applications keeps it (only the fields the check reads). */
function fileApplication(id: string, userId: string, name: string, status = 'received'): void {
  suite.server.world.collection('applications-applications').put(id, { id, userId, status, values: { company: { name } } });
}

it('a well-formed free name is available', async () => {
  for (const name of ['重庆市九龙坡区嘉陵商贸有限公司', '重庆嘉陵科技有限公司', '嘉陵（重庆）餐饮管理有限公司']) {
    const res = await check(yu, name);
    expect([name, res.status, res.body]).toEqual([name, 200, { available: true, problems: [] }]);
  }
  expect((await check(yu, '重庆嘉陵商贸有限公司', '500000')).body.available).toBe(true);
  // a township code stands for its district
  expect((await check(yu, '重庆市九龙坡区嘉陵商贸有限公司', '500107001')).body.available).toBe(true);
});

it('breaking the rules is an answer with the problems, not an error', async () => {
  const res = await check(yu, '九龙坡区ABC商贸');
  expect(res.status).toBe(200);
  expect(res.body.available).toBe(false);
  expect(res.body.problems.join('\n')).toMatch(/规范汉字/);
  expect(res.body.problems.join('\n')).toMatch(/组织形式/);
  expect((await check(yu, '重庆中国嘉陵商贸有限公司')).body.problems.join('')).toMatch(/国务院批准/);
});

it('the division in the name must be where the company registers', async () => {
  const elsewhere = await check(yu, '重庆市渝中区嘉陵商贸有限公司', '500107');
  expect(elsewhere.body.available).toBe(false);
  expect(elsewhere.body.problems).toContain('企业名称中的行政区划“渝中区”与登记地“九龙坡区”不一致，可使用“重庆”或“重庆市九龙坡区”');
  const city = await check(yu, '重庆市九龙坡区嘉陵商贸有限公司', '500000');
  expect(city.body.problems.join('')).toMatch(/由市级登记/);
  expect((await check(yu, '重庆市渝中区嘉陵商贸有限公司', '500103')).body.available).toBe(true);
});

it('a registered company’s 字号 + 行业 is taken for others, whatever the division or form; its holder may use it', async () => {
  const same = await check(tian, '重庆明远商贸有限公司');
  expect(same.body).toEqual({ available: false, problems: ['与已登记的企业名称“重庆明远商贸有限公司”字号和行业相同，请更换字号'] });
  expect((await check(tian, '重庆市九龙坡区明远商贸有限责任公司')).body.available).toBe(false);
  expect((await check(tian, '明远（重庆）商贸有限公司')).body.available).toBe(false);
  // another industry is another name
  expect((await check(tian, '重庆明远科技有限公司')).body.available).toBe(true);
  // 喻先生's own company in registration is reserved for him
  expect((await check(yu, '重庆明远商贸有限公司')).body).toEqual({ available: true, problems: [] });
});

it('a name reserved by another citizen’s pending application is taken; an ended application frees it', async () => {
  fileApplication('app_t1', 'u_tian', '重庆市九龙坡区嘉陵商贸有限公司');
  const res = await check(yu, '重庆嘉陵商贸有限公司');
  expect(res.body.available).toBe(false);
  expect(res.body.problems[0]).toMatch(/正在申请的企业名称“重庆市九龙坡区嘉陵商贸有限公司”/);
  expect((await check(tian, '重庆嘉陵商贸有限公司')).body.available).toBe(true);
  fileApplication('app_t1', 'u_tian', '重庆市九龙坡区嘉陵商贸有限公司', 'refused');
  expect((await check(yu, '重庆嘉陵商贸有限公司')).body.available).toBe(true);
});

it('needs a session, a known Chongqing division and a well-typed body', async () => {
  expect((await suite.anon.post('/company-names/check', { name: '重庆嘉陵商贸有限公司', divisionCode: '500107' })).status).toBe(401);
  const beijing = await yu.post<ErrorBody>('/company-names/check', { name: '重庆嘉陵商贸有限公司', divisionCode: '110105' });
  expect(beijing.status).toBe(422);
  expect(beijing.body.error.fields?.divisionCode).toBe('登记地应为重庆市或重庆市的区县');
  const missing = await yu.post<ErrorBody>('/company-names/check', { divisionCode: '500107' });
  expect(missing.status).toBe(400);
  expect(missing.body.error.fields?.name).toBe('请填写企业名称');
});

it('nameCore keeps 字号 and 行业, drops division and form', () => {
  expect(nameCore('重庆市九龙坡区明远商贸有限责任公司')).toBe('明远商贸');
  expect(nameCore('明远（重庆）商贸有限公司')).toBe('明远商贸');
  expect(nameCore(' 重庆 明远商贸有限公司 ')).toBe('明远商贸');
});
