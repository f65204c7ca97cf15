/**
 * The device side of chunked uploads, against a fake server that behaves as the contract says
 * (`received` is where the next chunk must start; a chunk elsewhere is a 409): chunks in order
 * with their Content-Range, progress after each, resume from the server's `received` after a
 * kill and after a 409, and the local type/size checks with their Chinese messages.
 */
import { UPLOAD_CHUNK_BYTES, UPLOAD_MAX_BYTES, type Upload, type UploadInit } from '../../../src/shared/api/applications';
import { checkFile, contentRange, declaredTypeOf, uploadInChunks, UploadConflictError, type FileSource, type UploadTransport } from '../../../src/features/uploads/chunker';

class FakeHttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

/** A server holding uploads in memory; `received` may be moved behind the device's back. */
function fakeServer() {
  const uploads = new Map<string, Upload & { firstByte?: number }>();
  const puts: Array<{ id: string; range: string; length: number }> = [];
  let failNextPut: number | null = null;
  const view = (u: Upload & { firstByte?: number }): Upload => {
    const { firstByte: _b, ...rest } = u;
    return { ...rest };
  };
  const transport: UploadTransport = {
    async create(init: UploadInit) {
      const id = `up_${uploads.size + 1}`;
      const u = { id, ...init, received: 0, status: 'uploading' as const, createdAt: '2026-12-02T10:00:00+08:00', firstByte: undefined as number | undefined };
      uploads.set(id, u);
      return view(u);
    },
    async putChunk(id, from, to, size, buf) {
      const u = uploads.get(id);
      if (!u) throw new FakeHttpError(404);
      if (failNextPut !== null) {
        const status = failNextPut;
        failNextPut = null;
        throw new FakeHttpError(status);
      }
      if (from !== u.received) throw new FakeHttpError(409);
      puts.push({ id, range: contentRange(from, to, size), length: buf.byteLength });
      if (from === 0) u.firstByte = new Uint8Array(buf)[0];
      u.received = to;
      if (u.received === u.size) u.status = u.firstByte === 0x25 ? 'complete' : 'rejected';
      if (u.status === 'rejected') u.rejection = '文件内容不是 PDF';
      return view(u);
    },
    async get(id) {
      const u = uploads.get(id);
      if (!u) throw new FakeHttpError(404);
      return view(u);
    },
  };
  return {
    transport,
    uploads,
    puts,
    failNextPut(status: number) {
      failNextPut = status;
    },
  };
}

/** A PDF-looking file of `size` bytes (starts with %PDF-). */
function pdfSource(size: number, name = 'licence.pdf'): FileSource & { reads: Array<[number, number]> } {
  const bytes = new Uint8Array(size).map((_, i) => i % 251);
  bytes.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
  const reads: Array<[number, number]> = [];
  return {
    name,
    size,
    contentType: 'application/pdf',
    reads,
    async read(from, to) {
      reads.push([from, to]);
      return bytes.slice(from, to).buffer;
    },
  };
}

