/**
 * The 长辈版 home (src/features/elder-home) as H5 renders it: its large entries and where each
 * goes, checked against the mock server's own catalog (the comment on ELDER_ENTRIES points here);
 * the call button; and the 长辈版 offer of the first launch, answered once.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { sharedStores } from '../../mock/world';
import { device } from '../../src/core/platform/device';
import { setElderMode } from '../../src/core/settings/elderMode';
import { ElderHome, type ElderHomeProps } from '../../src/features/elder-home/ElderHome';
import { ELDER_ENTRIES, HOTLINE } from '../../src/features/elder-home/entries';
import { hallsService } from '../../src/features/halls/hallsService';
import type { Place } from '../../src/features/place/placeStore';
import { ROUTES } from '../../src/routes';
import { nearbyPage, PENGSHUI_HALL } from '../fixtures/halls';

jest.mock('../../src/features/halls/hallsService', () => ({
  hallsService: { nearby: jest.fn(), get: jest.fn(), list: jest.fn(), divisions: jest.fn() },
}));
const nearby = jest.mocked(hallsService.nearby);

// Navigation leaves the page: record it instead (test/support/taro-fakes.ts).
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof import('../support/taro-fakes')>('../support/taro-fakes').taroWithFakes({ navigateTo: jest.fn(() => Promise.resolve()), reLaunch: jest.fn(() => Promise.resolve()) }),
);
const navigateTo = jest.mocked(Taro.navigateTo);
const reLaunch = jest.mocked(Taro.reLaunch);

const AT_PENGSHUI: Place = { kind: 'gps', label: '我的位置', point: PENGSHUI_HALL };

/** Rendered, and its first lookup (none without a place) settled. */
async function renderHome(props: Partial<ElderHomeProps> = {}) {
  const view = render(<ElderHome place={null} locating={false} failure={null} onLocate={() => undefined} onPickPlace={() => undefined} {...props} />);
  await act(() => Promise.resolve());
  return view;
}

beforeEach(() => {
  window.localStorage.clear();
  setElderMode(true);
  nearby.mockReset();
  navigateTo.mockClear();
  reLaunch.mockClear();
});
afterEach(() => jest.restoreAllMocks());

/** Every page path the app declares (src/app.config.ts), as `/root/page`. */
function declaredPages(): Set<string> {
  (globalThis as { defineAppConfig?: (c: unknown) => unknown }).defineAppConfig = (c) => c;
  const config = (require('../../src/app.config') as { default: { pages: string[]; subPackages: Array<{ root: string; pages: string[] }> } }).default;
  return new Set([...config.pages.map((p) => `/${p}`), ...config.subPackages.flatMap((s) => s.pages.map((p) => `/${s.root}/${p}`))]);
}

const parse = (url: string) => {
  const u = new URL(url, 'https://app.invalid');
  return { path: u.pathname, params: Object.fromEntries(u.searchParams) };
};

describe('the large entries', () => {
  it('lists the services older citizens use most, and everything else one tap away', async () => {
    await renderHome();
    for (const entry of ELDER_ENTRIES) {
      const tile = screen.getByTestId(`elder-entry-${entry.key}`);
      expect(tile.getAttribute('role')).toBe('link');
      expect(tile.textContent).toContain(entry.title);
      expect(tile.textContent).toContain(entry.hint);
    }
    expect(ELDER_ENTRIES.map((e) => e.title)).toEqual(
      expect.arrayContaining(['养老金资格认证', '社保查询', '医保查询', '社保卡', '高龄津贴', '最低生活保障', '残疾人证']),
    );
    fireEvent.click(screen.getByTestId('elder-all-services'));
    expect(reLaunch).toHaveBeenCalledWith({ url: ROUTES.services });
  });

  it('opens each entry’s own target', async () => {
    await renderHome();
    for (const entry of ELDER_ENTRIES) {
      navigateTo.mockClear();
      fireEvent.click(screen.getByTestId(`elder-entry-${entry.key}`));
      expect(navigateTo).toHaveBeenCalledWith({ url: entry.url });
    }
  });

  // The targets, checked against the catalog the server serves: a guide that exists, or a search
  // (as the search page sends it: one row per item) that finds something.
  const catalog = sharedStores().catalog;
  const pages = declaredPages();
  it.each(ELDER_ENTRIES.map((e) => [e.title, e] as const))('%s goes to a real page with something on it', (_title, entry) => {
    const { path, params } = parse(entry.url);
    expect(pages).toContain(path);
    if (path === parse(ROUTES.guide('x')).path) {
      expect(params.id).toBeTruthy();
      expect(catalog.guide(params.id)).toBeDefined();
    } else {
      expect(path).toBe(parse(ROUTES.itemSearch()).path);
      expect(params.q).toBeTruthy();
      const found = catalog.list({ q: params.q, group: 'basic' }, { offset: 0, limit: 20 });
      expect(found.items.length).toBeGreaterThan(0);
      expect(found.items.map((i) => i.name)).toContainEqual(expect.stringContaining(params.q));
    }
  });
});

