import { useAsync } from '../../core/hooks/useAsync';
import type { HallDetail } from '../../shared/api/halls';
import { hallsService } from './hallsService';

/** A hall with everything its detail page shows, or why it could not be loaded. */
export function useHallDetail(id: string | undefined) {
  return useAsync<HallDetail>(id ? () => hallsService.get(id) : null, [id]);
}
