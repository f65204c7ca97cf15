import Taro from '@tarojs/taro';
import type { DeviceApi, ShareOutcome } from './device.types';

export type { DeviceApi, ShareOutcome } from './device.types';

/** Actions that leave the app: phone, map navigation, clipboard. Browser side. */

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    try {
      await Taro.setClipboardData({ data: text });
      return true;
    } catch {
      return false;
    }
  }
}

export const device: DeviceApi = {
  async callPhone(phone) {
    window.location.href = `tel:${phone.replace(/[^\d-]/g, '')}`;
  },

  /**
   * Browsers have no openLocation: open the public Amap marker page in a new tab, from where a
   * phone hands over to its map app. The hall's own coordinates are public, nothing personal.
   * Amap's marker page shows the name only, so the address is not sent.
   */
  async navigateTo(point, name) {
    const url = `https://uri.amap.com/marker?position=${point.lng},${point.lat}&name=${encodeURIComponent(name)}&coordinate=gaode&callnative=1`;
    window.open(url, '_blank', 'noopener');
  },

  copyText,

  sharesThroughButton: false,

  /** The system share sheet where there is one, otherwise the link goes to the clipboard. */
  async shareLink(title): Promise<ShareOutcome> {
    const url = window.location.href;
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return 'shared';
      } catch {
        // cancelled or refused: fall back to copying
      }
    }
    return (await copyText(url)) ? 'copied' : 'failed';
  },

  /** Blank forms and samples are printable pages: open them in a new tab, which shows its own title. */
  async openDocumentLink(path) {
    window.open(`${API_BASE_URL}${path}`, '_blank', 'noopener');
  },
};
