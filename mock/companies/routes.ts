/**
 * `POST /company-names/check` (auth): is a company name acceptable and free before 企业设立登记?
 * A body the contract's types refuse is 400; a division that is not Chongqing's city or one of
 * its districts (or a township/village in one) is 422 `fields.divisionCode`; otherwise 200 with
 * `{ available, problems }` — a name breaking the rules is an answer, not an error.
 */
import { z } from 'zod';
import { CITY_CODE } from '../../src/shared/api/halls';
import { ApiError } from '../server/errors';
import { DIVISION_CODE, str } from '../server/params';
import type { RouteTable } from '../server/route';
import { route } from '../server/route';
import { checkCompanyNameAvailability } from './names';

export const COMPANY_NAME_MESSAGES = {
  name: '企业名称必须是 1 到 100 个字的文字',
  nameMissing: '请填写企业名称',
  divisionCode: '登记地行政区划代码必须是 6、9 或 12 位数字',
  divisionCodeMissing: '请选择登记地（区县）',
  unknownDivision: '登记地应为重庆市或重庆市的区县',
  body: '请求体必须是 JSON 对象',
} as const;

const M = COMPANY_NAME_MESSAGES;

const checkBody = z.strictObject(
  {
    name: str(M.name, M.nameMissing)
      .refine((s) => s.trim().length > 0, { error: M.nameMissing })
      .refine((s) => [...s].length <= 100, { error: M.name }),
    divisionCode: str(M.divisionCode, M.divisionCodeMissing).regex(DIVISION_CODE, { error: M.divisionCode }),
  },
  { error: M.body },
);

export function companyRoutes(table: RouteTable): void {
  route(table, 'POST /company-names/check', { auth: true, body: checkBody }, ({ body, principal, world }) => {
    let districtName: string | undefined;
    if (body.divisionCode !== CITY_CODE) {
      const district = world.halls.tree.byCode.get(body.divisionCode.slice(0, 6));
      if (!district || district.level !== 'district' || !world.halls.tree.byCode.has(body.divisionCode)) {
        throw new ApiError(422, 'unprocessable', M.unknownDivision, { divisionCode: M.unknownDivision });
      }
      districtName = district.name;
    }
    return checkCompanyNameAvailability(world, principal.userId, body.name, districtName);
  });
}
