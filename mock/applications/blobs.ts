/**
 * The bytes of uploads. With a data folder they live in `<dataDir>/uploads/<id>.part`, each
 * chunk written at its offset and fsynced before the journal records the new `received`: a kill
 * between the two leaves at most bytes past `received`, which the resumed chunk overwrites.
 * Without a data folder (tests) they live in memory. `world.reset()` forgets both.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fsyncDir } from '../server/journal';
import type { World } from '../world';

export interface BlobStore {
  /** writes `bytes` at `offset` of the upload's file, durably */
  write(id: string, offset: number, bytes: Buffer): void;
  /** the first `length` bytes (fewer if the file is shorter) */
  head(id: string, length: number): Buffer;
  delete(id: string): void;
}

class MemoryBlobs implements BlobStore {
  private readonly files = new Map<string, Buffer>();

  write(id: string, offset: number, bytes: Buffer): void {
    const current = this.files.get(id) ?? Buffer.alloc(0);
    this.files.set(id, Buffer.concat([current.subarray(0, offset), bytes]));
  }

  head(id: string, length: number): Buffer {
    return (this.files.get(id) ?? Buffer.alloc(0)).subarray(0, length);
  }

  delete(id: string): void {
    this.files.delete(id);
  }

  clear(): void {
    this.files.clear();
  }
}

class DiskBlobs implements BlobStore {
  constructor(readonly dir: string) {}

  private file(id: string): string {
    // ids are generated here (up_ + base64url): never a path
    if (!/^up_[A-Za-z0-9_-]+$/.test(id)) throw new Error('bad upload id');
    return path.join(this.dir, `${id}.part`);
  }

  write(id: string, offset: number, bytes: Buffer): void {
    const file = this.file(id);
    const created = !existsSync(file);
    if (created) mkdirSync(this.dir, { recursive: true });
    const fd = openSync(file, created ? 'w' : 'r+');
    try {
      let done = 0;
      while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done, offset + done);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (created) fsyncDir(this.dir);
  }

  head(id: string, length: number): Buffer {
    const file = this.file(id);
    if (!existsSync(file)) return Buffer.alloc(0);
    const fd = openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(length);
      const n = readSync(fd, buffer, 0, length, 0);
      return buffer.subarray(0, n);
    } finally {
      closeSync(fd);
    }
  }

  delete(id: string): void {
    rmSync(this.file(id), { force: true });
  }

  clear(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}


const stores = new WeakMap<World, BlobStore>();

/** The world's blob store, made on first use; a reset of the world empties it. */
export function blobsOf(world: World): BlobStore {
  let store = stores.get(world);
  if (!store) {
    const made = world.dataDir ? new DiskBlobs(path.join(world.dataDir, 'uploads')) : new MemoryBlobs();
    world.onReset(() => made.clear());
    stores.set(world, made);
    store = made;
  }
  return store;
}
