import { useCallback, useEffect, useRef, useState } from 'react';
import { userMessageOf } from '../../core/http/errors';
import type { Upload } from '../../shared/api/applications';
import { checkFile, uploadInChunks, UploadConflictError, type Accept } from './chunker';
import { files, type PickedFile } from './files';
import { forgetPending, pendingUpload, rememberPending, type PendingUpload } from './pendingUploads';
import { uploadTransport } from './uploadsService';

/**
 * What an upload button shows, each state on purpose:
 * - `interrupted`: an upload from before (a kill, a reload) is unfinished; weapp can continue at
 *   once, H5 asks for the same file again (`needsFile`);
 * - `invalid`: the device refused the file before sending (type, size), with what to do;
 * - `failed`: a chunk did not get through (network, server); 重试 continues where the server stands;
 * - `rejected`: the server's content check refused the whole file, in its words.
 */
export type UploadPhase =
  | { kind: 'idle' }
  | { kind: 'interrupted'; pending: PendingUpload; needsFile: boolean }
  | { kind: 'preparing'; name: string }
  | { kind: 'uploading'; name: string; received: number; size: number }
  | { kind: 'invalid'; message: string }
  | { kind: 'failed'; name: string; message: string }
  | { kind: 'rejected'; name: string; message: string }
  | { kind: 'done'; upload: Upload };

export function percentOf(received: number, size: number): number {
  return size > 0 ? Math.min(100, Math.floor((received / size) * 100)) : 0;
}

export function useUpload({ accept, resumeKey, onUploaded }: { accept: Accept; resumeKey: string; onUploaded: (upload: Upload) => void }) {
  const [phase, setPhase] = useState<UploadPhase>({ kind: 'idle' });
  const busy = useRef(false);
  const mounted = useRef(true);
  const onUploadedRef = useRef(onUploaded);
  onUploadedRef.current = onUploaded;
  /** the file being sent, for 重试 */
  const current = useRef<{ file: PickedFile; uploadId?: string } | null>(null);

  const show = (next: UploadPhase) => {
    if (mounted.current) setPhase(next);
  };

  // An upload left unfinished by an earlier run of the app (or page) is offered, not forgotten.
  useEffect(() => {
    mounted.current = true;
    const pending = pendingUpload(resumeKey);
    if (pending) {
      void files.restore(pending.handle, pending.name, pending.size, pending.type).then((file) => {
        if (file) current.current = { file, uploadId: pending.uploadId };
        show({ kind: 'interrupted', pending, needsFile: !file });
      });
    }
    return () => {
      mounted.current = false;
    };
  }, [resumeKey]);

  const send = useCallback(
    async (file: PickedFile, uploadId?: string) => {
      const type = file.type;
      if (!type) return;
      busy.current = true;
      current.current = { file, uploadId };
      const remember = (id: string | undefined, received: number) => rememberPending(resumeKey, { uploadId: id, name: file.name, size: file.size, type, handle: file.handle, received });
      remember(uploadId, 0);
      show({ kind: 'uploading', name: file.name, received: 0, size: file.size });
      try {
        const upload = await uploadInChunks({
          source: files.source(file, type),
          transport: uploadTransport,
          uploadId,
          onCreated: (u) => {
            current.current = { file, uploadId: u.id };
            remember(u.id, u.received);
          },
          onProgress: (received, size) => {
            if (current.current?.uploadId) remember(current.current.uploadId, received);
            show({ kind: 'uploading', name: file.name, received, size });
          },
        });
        forgetPending(resumeKey);
        files.release(file.handle);
        current.current = null;
        if (upload.status === 'rejected') {
          show({ kind: 'rejected', name: file.name, message: upload.rejection ?? '文件未通过检查，请重新选择' });
          return;
        }
        show({ kind: 'done', upload });
        onUploadedRef.current(upload);
      } catch (e) {
        const message = e instanceof UploadConflictError ? e.userMessage : userMessageOf(e);
        show({ kind: 'failed', name: file.name, message });
      } finally {
        busy.current = false;
      }
    },
    [resumeKey],
  );

  /** Choose a file, check it, make an image smaller, keep a copy that survives a kill, send it. */
  const choose = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      const pickedFile = await files.pick(accept);
      if (!pickedFile) return;
      const first = checkFile({ name: pickedFile.name, size: pickedFile.size, type: pickedFile.type }, accept);
      // a photo over the limit may still fit once compressed: only the type is final here
      if (!first.ok && !(pickedFile.isImage && pickedFile.type)) {
        show({ kind: 'invalid', message: first.message });
        return;
      }
      show({ kind: 'preparing', name: pickedFile.name });
      const prepared = await files.compress(pickedFile);
      const checked = checkFile({ name: prepared.name, size: prepared.size, type: prepared.type }, accept);
      if (!checked.ok) {
        show({ kind: 'invalid', message: checked.message });
        return;
      }
      // The same file as an unfinished upload (H5 after a reload): continue it instead of starting over.
      const pending = pendingUpload(resumeKey);
      const resumeId = pending && pending.name === prepared.name && pending.size === prepared.size ? pending.uploadId : undefined;
      if (pending && !resumeId) files.release(pending.handle);
      const kept = await files.keep(prepared);
      busy.current = false;
      await send(kept, resumeId);
    } catch (e) {
      show({ kind: 'failed', name: '', message: userMessageOf(e) });
    } finally {
      busy.current = false;
    }
  }, [accept, resumeKey, send]);

  /** 重试 / 继续上传: the same file, from where the server stands. */
  const retry = useCallback(() => {
    if (busy.current) return;
    const c = current.current;
    if (c) void send(c.file, c.uploadId);
    else void choose();
  }, [send, choose]);

  /** 放弃: forget an unfinished upload (the server drops unfinished uploads on its own). */
  const discard = useCallback(() => {
    const pending = pendingUpload(resumeKey);
    if (pending) files.release(pending.handle);
    forgetPending(resumeKey);
    current.current = null;
    show({ kind: 'idle' });
  }, [resumeKey]);

  return { phase, choose, retry, discard };
}
