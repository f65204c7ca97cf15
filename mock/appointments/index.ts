/**
 * The appointments slice (预约): slots of a hall for an item, bookings, cancellation. For the
 * applications slice: `appointmentOf` (Application.appointment). A booking may name one of the
 * citizen's applications of the same item (`applicationId`).
 */
export { appointmentOf } from './store';
export { BOOKING_WINDOW_WORKING_DAYS, SLOT_CAPACITY, SLOT_MINUTES } from './slots';
export { appointmentRoutes } from './routes';
