// Kept for import compatibility; the guides are data in guides/ (see guides/README.md).
export { ADDED_ITEMS } from './guides';
export type { AddedItem } from './guides';
