import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { NetworkError } from '../../src/core/http/errors';
import { NearbyResults, type ViewMode } from '../../src/features/halls/components/NearbyResults';
import { hallsService } from '../../src/features/halls/hallsService';
import { useNearbyHalls, type NearbyFilters } from '../../src/features/halls/useNearbyHalls';
import type { NearbyHall, NearbyHallsQuery, NearbyHallsResponse } from '../../src/shared/api/halls';
import { nearbyPage, PENGSHUI_HALL } from '../fixtures/halls';

jest.mock('../../src/features/halls/hallsService', () => ({
  hallsService: { nearby: jest.fn(), get: jest.fn(), list: jest.fn(), divisions: jest.fn() },
}));
const nearby = hallsService.nearby as jest.MockedFunction<typeof hallsService.nearby>;

/** The nearby screen's result area as the page composes it: the real hook and component. */
function Screen({ initialFilters = { openNow: false }, mode = 'list', onOpen = () => undefined }: { initialFilters?: NearbyFilters; mode?: ViewMode; onOpen?: (h: NearbyHall) => void }) {
  const [filters, setFilters] = useState<NearbyFilters>(initialFilters);
  const [selected, setSelected] = useState<NearbyHall | null>(null);
  const state = useNearbyHalls(PENGSHUI_HALL, filters);
  return (
    <NearbyResults
      nearby={state}
      mode={mode}
      center={PENGSHUI_HALL}
      selected={selected}
      onSelect={setSelected}
      onOpen={onOpen}
      onClearFilters={() => setFilters({ openNow: false })}
      filtered={filters.level !== undefined || filters.openNow}
    />
  );
}

/** The result area alone, its filters given from outside: the same mounted list across a change of query. */
function Results({ filters }: { filters: NearbyFilters }) {
  const state = useNearbyHalls(PENGSHUI_HALL, filters);
  return (
    <NearbyResults
      nearby={state}
      mode="list"
      center={PENGSHUI_HALL}
      selected={null}
      onSelect={() => undefined}
      onOpen={() => undefined}
      onClearFilters={() => undefined}
      filtered={filters.level !== undefined || filters.openNow}
    />
  );
}

const serve = (q: NearbyHallsQuery) => Promise.resolve(nearbyPage(q));
const cardNames = () => screen.getAllByTestId('hall-card').map((card) => card.querySelector('.yk-hall-card__name')?.textContent);

