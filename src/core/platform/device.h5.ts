import type { DeviceApi, ShareOutcome } from './device.types';

export type { DeviceApi, ShareOutcome } from './device.types';

/** Actions that leave the app: phone, map navigation, clipboard. Browser side. */

/**
 * The Clipboard API where the page may use it (a secure context), else the older selection
 * copy. Not Taro.setClipboardData: on H5 it brings Taro's toast, modal and action sheet into
 * every chunk that can copy, the first screen's among them (the 长辈版 home calls a hall).
 */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
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
