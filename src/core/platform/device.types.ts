import type { GeoPoint } from '../../shared/api/halls';

/** What sharing a link ended in: the toast the citizen sees depends on it. */
export type ShareOutcome = 'shared' | 'copied' | 'failed';

/**
 * Actions that leave the app: phone, map navigation, clipboard, sharing, documents.
 * device.weapp.ts and device.h5.ts each export one `device` of this type, so a signature that
 * drifts on one platform fails `tsc` (tsconfig.json checks the weapp side, tsconfig.h5.json the H5 side).
 */
export interface DeviceApi {
  callPhone(phone: string): Promise<void>;
  /** Opens the platform's map at the place, from where the citizen picks a navigation app. */
  navigateTo(point: GeoPoint, name: string, address: string): Promise<void>;
  copyText(text: string): Promise<boolean>;
  /** True where sharing goes through an open-type share button and the page's share message. */
  readonly sharesThroughButton: boolean;
  /** Shares the current page's link where the platform has no share button. */
  shareLink(title: string): Promise<ShareOutcome>;
  /** A blank form or sample under the API: `title` names it where the platform asks first. */
  openDocumentLink(path: string, title: string): Promise<void>;
}
