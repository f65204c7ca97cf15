import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Text } from '@tarojs/components';
import { ElderToggle } from '../../src/components/ElderToggle';
import { Page } from '../../src/components/Page';
import { setElderMode } from '../../src/core/settings/elderMode';

/** A top-level page as the app composes it: the page root with the visible 长辈版 switch. */
function TabPage() {
  return (
    <Page className="yk-test" tab>
      <ElderToggle />
      <Text>附近的大厅</Text>
    </Page>
  );
}

// each test starts from the default: 长辈版 off
beforeEach(() => setElderMode(false));

const pageRoot = () => screen.getByText('附近的大厅').closest('.yk-page') as HTMLElement;

it('switches every page to 长辈版 from a visible switch, and back', () => {
  render(<TabPage />);
  const toggle = screen.getByTestId('elder-toggle');
  expect(toggle.getAttribute('aria-checked')).toBe('false');
  expect(pageRoot().classList.contains('yk-elder')).toBe(false);

  fireEvent.click(toggle);
  expect(toggle.getAttribute('aria-checked')).toBe('true');
  expect(toggle.textContent).toBe('长辈版：已开启');
  expect(pageRoot().classList.contains('yk-elder')).toBe(true);

  fireEvent.click(toggle);
  expect(pageRoot().classList.contains('yk-elder')).toBe(false);
});

/**
 * A cold start of the app: every module loaded afresh (React, Taro's H5 runtime, the setting's
 * in-memory value), while the device storage — localStorage on H5 — survives, as it does when a
 * citizen closes and reopens the app. The pure entry of Testing Library leaves cleanup to us:
 * its auto-cleanup would register a hook from inside a test.
 */
function relaunch() {
  let app!: {
    rtl: typeof import('@testing-library/react/pure');
    Text: typeof import('@tarojs/components').Text;
    Page: typeof import('../../src/components/Page').Page;
    ElderToggle: typeof import('../../src/components/ElderToggle').ElderToggle;
  };
  jest.isolateModules(() => {
    app = {
      rtl: require('@testing-library/react/pure'),
      Text: require('@tarojs/components').Text,
      Page: require('../../src/components/Page').Page,
      ElderToggle: require('../../src/components/ElderToggle').ElderToggle,
    };
  });
  return app;
}

it('remembers the choice on the device for the next launch', () => {
  render(<TabPage />);
  fireEvent.click(screen.getByTestId('elder-toggle'));
  const stored = JSON.parse(window.localStorage.getItem('settings.elderMode') ?? 'null');
  expect(JSON.stringify(stored)).toContain('true');
  cleanup();

  const next = relaunch();
  const { Page: FreshPage, ElderToggle: FreshToggle, Text: FreshText } = next;
  next.rtl.render(
    <FreshPage className="yk-test" tab>
      <FreshToggle />
      <FreshText>附近的大厅</FreshText>
    </FreshPage>,
  );
  try {
    expect(pageRoot().classList.contains('yk-elder')).toBe(true);
    expect(next.rtl.screen.getByTestId('elder-toggle').getAttribute('aria-checked')).toBe('true');
  } finally {
    next.rtl.cleanup();
  }
});

it('applies to a page opened later in the same session', () => {
  render(<TabPage />);
  fireEvent.click(screen.getByTestId('elder-toggle'));
  render(
    <Page className="yk-other">
      <Text>办事指南</Text>
    </Page>,
  );
  expect((screen.getByText('办事指南').closest('.yk-page') as HTMLElement).classList.contains('yk-elder')).toBe(true);
});
