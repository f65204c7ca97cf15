import { ElderHome } from './ElderHome';
import type { ElderHomeSlotComponent } from './ElderHomeSlot.types';

export const ElderHomeSlot: ElderHomeSlotComponent = ElderHome;
