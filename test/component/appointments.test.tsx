/**
 * The booking page's flow and one booking, as H5 renders them, with the services faked from the
 * contract's shapes: only slots with room left are offered, and a booking shows its code as text
 * and as a QR code.
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { Appointment, SlotDay } from '../../src/shared/api/applications';
import type { NearbyHall } from '../../src/shared/api/halls';
import { BookingFlow } from '../../src/features/appointments/components/BookingFlow';
import { AppointmentDetail } from '../../src/features/appointments/components/AppointmentDetail';
import { qrRows } from '../../src/features/appointments/components/QrCode';
import { appointmentsService } from '../../src/features/appointments/appointmentsService';
import { catalogService } from '../../src/features/catalog/catalogService';
import { setPlace } from '../../src/features/place/placeStore';

jest.mock('../../src/features/appointments/appointmentsService');
jest.mock('../../src/features/catalog/catalogService');
const appointments = jest.mocked(appointmentsService);
const catalog = jest.mocked(catalogService);

const today = { date: '2026-12-02', weekday: 3, kind: 'workday', ranges: [{ start: '09:00', end: '12:00' }] } as unknown as NearbyHall['today'];
const hall = {
  id: '500000',
  name: '重庆市政务服务中心',
  level: 'city',
  address: '重庆市渝北区青枫北路 1 号',
  distanceMeters: 1200,
  today,
  openNow: true,
  queue: { waiting: 3, estimatedWaitMinutes: 10 },
} as unknown as NearbyHall;

function day(date: string, slots: SlotDay['slots']): SlotDay {
  return { hallId: hall.id, date, slots, lastBookableDate: '2026-12-03' };
}

beforeEach(() => {
  jest.clearAllMocks();
  setPlace({ kind: 'map', label: '解放碑', point: { lat: 29.56, lng: 106.58 } });
  catalog.guide.mockResolvedValue({ id: '500000-010110001000', name: '普通护照签发', channels: { visits: 1, visitsReason: '现场采集指纹' } } as never);
  catalog.halls.mockResolvedValue({ items: [hall], nextCursor: null } as never);
  appointments.slots.mockImplementation(async (_h, _i, date) =>
    date === '2026-12-02'
      ? day(date, [
          { start: '10:30', end: '11:00', capacity: 6, remaining: 0 },
          { start: '11:00', end: '11:30', capacity: 6, remaining: 2 },
        ])
      : day(date, [{ start: '09:00', end: '09:30', capacity: 6, remaining: 6 }]),
  );
});

it('offers only the slots that have room left, with what is left', async () => {
  render(<BookingFlow itemId="500000-010110001000" />);
  fireEvent.click(await screen.findByTestId('booking-hall'));
  const dates = await screen.findAllByTestId('booking-date');
  expect(dates.map((d) => d.textContent)).toEqual(['12月2日 周三', '12月3日 周四']);
  fireEvent.click(dates[0]);
  const slots = await screen.findAllByTestId('booking-slot');
  expect(slots.map((s) => s.textContent)).toEqual(['11:00-11:30（余 2）']);
  expect(appointments.slots).toHaveBeenCalledWith('500000', '500000-010110001000', '2026-12-02');
});

it('books with one Idempotency-Key however often the citizen taps 确认预约', async () => {
  appointments.book.mockImplementation(() => new Promise(() => undefined));
  render(<BookingFlow itemId="500000-010110001000" />);
  fireEvent.click(await screen.findByTestId('booking-hall'));
  fireEvent.click((await screen.findAllByTestId('booking-date'))[1]);
  fireEvent.click(await screen.findByTestId('booking-slot'));
  const submit = screen.getByTestId('booking-submit');
  fireEvent.click(submit);
  fireEvent.click(submit);
  expect(appointments.book).toHaveBeenCalledTimes(1);
  expect(appointments.book).toHaveBeenCalledWith({ hallId: '500000', itemId: '500000-010110001000', date: '2026-12-03', start: '09:00' }, expect.stringMatching(/^book-/));
});

it('shows a booking’s code as text and as a QR code of that code, with the hall’s address and hours', () => {
  const booking: Appointment = {
    id: 'apt_1',
    code: 'YY20261203A7K2',
    hallId: hall.id,
    hallName: hall.name,
    hallAddress: hall.address,
    hallHours: '09:00-12:00，13:30-17:30',
    itemId: '500000-010110001000',
    itemName: '普通护照签发',
    date: '2026-12-03',
    start: '09:00',
    end: '09:30',
    status: 'booked',
  };
  render(<AppointmentDetail appointment={booking} onChanged={jest.fn()} />);
  const card = screen.getByTestId('appointment');
  expect(within(card).getByTestId('appointment-code').textContent).toBe('YY20261203A7K2');
  const qr = within(card).getByRole('img', { name: '预约码二维码：YY20261203A7K2' });
  const rows = qrRows('YY20261203A7K2');
  expect(qr.children).toHaveLength(rows.length);
  expect(rows.length).toBeGreaterThanOrEqual(21);
  // the first row starts with a finder pattern: seven dark modules
  expect(rows[0][0]).toEqual([true, 7]);
  expect(card.textContent).toContain('重庆市渝北区青枫北路 1 号');
  expect(card.textContent).toContain('09:00-12:00，13:30-17:30');
  expect(card.textContent).toContain('12月3日 周四 09:00-09:30');
  expect(within(card).getByTestId('appointment-cancel')).toBeTruthy();
});
