/** What one hall handles (GET /halls/:id/items): the inverse of Instances.hallIds. */
import { CITY_CODE } from '../../src/shared/api/halls';
import type { Hall } from '../halls/generate';
import type { BasicItem } from './build';
import type { Instances } from './instances';

/** [basic item, implementing division] of every instance a hall accepts, in catalog order. */
export function hallInstances(instances: Instances, hall: Hall): Array<[BasicItem, string]> {
  const pairs: Array<[BasicItem, string]> = [];
  for (const b of instances.basics) {
    const s = b.spec;
    if (hall.level === 'city' && s.level === 'city') pairs.push([b, CITY_CODE]);
    else if (hall.level === 'district' && s.level === 'city' && s.allDistricts) pairs.push([b, CITY_CODE]);
    else if (hall.level === 'district' && s.level === 'district') pairs.push([b, hall.id]);
    else if (hall.level === 'township' && s.level === 'district' && s.townshipAccepts) pairs.push([b, hall.divisions.district ?? '']);
    else if ((hall.level === 'township' && s.level === 'township') || (hall.level === 'village' && s.level === 'village')) {
      if (instances.carries(b, hall.id)) pairs.push([b, hall.id]);
    }
  }
  return pairs;
}
