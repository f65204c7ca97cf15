import { useAsync } from '../../core/hooks/useAsync';
import { hallsService } from '../halls/hallsService';

/** The child divisions of a division (the 38 districts when no parent). */
export function useDivisions(parent: string | undefined) {
  return useAsync(() => hallsService.divisions(parent), [parent]);
}
