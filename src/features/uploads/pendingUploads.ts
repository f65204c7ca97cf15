import type { UploadType } from '../../shared/api/applications';
import { readStored, writeStored } from '../../core/storage';

/**
 * Unfinished uploads remembered on the device, so one survives the app being killed: the
 * server's upload id and where the bytes are (weapp: a kept copy's path; H5: a key that lives
 * only as long as the page). Keyed by the button's resume key (a material, a page), never by
 * anything personal; file names stay on the device.
 */
export interface PendingUpload {
  uploadId?: string;
  name: string;
  size: number;
  type: UploadType;
  handle: string;
  /** bytes the server held when last heard from, for "已上传 40%" before asking it again */
  received: number;
}

const KEY = 'yk.uploads.pending';

type PendingMap = Record<string, PendingUpload>;

const isPendingMap = (x: unknown): x is PendingMap => typeof x === 'object' && x !== null && !Array.isArray(x);

function all(): PendingMap {
  return readStored(KEY, isPendingMap) ?? {};
}

export function pendingUpload(resumeKey: string): PendingUpload | undefined {
  const p = all()[resumeKey];
  return p && typeof p.name === 'string' && typeof p.size === 'number' && typeof p.handle === 'string' ? p : undefined;
}

export function rememberPending(resumeKey: string, pending: PendingUpload): void {
  writeStored(KEY, { ...all(), [resumeKey]: pending });
}

export function forgetPending(resumeKey: string): void {
  const { [resumeKey]: _gone, ...rest } = all();
  writeStored(KEY, rest);
}
