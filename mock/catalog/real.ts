// Kept for import compatibility; the guides are data in guides/ (see guides/README.md).
export { REAL_ITEMS } from './guides';