describe('uploadInChunks', () => {
  it('sends the file in UPLOAD_CHUNK_BYTES chunks with inclusive Content-Ranges and reports progress after each', async () => {
    const server = fakeServer();
    const size = UPLOAD_CHUNK_BYTES * 2 + 1000;
    const progress: number[] = [];
    const upload = await uploadInChunks({ source: pdfSource(size), transport: server.transport, onProgress: (r) => progress.push(r) });
    expect(upload.status).toBe('complete');
    expect(server.puts.map((p) => p.range)).toEqual([
      `bytes 0-${UPLOAD_CHUNK_BYTES - 1}/${size}`,
      `bytes ${UPLOAD_CHUNK_BYTES}-${UPLOAD_CHUNK_BYTES * 2 - 1}/${size}`,
      `bytes ${UPLOAD_CHUNK_BYTES * 2}-${size - 1}/${size}`,
    ]);
    expect(progress).toEqual([0, UPLOAD_CHUNK_BYTES, UPLOAD_CHUNK_BYTES * 2, size]);
  });

  it('after a kill, continues the remembered upload from the server’s received: no byte is sent twice', async () => {
    const server = fakeServer();
    const size = UPLOAD_CHUNK_BYTES * 3;
    const first = pdfSource(size);
    // The first run gets one chunk through, then "the app is killed" (the second chunk never arrives).
    let createdId = '';
    let sent = 0;
    const dying: UploadTransport = {
      ...server.transport,
      putChunk: async (...args) => {
        if (sent === 1) throw new Error('app killed');
        sent += 1;
        return server.transport.putChunk(...args);
      },
    };
    await expect(uploadInChunks({ source: first, transport: dying, onCreated: (u) => (createdId = u.id) })).rejects.toThrow('app killed');
    expect(server.uploads.get(createdId)?.received).toBe(UPLOAD_CHUNK_BYTES);

    const again = pdfSource(size);
    const upload = await uploadInChunks({ source: again, transport: server.transport, uploadId: createdId });
    expect(upload.status).toBe('complete');
    expect(upload.id).toBe(createdId);
    expect(again.reads[0]).toEqual([UPLOAD_CHUNK_BYTES, UPLOAD_CHUNK_BYTES * 2]);
    expect(server.uploads.size).toBe(1);
  });

  it('on a 409 asks the server where it stands and continues from its received', async () => {
    const server = fakeServer();
    const size = UPLOAD_CHUNK_BYTES * 2;
    const source = pdfSource(size);
    // The chunk arrived, but the device is told 409 (as when its answer was lost and the chunk
    // was sent again): the server is ahead of the device.
    let lostAnswer = true;
    const transport: UploadTransport = {
      ...server.transport,
      putChunk: async (...args) => {
        const answer = await server.transport.putChunk(...args);
        if (lostAnswer) {
          lostAnswer = false;
          throw new FakeHttpError(409);
        }
        return answer;
      },
    };
    const progress: number[] = [];
    const upload = await uploadInChunks({ source, transport, onProgress: (r) => progress.push(r) });
    expect(upload.status).toBe('complete');
    expect(server.puts.map((p) => p.range)).toEqual([`bytes 0-${UPLOAD_CHUNK_BYTES - 1}/${size}`, `bytes ${UPLOAD_CHUNK_BYTES}-${size - 1}/${size}`]);
    expect(progress).toEqual([0, UPLOAD_CHUNK_BYTES, size]);
  });

  it('gives up with a conflict error when the server keeps refusing the offset', async () => {
    const server = fakeServer();
    const transport: UploadTransport = { ...server.transport, putChunk: async () => Promise.reject(new FakeHttpError(409)) };
    await expect(uploadInChunks({ source: pdfSource(1000), transport, maxConflicts: 2 })).rejects.toBeInstanceOf(UploadConflictError);
  });

  it('starts a new upload when the remembered one is gone (404) or is another file', async () => {
    const server = fakeServer();
    const upload = await uploadInChunks({ source: pdfSource(500), transport: server.transport, uploadId: 'up_deleted' });
    expect(upload.status).toBe('complete');
    expect(upload.id).not.toBe('up_deleted');
  });

  it('answers the server’s rejection of the content, with its words', async () => {
    const server = fakeServer();
    const source = { ...pdfSource(100, 'scan.pdf'), read: async (from: number, to: number) => new Uint8Array(to - from).fill(0x41).buffer };
    const upload = await uploadInChunks({ source, transport: server.transport });
    expect(upload.status).toBe('rejected');
    expect(upload.rejection).toBe('文件内容不是 PDF');
  });

  it('does not swallow a network failure: the caller retries with the same upload id', async () => {
    const server = fakeServer();
    server.failNextPut(503);
    let id = '';
    await expect(uploadInChunks({ source: pdfSource(100), transport: server.transport, onCreated: (u) => (id = u.id) })).rejects.toMatchObject({ status: 503 });
    const upload = await uploadInChunks({ source: pdfSource(100), transport: server.transport, uploadId: id });
    expect(upload).toMatchObject({ id, status: 'complete' });
  });
});

describe('local checks', () => {
  it('takes JPEG, PNG and PDF by MIME type or extension, nothing else', () => {
    expect(declaredTypeOf('a.JPG')).toBe('image/jpeg');
    expect(declaredTypeOf('a.png')).toBe('image/png');
    expect(declaredTypeOf('scan', 'application/pdf')).toBe('application/pdf');
    expect(declaredTypeOf('a.docx')).toBeUndefined();
    expect(declaredTypeOf('a.gif', 'image/gif')).toBeUndefined();
  });

  it('refuses a wrong type, an empty file and one over the limit, saying what to do', () => {
    expect(checkFile({ name: 'a.docx', size: 10 })).toEqual({ ok: false, message: '不支持此文件类型，请选择JPG、PNG 图片或 PDF 文件' });
    expect(checkFile({ name: 'a.png', size: 10, type: 'image/png' }, 'pdf')).toEqual({ ok: false, message: '不支持此文件类型，请选择PDF 文件' });
    expect(checkFile({ name: 'a.pdf', size: 0, type: 'application/pdf' })).toEqual({ ok: false, message: '文件是空的，请重新选择' });
    const big = checkFile({ name: 'a.pdf', size: UPLOAD_MAX_BYTES + 1, type: 'application/pdf' });
    expect(big.ok).toBe(false);
    expect(!big.ok && big.message).toBe('文件太大（10 MB），请选择不超过 10 MB 的文件');
    expect(checkFile({ name: 'a.pdf', size: UPLOAD_MAX_BYTES, type: 'application/pdf' })).toEqual({ ok: true, type: 'application/pdf' });
  });
});
