import type { GeoPoint, NearbyHall } from '../../../shared/api/halls';

export interface HallMapProps {
  /** the place the search is centred on */
  center: GeoPoint;
  /** the halls on screen, nearest first; numbered 1.. in this order */
  halls: NearbyHall[];
  selectedId?: string;
  onSelect: (hall: NearbyHall) => void;
}