describe('a person to call', () => {
  it('calls the nearest hall when there is one', async () => {
    nearby.mockImplementation((q) => Promise.resolve(nearbyPage(q)));
    const call = jest.spyOn(device, 'callPhone').mockResolvedValue(undefined);
    const hall = nearbyPage({ lat: PENGSHUI_HALL.lat, lng: PENGSHUI_HALL.lng, limit: 1 }).items[0];
    expect(hall.phone).toBeTruthy();
    await renderHome({ place: AT_PENGSHUI });

    await waitFor(() => expect(screen.getByTestId('elder-hall-name').textContent).toBe(hall.name));
    expect(screen.getByTestId('elder-call-person').textContent).toContain(hall.phone);
    fireEvent.click(screen.getByTestId('elder-call-person'));
    expect(call).toHaveBeenCalledWith(hall.phone);
    // 12345 stays one tap away
    fireEvent.click(screen.getByTestId('elder-call-hotline'));
    expect(call).toHaveBeenLastCalledWith(HOTLINE);
  });

  it('calls 12345 when no hall is known: no place yet', async () => {
    const call = jest.spyOn(device, 'callPhone').mockResolvedValue(undefined);
    await renderHome();
    expect(nearby).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('elder-call-person'));
    expect(call).toHaveBeenCalledWith(HOTLINE);
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('calls 12345 when no hall is known: the lookup failed', async () => {
    nearby.mockRejectedValue(new Error('offline'));
    const call = jest.spyOn(device, 'callPhone').mockResolvedValue(undefined);
    await renderHome({ place: AT_PENGSHUI });
    await screen.findByText(/没能查到附近的大厅/);
    fireEvent.click(screen.getByTestId('elder-call-person'));
    expect(call).toHaveBeenCalledWith(HOTLINE);
  });
});

describe('the location prompt', () => {
  it('with no place yet, says why and what failed, and offers both ways', async () => {
    const onLocate = jest.fn();
    const onPickPlace = jest.fn();
    await renderHome({ failure: 'denied', onLocate, onPickPlace });
    expect(screen.getAllByTestId('location-prompt')).toHaveLength(1);
    expect(screen.getByRole('alert').textContent).toContain('您没有授权使用位置');
    fireEvent.click(screen.getByTestId('elder-locate'));
    fireEvent.click(screen.getByTestId('elder-pick-place'));
    expect(onLocate).toHaveBeenCalledTimes(1);
    expect(onPickPlace).toHaveBeenCalledTimes(1);
  });

  it('is gone once there is a place', async () => {
    nearby.mockImplementation((q) => Promise.resolve(nearbyPage(q)));
    await renderHome({ place: AT_PENGSHUI });
    await screen.findByTestId('elder-hall-name');
    expect(screen.queryByTestId('location-prompt')).toBeNull();
  });
});

/**
 * A cold start, as in elder-mode.test.tsx: every module afresh (the settings' in-memory values
 * too) while the device storage (localStorage) survives. The pure entry of Testing Library
 * leaves cleanup to us.
 */
function launch() {
  let app!: {
    rtl: typeof import('@testing-library/react/pure');
    Page: typeof import('../../src/components/Page').Page;
    ElderToggle: typeof import('../../src/components/ElderToggle').ElderToggle;
    ElderOffer: typeof import('../../src/components/ElderToggle').ElderOffer;
  };
  jest.isolateModules(() => {
    app = {
      rtl: require('@testing-library/react/pure'),
      Page: require('../../src/components/Page').Page,
      ElderToggle: require('../../src/components/ElderToggle').ElderToggle,
      ElderOffer: require('../../src/components/ElderToggle').ElderOffer,
    };
  });
  const { rtl, Page, ElderToggle, ElderOffer } = app;
  // the first screen as 就近办 composes it: the switch, then the offer
  rtl.render(
    <Page className="yk-test" tab>
      <ElderToggle />
      <ElderOffer />
    </Page>,
  );
  return rtl;
}

describe('the first-launch offer', () => {
  beforeEach(() => window.localStorage.clear());

  it('is offered once, and not again after 不用了', () => {
    const first = launch();
    try {
      expect(first.screen.getAllByTestId('elder-offer')).toHaveLength(1);
      // a choice, never forced: 长辈版 stays off until asked for
      expect(first.screen.getByTestId('elder-toggle').getAttribute('aria-checked')).toBe('false');
      first.fireEvent.click(first.screen.getByTestId('elder-offer-decline'));
      expect(first.screen.queryByTestId('elder-offer')).toBeNull();
      expect(first.screen.getByTestId('elder-toggle').getAttribute('aria-checked')).toBe('false');
    } finally {
      first.cleanup();
    }

    const second = launch();
    try {
      expect(second.screen.queryByTestId('elder-offer')).toBeNull();
      expect(second.screen.getByTestId('elder-toggle').getAttribute('aria-checked')).toBe('false');
    } finally {
      second.cleanup();
    }
  });

  it('is offered again on a later launch while it has not been answered', () => {
    const first = launch();
    first.cleanup();
    const second = launch();
    try {
      expect(second.screen.getByTestId('elder-offer')).toBeTruthy();
    } finally {
      second.cleanup();
    }
  });
});
