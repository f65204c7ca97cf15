import { fireEvent, render, screen } from '@testing-library/react';
import { Text } from '@tarojs/components';
import { Page } from '../../src/components/Page';
import { setElderMode } from '../../src/features/elder/elderMode';
import { ElderToggle } from '../../src/features/elder/ElderToggle';

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

it('remembers the choice on the device for the next launch', () => {
  render(<TabPage />);
  fireEvent.click(screen.getByTestId('elder-toggle'));
  const stored = JSON.parse(window.localStorage.getItem('settings.elderMode') ?? 'null');
  expect(JSON.stringify(stored)).toContain('true');
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
