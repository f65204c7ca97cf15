/**
 * The appointments slice (预约): slots of a hall for an item, bookings, cancellation. For the
 * applications slice: `appointmentOf` (Application.appointment) and `setApplicationLookup` (so a
 * booking may name one of the citizen's applications).
 */
export type { ApplicationLookup } from './store';
export { appointmentOf, setApplicationLookup } from './store';
export { BOOKING_WINDOW_WORKING_DAYS, SLOT_CAPACITY, SLOT_MINUTES } from './slots';
export { appointmentRoutes } from './routes';
