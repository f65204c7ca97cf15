/** Persistence of user-created state: the journal survives reopening, torn writes and compaction. */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { JOURNAL_FILE, Journal, SNAPSHOT_FILE } from '../../../mock/server/journal';

interface Draft {
  title: string;
  pages: number;
}

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'journal-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Opens the journal, runs `fn`, closes it: one server lifetime. */
function session<T>(fn: (journal: Journal) => T): T {
  const journal = Journal.open(dir);
  try {
    return fn(journal);
  } finally {
    journal.close();
  }
}

it('reads back what was written, deleted and cleared, after reopening', () => {
  session((j) => {
    const drafts = j.collection<Draft>('drafts');
    drafts.put('a', { title: '营业执照', pages: 2 });
    drafts.put('b', { title: '护照', pages: 1 });
    drafts.put('a', { title: '营业执照（改）', pages: 3 });
    expect(drafts.delete('b')).toBe(true);
    expect(drafts.delete('missing')).toBe(false);
    const outbox = j.collection<string>('outbox');
    outbox.put('m1', '您的申请已受理');
    outbox.clear();
  });
  session((j) => {
    expect(j.collection<Draft>('drafts').get('a')).toEqual({ title: '营业执照（改）', pages: 3 });
    expect(j.collection<Draft>('drafts').values()).toHaveLength(1);
    expect(j.collection<string>('outbox').size).toBe(0);
  });
});

it('keeps a copy: changing an object after put changes nothing stored', () => {
  session((j) => {
    const drafts = j.collection<Draft>('drafts');
    const draft = { title: '护照', pages: 1 };
    drafts.put('a', draft);
    draft.pages = 99;
    expect(drafts.get('a')).toEqual({ title: '护照', pages: 1 });
  });
});

it('ignores a final line cut short by a kill, and appends cleanly after it', () => {
  session((j) => j.collection<Draft>('drafts').put('a', { title: '护照', pages: 1 }));
  // What SIGKILL in the middle of writeSync leaves behind.
  appendFileSync(path.join(dir, JOURNAL_FILE), '{"c":"drafts","op":"put","k":"b","v":{"ti');
  session((j) => {
    const drafts = j.collection<Draft>('drafts');
    expect(drafts.values()).toEqual([{ title: '护照', pages: 1 }]);
    drafts.put('c', { title: '身份证', pages: 2 });
  });
  session((j) => expect(j.collection<Draft>('drafts').values()).toHaveLength(2));
});

it('refuses a journal damaged before its last line instead of guessing', () => {
  appendFileSync(path.join(dir, JOURNAL_FILE), 'not json\n{"c":"drafts","op":"clear"}\n');
  expect(() => Journal.open(dir)).toThrow();
});

it('compacts into a snapshot and an empty journal without losing anything', () => {
  session((j) => {
    const drafts = j.collection<Draft>('drafts');
    for (let i = 0; i < 50; i++) drafts.put(`d${i}`, { title: `草稿${i}`, pages: i });
    drafts.delete('d0');
    j.compact();
    expect(statSync(path.join(dir, JOURNAL_FILE)).size).toBe(0);
    drafts.put('after', { title: '压缩之后', pages: 1 });
  });
  expect(Object.keys(JSON.parse(readFileSync(path.join(dir, SNAPSHOT_FILE), 'utf8')).drafts)).toHaveLength(49);
  session((j) => {
    const drafts = j.collection<Draft>('drafts');
    expect(drafts.size).toBe(50);
    expect(drafts.get('d0')).toBeUndefined();
    expect(drafts.get('d49')).toEqual({ title: '草稿49', pages: 49 });
    expect(drafts.get('after')).toEqual({ title: '压缩之后', pages: 1 });
  });
});

it('keeps everything in memory only without a folder', () => {
  const j = Journal.open(undefined);
  j.collection<number>('n').put('x', 1);
  expect(j.collection<number>('n').get('x')).toBe(1);
  expect(j.persistent).toBe(false);
  j.compact();
  j.close();
});
