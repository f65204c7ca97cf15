/**
 * UploadButton as H5 renders it: the file comes from a fake chooser (the platform pair's `files`)
 * and the server is a fake transport whose answers the test releases one chunk at a time, so the
 * progress the citizen sees can be read between chunks; a refused file shows the server's words.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { UPLOAD_CHUNK_BYTES, type Upload } from '../../src/shared/api/applications';
import { UploadButton } from '../../src/features/uploads/UploadButton';
import { files } from '../../src/features/uploads/files';
import { uploadTransport } from '../../src/features/uploads/uploadsService';

jest.mock('../../src/features/uploads/uploadsService', () => ({
  uploadsService: { list: jest.fn(), get: jest.fn(), remove: jest.fn() },
  uploadTransport: { create: jest.fn(), putChunk: jest.fn(), get: jest.fn() },
}));
const transport = jest.mocked(uploadTransport);

const SIZE = UPLOAD_CHUNK_BYTES * 2;
const base: Upload = { id: 'up_1', fileName: '营业执照.pdf', contentType: 'application/pdf', size: SIZE, received: 0, status: 'uploading', createdAt: '2026-12-02T10:00:00+08:00' };

/** A chosen PDF of SIZE bytes. */
function choosePdf(name = '营业执照.pdf') {
  jest.spyOn(files, 'pick').mockResolvedValue({ name, size: SIZE, type: 'application/pdf', handle: 'mem:test', isImage: false });
  jest.spyOn(files, 'source').mockImplementation((file, type) => ({ name: file.name, size: file.size, contentType: type, read: async (from, to) => new ArrayBuffer(to - from) }));
}

/** Chunk answers the test releases one at a time. */
function heldChunks() {
  const waiting: Array<(u: Upload) => void> = [];
  transport.putChunk.mockImplementation(() => new Promise<Upload>((resolve) => waiting.push(resolve)));
  return {
    async release(answer: Upload) {
      await waitFor(() => expect(waiting.length).toBeGreaterThan(0));
      await act(async () => waiting.shift()!(answer));
    },
  };
}

beforeEach(() => {
  jest.restoreAllMocks();
  jest.clearAllMocks();
  localStorage.clear();
  transport.create.mockResolvedValue(base);
});

it('shows the progress of each chunk as a percentage, for eyes and for assistive technology, then the uploaded file', async () => {
  choosePdf();
  const chunks = heldChunks();
  const onUploaded = jest.fn();
  render(<UploadButton label="上传营业执照" testId="licence" accept="pdf" onUploaded={onUploaded} />);
  fireEvent.click(screen.getByTestId('licence-choose'));

  await chunks.release({ ...base, received: UPLOAD_CHUNK_BYTES });
  const bar = await screen.findByRole('progressbar');
  await waitFor(() => expect(bar.getAttribute('aria-valuenow')).toBe('50'));
  expect(screen.getByTestId('licence-progress').textContent).toContain('正在上传 营业执照.pdf：50%');
  expect(onUploaded).not.toHaveBeenCalled();

  await chunks.release({ ...base, received: SIZE, status: 'complete' });
  expect((await screen.findByTestId('licence-done')).textContent).toBe('已上传：营业执照.pdf（512 KB）');
  expect(onUploaded).toHaveBeenCalledWith(expect.objectContaining({ id: 'up_1', status: 'complete' }));
  expect(screen.queryByRole('progressbar')).toBeNull();
});

it('shows the server’s rejection in its own words and does not hand the file on', async () => {
  choosePdf('身份证.pdf');
  transport.putChunk.mockImplementation(async (_id, _from, to) => ({ ...base, fileName: '身份证.pdf', received: to, status: to === SIZE ? 'rejected' : 'uploading', rejection: to === SIZE ? '文件内容是PNG图片，不是PDF，请重新选择' : undefined }));
  const onUploaded = jest.fn();
  render(<UploadButton label="上传身份证" testId="id" onUploaded={onUploaded} />);
  fireEvent.click(screen.getByTestId('id-choose'));
  const error = await screen.findByTestId('id-error');
  expect(error.textContent).toContain('身份证.pdf 未通过检查：文件内容是PNG图片，不是PDF，请重新选择');
  expect(error.getAttribute('role')).toBe('alert');
  expect(onUploaded).not.toHaveBeenCalled();
});

it('after a failed chunk, 重试 continues the same upload from the server’s received', async () => {
  choosePdf();
  transport.putChunk.mockResolvedValueOnce({ ...base, received: UPLOAD_CHUNK_BYTES }).mockRejectedValueOnce(Object.assign(new Error('offline'), { status: undefined }));
  const onUploaded = jest.fn();
  render(<UploadButton label="上传营业执照" testId="licence" onUploaded={onUploaded} />);
  fireEvent.click(screen.getByTestId('licence-choose'));
  await screen.findByTestId('licence-retry');
  expect(screen.getByTestId('licence-error').textContent).toContain('营业执照.pdf 上传中断');

  transport.get.mockResolvedValue({ ...base, received: UPLOAD_CHUNK_BYTES });
  transport.putChunk.mockResolvedValueOnce({ ...base, received: SIZE, status: 'complete' });
  fireEvent.click(screen.getByTestId('licence-retry'));
  await screen.findByTestId('licence-done');
  expect(transport.create).toHaveBeenCalledTimes(1);
  expect(transport.get).toHaveBeenCalledWith('up_1');
  expect(transport.putChunk).toHaveBeenLastCalledWith('up_1', UPLOAD_CHUNK_BYTES, SIZE, SIZE, expect.any(ArrayBuffer));
  expect(onUploaded).toHaveBeenCalledTimes(1);
});

it('refuses a file of another type before sending anything, saying which types it takes', async () => {
  jest.spyOn(files, 'pick').mockResolvedValue({ name: '申请书.docx', size: 1000, type: undefined, handle: 'mem:x', isImage: false });
  render(<UploadButton label="上传申请书" testId="form" accept="pdf" onUploaded={jest.fn()} />);
  fireEvent.click(screen.getByTestId('form-choose'));
  expect((await screen.findByTestId('form-error')).textContent).toBe('不支持此文件类型，请选择PDF 文件');
  expect(transport.create).not.toHaveBeenCalled();
});

it('after a reload whose kept copy is gone (no IndexedDB), offers the unfinished upload and asks for the same file again', async () => {
  localStorage.clear();
  const { rememberPending } = await import('../../src/features/uploads/pendingUploads');
  rememberPending('label:上传营业执照', { uploadId: 'up_1', name: '营业执照.pdf', size: SIZE, type: 'application/pdf', handle: 'mem:gone', received: UPLOAD_CHUNK_BYTES });
  render(<UploadButton label="上传营业执照" testId="licence" onUploaded={jest.fn()} />);
  await screen.findByText('上次未传完：营业执照.pdf（已上传 50%）');
  expect(screen.getByText('请重新选择同一个文件，已上传的部分不必重传。')).toBeTruthy();

  choosePdf();
  transport.get.mockResolvedValue({ ...base, received: UPLOAD_CHUNK_BYTES });
  transport.putChunk.mockResolvedValue({ ...base, received: SIZE, status: 'complete' });
  fireEvent.click(screen.getByTestId('licence-choose'));
  await screen.findByTestId('licence-done');
  expect(transport.create).not.toHaveBeenCalled();
  expect(transport.putChunk).toHaveBeenCalledTimes(1);
  expect(transport.putChunk).toHaveBeenCalledWith('up_1', UPLOAD_CHUNK_BYTES, SIZE, SIZE, expect.any(ArrayBuffer));
});
