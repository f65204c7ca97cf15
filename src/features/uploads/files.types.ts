import type { UploadType } from '../../shared/api/applications';
import type { Accept, FileSource } from './chunker';

/** A file the citizen chose, as plain data: where its bytes are is the platform's `handle`. */
export interface PickedFile {
  name: string;
  size: number;
  /** what the device says it is (MIME or extension); undefined when it is none we take */
  type?: UploadType;
  /** weapp: a local file path; H5: a key of the page's in-memory file registry */
  handle: string;
  /** an image the device may make smaller before sending */
  isImage: boolean;
}

/**
 * Choosing, compressing and reading files. files.weapp.ts and files.h5.ts each export one
 * `files` of this type, so the two sides cannot drift apart without `tsc` saying so.
 */
export interface FilesApi {
  /** null when the citizen cancels */
  pick(accept: Accept): Promise<PickedFile | null>;
  /** Images re-encoded as JPEG, at most ~1600 px on the long side; the original when that is not smaller. */
  compress(file: PickedFile): Promise<PickedFile>;
  /** The bytes, a range at a time, for the chunker. */
  source(file: PickedFile, type: UploadType): FileSource;
  /** A handle that outlives this page (weapp: a copy in user data; H5: in IndexedDB), or the same file. */
  keep(file: PickedFile): Promise<PickedFile>;
  /** The kept file, if its bytes are still on this device. */
  restore(handle: string, name: string, size: number, type?: UploadType): Promise<PickedFile | null>;
  /** Frees a kept copy once the server has the whole file. */
  release(handle: string): void;
}
