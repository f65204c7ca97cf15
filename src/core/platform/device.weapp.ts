import Taro from '@tarojs/taro';
import type { DeviceApi } from './device.types';

export type { DeviceApi, ShareOutcome } from './device.types';

/** Actions that leave the app: phone, map navigation, clipboard. weapp side. */

async function copyText(text: string): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data: text });
    return true;
  } catch {
    return false;
  }
}

export const device: DeviceApi = {
  async callPhone(phone) {
    await Taro.makePhoneCall({ phoneNumber: phone.replace(/[^\d]/g, '') }).catch(() => undefined);
  },

  /** Opens WeChat's map at the place, from where the citizen picks a navigation app. */
  async navigateTo(point, name, address) {
    await Taro.openLocation({ latitude: point.lat, longitude: point.lng, name, address, scale: 16 }).catch(() => undefined);
  },

  copyText,

  /** On weapp sharing goes through the page's onShareAppMessage and a share button. */
  sharesThroughButton: true,
  async shareLink() {
    return 'failed';
  },

  /**
   * WeChat cannot open an HTML form inside the mini-program without a registered business domain,
   * so the link is copied for the citizen to open or print from a browser.
   */
  async openDocumentLink(path, title) {
    const url = `${API_BASE_URL}${path}`;
    const ok = await copyText(url);
    await Taro.showModal({
      title,
      content: ok ? '链接已复制，请在手机或电脑浏览器中打开、打印。' : `请在浏览器中打开：${url}`,
      showCancel: false,
    }).catch(() => undefined);
  },
};
