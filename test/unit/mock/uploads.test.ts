/**
 * 我的材料 over real HTTP: chunked uploads of a real small PDF and PNG complete; a PNG declared as
 * PDF is rejected with a message; a chunk at the wrong offset answers 409 with `received`; the
 * chunk checks (range, size, type, length) refuse before writing.
 */
import type { Upload, UploadConflictBody } from '../../../src/shared/api/applications';
import { UPLOAD_CHUNK_BYTES } from '../../../src/shared/api/applications';
import { apiSuitePerFile } from '../../support/api-suite';
import type { ErrorBody } from '../../support/api-client';
import { jpegBytes, pdfBytes, pngBytes } from '../../support/api-client';

// one server per file, its world reset before each test, failing on any logged server error
const suite = apiSuitePerFile();

it('completes a PDF of three chunks, a PNG and a JPEG, newest first in 我的材料', async () => {
  const yu = await suite.anon.demo('yu');
  const pdf = pdfBytes(UPLOAD_CHUNK_BYTES * 2 + 1234);
  const first = await yu.upload('营业执照申请书.pdf', 'application/pdf', pdf);
  expect(first).toMatchObject({ status: 'complete', received: pdf.length, size: pdf.length });
  const png = await yu.upload('住所证明.png', 'image/png', pngBytes(300, 300), 10_000);
  expect(png.status).toBe('complete');
  const jpeg = await yu.upload('照片.jpg', 'image/jpeg', jpegBytes(5000));
  expect(jpeg.status).toBe('complete');
  const list = await yu.get<Upload[]>('/uploads');
  expect(list.body.map((u) => u.id)).toEqual([jpeg.id, png.id, first.id]);
  expect((await yu.get<Upload>(`/uploads/${png.id}`)).body).toEqual(png);
  expect((await yu.del(`/uploads/${png.id}`)).status).toBe(200);
  expect((await yu.get(`/uploads/${png.id}`)).status).toBe(404);
});

it('rejects a PNG declared as PDF, and bytes that are neither, by their content', async () => {
  const yu = await suite.anon.demo('yu');
  const mislabelled = await yu.upload('scan.pdf', 'application/pdf', pngBytes());
  expect(mislabelled.status).toBe('rejected');
  expect(mislabelled.rejection).toBe('文件内容是PNG图片，不是PDF，请重新选择');
  const junk = await yu.upload('photo.jpg', 'image/jpeg', Buffer.from('GIF89a not a jpeg at all'));
  expect(junk).toMatchObject({ status: 'rejected', rejection: '文件内容不是JPEG图片，请重新选择' });
  // rejected uploads are not in 我的材料
  expect((await yu.get<Upload[]>('/uploads')).body).toEqual([]);
});

it('answers a chunk at the wrong offset with 409 and the upload, then resumes from received', async () => {
  const yu = await suite.anon.demo('yu');
  const bytes = pdfBytes(3000);
  const created = (await yu.post<Upload>('/uploads', { fileName: 'a.pdf', contentType: 'application/pdf', size: bytes.length })).body;
  expect((await yu.putChunk(created.id, bytes.subarray(0, 1000), 0, 999, bytes.length)).status).toBe(200);
  const ahead = await yu.putChunk<UploadConflictBody>(created.id, bytes.subarray(2000), 2000, 2999, bytes.length);
  expect(ahead.status).toBe(409);
  expect(ahead.body.current).toMatchObject({ id: created.id, received: 1000, status: 'uploading' });
  expect(ahead.body.error.fields['Content-Range']).toContain('1000');
  const again = await yu.putChunk<UploadConflictBody>(created.id, bytes.subarray(0, 1000), 0, 999, bytes.length);
  expect(again.status).toBe(409);
  const rest = await yu.putChunk<Upload>(created.id, bytes.subarray(1000), 1000, 2999, bytes.length);
  expect(rest.body).toMatchObject({ status: 'complete', received: 3000 });
  const after = await yu.putChunk<ErrorBody>(created.id, bytes.subarray(0, 10), 0, 9, bytes.length);
  expect(after.status).toBe(409);
});

it('refuses bad chunks before writing a byte', async () => {
  const yu = await suite.anon.demo('yu');
  const bytes = pdfBytes(UPLOAD_CHUNK_BYTES + 5000);
  const id = (await yu.post<Upload>('/uploads', { fileName: 'b.pdf', contentType: 'application/pdf', size: bytes.length })).body.id;
  const cases: Array<[string, Promise<{ status: number; body: ErrorBody }>, number, string]> = [
    ['no range', yu.call<ErrorBody>('PUT', `/uploads/${id}`, { raw: bytes.subarray(0, 10) }), 400, 'Content-Range'],
    ['garbage range', yu.putChunk<ErrorBody>(id, bytes.subarray(0, 10), 0, 9, bytes.length, { 'content-range': 'items 0-9' }), 400, 'Content-Range'],
    ['other total size', yu.putChunk<ErrorBody>(id, bytes.subarray(0, 10), 0, 9, 99), 422, 'Content-Range'],
    ['past the end', yu.putChunk<ErrorBody>(id, bytes.subarray(0, 10), 0, bytes.length + 10, bytes.length), 422, 'Content-Range'],
    ['body shorter than range', yu.putChunk<ErrorBody>(id, bytes.subarray(0, 10), 0, 99, bytes.length), 422, 'body'],
    ['chunk too large', yu.putChunk<ErrorBody>(id, bytes.subarray(0, UPLOAD_CHUNK_BYTES + 2000), 0, UPLOAD_CHUNK_BYTES + 1999, bytes.length), 413, 'body'],
    ['json instead of bytes', yu.call<ErrorBody>('PUT', `/uploads/${id}`, { json: { data: 'x' }, headers: { 'content-range': `bytes 0-9/${bytes.length}` } }), 400, 'Content-Type'],
  ];
  for (const [name, pending, status, field] of cases) {
    const res = await pending;
    expect([name, res.status, Object.keys(res.body.error.fields ?? {})]).toEqual([name, status, [field]]);
  }
  expect((await yu.get<Upload>(`/uploads/${id}`)).body.received).toBe(0);
});
