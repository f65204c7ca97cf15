// Kept for import compatibility; the guides are data in guides/ (see guides/README.md).
export { MINIMUM_LIVING, NAMED_ITEMS } from './guides';
