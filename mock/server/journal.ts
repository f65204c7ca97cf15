/**
 * Persistence of what users create (sessions, drafts, applications … and the dev clock), so a
 * restart of the mock server keeps it. Named collections of JSON values, each write appended to
 * `journal.jsonl` as one JSON line and fsynced before the call returns; at open the last
 * snapshot is loaded and the journal replayed. A final line cut short (the process killed
 * mid-write) is dropped. `compact()` writes every collection to a temp file, fsyncs it and
 * renames it over `snapshot.json`, then empties the journal: replaying an op twice is harmless
 * (puts and deletes are idempotent), so a crash between the two steps loses nothing.
 * Without a folder (tests) the same collections live in memory only.
 */
import { closeSync, existsSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';

type Op = { c: string; op: 'put'; k: string; v: unknown } | { c: string; op: 'del'; k: string } | { c: string; op: 'clear' };

type Snapshot = Record<string, Record<string, unknown>>;

export const JOURNAL_FILE = 'journal.jsonl';
export const SNAPSHOT_FILE = 'snapshot.json';
/** Journal lines after which the next write compacts. */
const COMPACT_AFTER = 10_000;

/** One named collection: a map of JSON values whose every change is journaled. */
/**
 * A secondary index of one collection: index key (e.g. a user id) → row keys. Kept up to date by
 * every put/delete/clear of the collection, so a lookup never scans the rows.
 */
class Index {
  readonly keys = new Map<string, Set<string>>();
  constructor(private readonly keyOf: (row: unknown) => string) {}

  add(key: string, row: unknown): void {
    const k = this.keyOf(row);
    let set = this.keys.get(k);
    if (!set) this.keys.set(k, (set = new Set()));
    set.add(key);
  }

  remove(key: string, row: unknown): void {
    const k = this.keyOf(row);
    const set = this.keys.get(k);
    if (!set) return;
    set.delete(key);
    if (set.size === 0) this.keys.delete(k);
  }
}

export class Collection<T> {
  constructor(
    readonly name: string,
    private readonly rows: Map<string, unknown>,
    private readonly journal: Journal,
    private readonly indexes: Map<string, Index>,
  ) {}

  /**
   * The rows whose `keyOf` is `value`, through an index named `indexName` built on first use and
   * maintained on every write (one function per name: the first registration wins).
   */
  lookup(indexName: string, keyOf: (row: T) => string, value: string): T[] {
    let index = this.indexes.get(indexName);
    if (!index) {
      index = new Index(keyOf as (row: unknown) => string);
      for (const [key, row] of this.rows) index.add(key, row);
      this.indexes.set(indexName, index);
    }
    const keys = index.keys.get(value);
    if (!keys) return [];
    return [...keys].map((k) => this.rows.get(k) as T);
  }

  get(key: string): T | undefined {
    // Stored values are plain JSON written through put(): the type is the caller's contract.
    return this.rows.get(key) as T | undefined;
  }

  has(key: string): boolean {
    return this.rows.has(key);
  }

  values(): T[] {
    return [...this.rows.values()] as T[];
  }

  get size(): number {
    return this.rows.size;
  }

  put(key: string, value: T): void {
    // A JSON copy, so what is kept is exactly what a restart would read back.
    const stored: unknown = JSON.parse(JSON.stringify(value));
    this.journal.append({ c: this.name, op: 'put', k: key, v: stored });
    const old = this.rows.get(key);
    for (const index of this.indexes.values()) {
      if (old !== undefined) index.remove(key, old);
      index.add(key, stored);
    }
    this.rows.set(key, stored);
  }

  delete(key: string): boolean {
    if (!this.rows.has(key)) return false;
    this.journal.append({ c: this.name, op: 'del', k: key });
    const old = this.rows.get(key);
    for (const index of this.indexes.values()) index.remove(key, old);
    this.rows.delete(key);
    return true;
  }

  clear(): void {
    if (this.rows.size === 0) return;
    this.journal.append({ c: this.name, op: 'clear' });
    this.rows.clear();
    for (const index of this.indexes.values()) index.keys.clear();
  }
}

export class Journal {
  private readonly data = new Map<string, Map<string, unknown>>();
  private readonly indexes = new Map<string, Map<string, Index>>();
  private fd: number | undefined;
  private lines = 0;

  /** `dir` undefined: memory only. */
  private constructor(readonly dir: string | undefined) {}

  /** Opens (creating if needed) the journal in `dir`, or a memory-only one. */
  static open(dir: string | undefined): Journal {
    const journal = new Journal(dir);
    if (dir) journal.load(dir);
    return journal;
  }

  get persistent(): boolean {
    return this.dir !== undefined;
  }

  collection<T>(name: string): Collection<T> {
    let indexes = this.indexes.get(name);
    if (!indexes) this.indexes.set(name, (indexes = new Map()));
    return new Collection<T>(name, this.rows(name), this, indexes);
  }

  /** Every collection emptied (world reset). */
  clearAll(): void {
    for (const [name, rows] of this.data) if (rows.size > 0) this.collection(name).clear();
  }

  append(op: Op): void {
    if (this.fd === undefined) return;
    writeSync(this.fd, `${JSON.stringify(op)}\n`);
    fsyncSync(this.fd);
    this.lines += 1;
    if (this.lines >= COMPACT_AFTER) this.compact();
  }

  /** Snapshot to a temp file, fsync, atomic rename; then an empty journal. */
  compact(): void {
    if (!this.dir || this.fd === undefined) return;
    const snapshot: Snapshot = {};
    for (const [name, rows] of this.data) if (rows.size > 0) snapshot[name] = Object.fromEntries(rows);
    const target = path.join(this.dir, SNAPSHOT_FILE);
    const temp = `${target}.tmp`;
    const fd = openSync(temp, 'w');
    try {
      writeSync(fd, JSON.stringify(snapshot));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
    fsyncDir(this.dir);
    ftruncateSync(this.fd, 0);
    fsyncSync(this.fd);
    this.lines = 0;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private rows(name: string): Map<string, unknown> {
    let rows = this.data.get(name);
    if (!rows) {
      rows = new Map();
      this.data.set(name, rows);
    }
    return rows;
  }

  private load(dir: string): void {
    mkdirSync(dir, { recursive: true });
    const snapshotPath = path.join(dir, SNAPSHOT_FILE);
    if (existsSync(snapshotPath)) {
      const snapshot = JSON.parse(readFileSync(snapshotPath, 'utf8')) as Snapshot;
      for (const [name, rows] of Object.entries(snapshot)) this.data.set(name, new Map(Object.entries(rows)));
    }
    const journalPath = path.join(dir, JOURNAL_FILE);
    const text = existsSync(journalPath) ? readFileSync(journalPath, 'utf8') : '';
    // Only complete lines count: whatever follows the last newline was cut off mid-write.
    const complete = text.slice(0, text.lastIndexOf('\n') + 1);
    const lines = complete.split('\n').filter((line) => line.length > 0);
    for (const [i, line] of lines.entries()) this.apply(parseOp(line, i + 1, journalPath));
    this.lines = lines.length;
    this.fd = openSync(journalPath, 'a');
    // Drop the torn tail now, or the next append would be glued onto it.
    if (Buffer.byteLength(complete) !== Buffer.byteLength(text)) {
      ftruncateSync(this.fd, Buffer.byteLength(complete));
      fsyncSync(this.fd);
    }
  }

  private apply(op: Op): void {
    const rows = this.rows(op.c);
    if (op.op === 'put') rows.set(op.k, op.v);
    else if (op.op === 'del') rows.delete(op.k);
    else rows.clear();
  }
}

function parseOp(line: string, lineNumber: number, file: string): Op {
  const value: unknown = JSON.parse(line);
  if (isOp(value)) return value;
  throw new Error(`${file}:${lineNumber}: not a journal entry`);
}

function isOp(value: unknown): value is Op {
  if (typeof value !== 'object' || value === null || !('c' in value) || !('op' in value)) return false;
  if (typeof value.c !== 'string') return false;
  if (value.op === 'clear') return true;
  return (value.op === 'put' || value.op === 'del') && 'k' in value && typeof value.k === 'string';
}

/** Makes a rename or a new file in `dir` durable (POSIX); some platforms cannot open a directory: skip there. */
export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows: directories cannot be fsynced; the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