/** An answer that arrives only when the test says so. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((res) => (resolve = res));
  return { promise, resolve };
}

beforeEach(() => nearby.mockReset());

it('says it is looking while the first page loads', () => {
  nearby.mockReturnValue(new Promise(() => undefined));
  render(<Screen />);
  expect(screen.getByText('正在查找附近的大厅…')).toBeTruthy();
  expect(screen.queryByTestId('hall-card')).toBeNull();
});

it('lists the nearest halls first, with distance, open state and queue', async () => {
  nearby.mockImplementation(serve);
  const expected = nearbyPage({ ...PENGSHUI_HALL, limit: 20 }).items;
  render(<Screen />);
  await screen.findByText(expected[0].name);
  const cards = screen.getAllByTestId('hall-card');
  expect(cards).toHaveLength(20);
  expect(cards[0].textContent).toContain('彭水苗族土家族自治县政务服务中心');
  expect(cards[0].textContent).toContain('0m');
  expect(cards[0].textContent).toContain('营业中');
  expect(cards[1].textContent).toContain(expected[1].name);
});

it('appends the next page when more is asked for, without losing the rows above', async () => {
  nearby.mockImplementation(serve);
  const firstTwoPages = nearbyPage({ ...PENGSHUI_HALL, limit: 40 }).items;
  render(<Screen />);
  await screen.findByText(firstTwoPages[0].name);
  fireEvent.click(screen.getByTestId('load-more'));
  await screen.findByText(firstTwoPages[39].name);
  expect(screen.getAllByTestId('hall-card')).toHaveLength(40);
  expect(nearby).toHaveBeenLastCalledWith(expect.objectContaining({ cursor: nearbyPage({ ...PENGSHUI_HALL, limit: 20 }).nextCursor }));
});

it('keeps the list and offers a retry when a next page fails', async () => {
  nearby.mockImplementationOnce(serve).mockRejectedValueOnce(new NetworkError('offline')).mockImplementation(serve);
  render(<Screen />);
  await screen.findAllByTestId('hall-card');
  fireEvent.click(screen.getByTestId('load-more'));
  await screen.findByText('网络连接不可用，请检查网络后重试');
  expect(screen.getAllByTestId('hall-card')).toHaveLength(20);
  fireEvent.click(screen.getByText('重试'));
  await waitFor(() => expect(nearby).toHaveBeenCalledTimes(3));
  await waitFor(() => expect(screen.getAllByTestId('hall-card')).toHaveLength(40));
});

it('shows what went wrong and loads again on 重试 when the first page fails', async () => {
  nearby.mockRejectedValueOnce(new NetworkError('offline')).mockImplementation(serve);
  render(<Screen />);
  await screen.findByText('附近大厅加载失败');
  expect(screen.getByText('网络连接不可用，请检查网络后重试')).toBeTruthy();
  expect(screen.queryByTestId('hall-card')).toBeNull();
  fireEvent.click(screen.getByText('重试'));
  await screen.findByText('彭水苗族土家族自治县政务服务中心');
  expect(nearby).toHaveBeenCalledTimes(2);
});

it('explains an empty result caused by filters and clears them on request', async () => {
  nearby.mockImplementation((q) => (q.openNow ? Promise.resolve({ items: [], nextCursor: null }) : serve(q)));
  render(<Screen initialFilters={{ openNow: true, level: 'village' }} />);
  await screen.findByText('附近没有符合条件的大厅');
  fireEvent.click(screen.getByText('清除筛选'));
  await screen.findByText('彭水苗族土家族自治县政务服务中心');
});

it('drops a slow answer for an old query', async () => {
  // One mounted list whose query changes while the first request is still out; the first
  // answer then arrives last. Only the current query's rows may ever show.
  const villages = nearbyPage({ ...PENGSHUI_HALL, level: 'village', limit: 20 });
  const allLevels = nearbyPage({ ...PENGSHUI_HALL, limit: 20 });
  const stale = allLevels.items.filter((h) => !villages.items.some((v) => v.id === h.id));
  // the two answers are told apart by their rows (the county hall is in the old one only)
  expect(stale.map((h) => h.name)).toContain('彭水苗族土家族自治县政务服务中心');

  const old = deferred<NearbyHallsResponse>();
  const current = deferred<NearbyHallsResponse>();
  nearby.mockReturnValueOnce(old.promise).mockReturnValueOnce(current.promise);
  const { rerender } = render(<Results filters={{ openNow: false }} />);
  rerender(<Results filters={{ openNow: false, level: 'village' }} />);
  expect(nearby).toHaveBeenCalledTimes(2);
  expect(nearby).toHaveBeenLastCalledWith(expect.objectContaining({ level: 'village' }));

  await act(async () => current.resolve(villages));
  expect(cardNames()).toEqual(villages.items.map((h) => h.name));

  await act(async () => old.resolve(allLevels));
  expect(cardNames()).toEqual(villages.items.map((h) => h.name));
  for (const h of stale) expect(screen.queryByText(h.name)).toBeNull();
});

it('on the map, numbers one marker per hall and shows the tapped hall\'s card', async () => {
  nearby.mockImplementation(serve);
  const expected = nearbyPage({ ...PENGSHUI_HALL, limit: 20 }).items;
  render(<Screen mode="map" />);
  const markers = await screen.findAllByTestId('map-marker');
  expect(markers).toHaveLength(20);
  expect(screen.getByTestId('hall-card').textContent).toContain(expected[0].name);
  fireEvent.click(markers[4]);
  await waitFor(() => expect(screen.getByTestId('hall-card').textContent).toContain(expected[4].name));
  expect(markers[4].getAttribute('aria-label')).toContain(`5. ${expected[4].name}`);
});

it('opens a hall when its card is tapped', async () => {
  nearby.mockImplementation(serve);
  const onOpen = jest.fn();
  render(<Screen onOpen={onOpen} />);
  const cards = await screen.findAllByTestId('hall-card');
  fireEvent.click(cards[2]);
  expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: nearbyPage({ ...PENGSHUI_HALL, limit: 3 }).items[2].id }));
});
