import type { UploadType } from '../../shared/api/applications';
import { declaredTypeOf, type Accept, type FileSource } from './chunker';
import type { FilesApi, PickedFile } from './files.types';

export type { FilesApi, PickedFile } from './files.types';

/**
 * Browser side. The chosen File stays in this page's memory (`registry`): retrying or continuing
 * an upload within the page session needs nothing from the citizen. A reload would lose it
 * (browsers give no lasting access to a chosen file), so `keep` also puts a copy of the bytes in
 * this origin's IndexedDB until the server has the whole file: after a reload or a closed tab the
 * upload continues from the server's `received` without asking for the file again. Where
 * IndexedDB is unavailable (private modes, quota), the page asks for the same file again instead.
 */
const registry = new Map<string, Blob>();

const DB_NAME = 'yk-uploads';
const STORE = 'files';

function openDb(): Promise<IDBDatabase | null> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(null);
  return new Promise((resolve) => {
    try {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
      request.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

/** One request on the store; null when IndexedDB says no (the caller falls back to asking again). */
async function inStore<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | null> {
  const db = await openDb();
  if (!db) return null;
  return new Promise((resolve) => {
    try {
      const tx = db.transaction(STORE, mode);
      const request = run(tx.objectStore(STORE));
      let result: T | null = null;
      request.onsuccess = () => {
        result = request.result;
      };
      tx.oncomplete = () => {
        db.close();
        resolve(result);
      };
      tx.onerror = tx.onabort = () => {
        db.close();
        resolve(null);
      };
    } catch {
      db.close();
      resolve(null);
    }
  });
}

function randomKey(): string {
  const bytes = new Uint8Array(9);
  crypto.getRandomValues(bytes);
  return `idb:${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
let nextKey = 1;

function register(blob: Blob): string {
  const key = `mem:${nextKey++}`;
  registry.set(key, blob);
  return key;
}

const MAX_SIDE = 1600;
const JPEG_QUALITY = 0.8;

const ACCEPT_ATTR: Record<Accept, string> = {
  image: 'image/jpeg,image/png,.jpg,.jpeg,.png',
  pdf: 'application/pdf,.pdf',
  any: 'image/jpeg,image/png,application/pdf,.jpg,.jpeg,.png,.pdf',
};

function pick(accept: Accept): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = ACCEPT_ATTR[accept];
    input.style.display = 'none';
    input.setAttribute('aria-hidden', 'true');
    const done = (file: File | null) => {
      input.remove();
      if (!file) return resolve(null);
      const type = declaredTypeOf(file.name, file.type);
      resolve({ name: file.name, size: file.size, type, handle: register(file), isImage: type === 'image/jpeg' || type === 'image/png' });
    };
    input.addEventListener('change', () => done(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => done(null), { once: true });
    document.body.appendChild(input);
    input.click();
  });
}

function canvasToJpeg(canvas: HTMLCanvasElement): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob((b) => resolve(b), 'image/jpeg', JPEG_QUALITY));
}

async function compress(file: PickedFile): Promise<PickedFile> {
  const blob = registry.get(file.handle);
  if (!file.isImage || !blob || typeof createImageBitmap !== 'function') return file;
  try {
    const bitmap = await createImageBitmap(blob);
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) return file;
    // JPEG has no transparency: a white page rather than black behind a transparent PNG
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const jpeg = await canvasToJpeg(canvas);
    if (!jpeg || jpeg.size >= file.size) return file;
    const name = file.name.replace(/\.[a-z0-9]+$/i, '') + '.jpg';
    return { name, size: jpeg.size, type: 'image/jpeg', handle: register(jpeg), isImage: true };
  } catch {
    // a file the browser cannot decode: send it as it is and let the server's content check answer
    return file;
  }
}

function source(file: PickedFile, type: UploadType): FileSource {
  return {
    name: file.name,
    size: file.size,
    contentType: type,
    async read(from, to) {
      const blob = registry.get(file.handle);
      if (!blob) throw new Error('file no longer available');
      return blob.slice(from, to).arrayBuffer();
    },
  };
}

export const files: FilesApi = {
  pick,
  compress,
  source,
  async keep(file) {
    const blob = registry.get(file.handle);
    if (!blob) return file;
    const key = randomKey();
    const stored = await inStore('readwrite', (store) => store.put(blob, key));
    if (stored === null) return file;
    registry.set(key, blob);
    registry.delete(file.handle);
    return { ...file, handle: key };
  },
  async restore(handle, name, size, type) {
    let blob = registry.get(handle);
    if (!blob && handle.startsWith('idb:')) {
      const found = await inStore<unknown>('readonly', (store) => store.get(handle));
      if (found instanceof Blob) {
        blob = found;
        registry.set(handle, found);
      }
    }
    if (!blob || blob.size !== size) return null;
    return { name, size, type, handle, isImage: type === 'image/jpeg' || type === 'image/png' };
  },
  release(handle) {
    registry.delete(handle);
    if (handle.startsWith('idb:')) void inStore('readwrite', (store) => store.delete(handle));
  },
};
