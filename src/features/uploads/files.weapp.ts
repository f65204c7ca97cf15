import Taro from '@tarojs/taro';
import type { UploadType } from '../../shared/api/applications';
import { declaredTypeOf, type Accept, type FileSource } from './chunker';
import type { FilesApi, PickedFile } from './files.types';

export type { FilesApi, PickedFile } from './files.types';

/**
 * Mini-program side. Photos come from chooseMedia (album or camera), PDFs from chooseMessageFile
 * (a chat's files: WeChat gives no other way to a phone's documents). A chosen file is a temp
 * path that WeChat may clean up once the app is gone, so an upload in progress works on a copy
 * under the user data folder: after a kill the app finds it there and continues.
 */
const MAX_SIDE = 1600;
const JPEG_QUALITY = 80;

const isCancel = (e: unknown) => /cancel/i.test((e as { errMsg?: string })?.errMsg ?? '');

const baseName = (path: string) => path.split('/').pop() ?? path;

function picked(path: string, size: number, name = baseName(path)): PickedFile {
  const type = declaredTypeOf(name);
  return { name, size, type, handle: path, isImage: type === 'image/jpeg' || type === 'image/png' };
}

async function pickImage(): Promise<PickedFile | null> {
  const res = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sourceType: ['album', 'camera'], sizeType: ['original'] });
  const f = res.tempFiles[0];
  return f ? picked(f.tempFilePath, f.size) : null;
}

async function pickMessageFile(extensions: string[]): Promise<PickedFile | null> {
  const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: extensions });
  const f = res.tempFiles[0];
  return f ? picked(f.path, f.size, f.name) : null;
}

async function pick(accept: Accept): Promise<PickedFile | null> {
  try {
    if (accept === 'image') return await pickImage();
    if (accept === 'pdf') return await pickMessageFile(['pdf']);
    const { tapIndex } = await Taro.showActionSheet({ itemList: ['拍照或从相册选择', '从聊天记录选择文件（PDF 或图片）'] });
    return tapIndex === 0 ? await pickImage() : await pickMessageFile(['pdf', 'jpg', 'jpeg', 'png']);
  } catch (e) {
    if (isCancel(e)) return null;
    throw e;
  }
}

function fileSize(path: string): number {
  return (Taro.getFileSystemManager().statSync(path) as Taro.Stats).size;
}

async function compress(file: PickedFile): Promise<PickedFile> {
  if (!file.isImage) return file;
  try {
    const info = await Taro.getImageInfo({ src: file.handle });
    const longSide = Math.max(info.width, info.height);
    const scale = Math.min(1, MAX_SIDE / longSide);
    const res = await Taro.compressImage({
      src: file.handle,
      quality: JPEG_QUALITY,
      // only ever smaller: WeChat would scale a small photo up to the width it is given
      ...(scale < 1 ? (info.width >= info.height ? { compressedWidth: Math.round(info.width * scale) } : { compressedHeight: Math.round(info.height * scale) }) : {}),
    });
    const size = fileSize(res.tempFilePath);
    if (size >= file.size) return file;
    const type = declaredTypeOf(res.tempFilePath) ?? file.type;
    const name = file.name.replace(/\.[a-z0-9]+$/i, '') + (type === 'image/png' ? '.png' : '.jpg');
    return { name, size, type, handle: res.tempFilePath, isImage: true };
  } catch {
    // not decodable here: send it as it is and let the server's content check answer
    return file;
  }
}

function readRange(filePath: string, position: number, length: number): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath,
      position,
      length,
      success: (res) => resolve(res.data as ArrayBuffer),
      fail: (e) => reject(new Error(e.errMsg)),
    });
  });
}

function source(file: PickedFile, type: UploadType): FileSource {
  return { name: file.name, size: file.size, contentType: type, read: (from, to) => readRange(file.handle, from, to - from) };
}

const KEPT_PREFIX = 'yk-upload-';

export const files: FilesApi = {
  pick,
  compress,
  source,
  async keep(file) {
    const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1] ?? 'bin';
    const target = `${Taro.env.USER_DATA_PATH}/${KEPT_PREFIX}${Date.now()}.${ext}`;
    try {
      Taro.getFileSystemManager().copyFileSync(file.handle, target);
      return { ...file, handle: target };
    } catch {
      // no room to keep a copy: still upload, only without surviving a kill
      return file;
    }
  },
  async restore(handle, name, size, type) {
    try {
      if (fileSize(handle) !== size) return null;
      return { name, size, type, handle, isImage: type === 'image/jpeg' || type === 'image/png' };
    } catch {
      return null;
    }
  },
  release(handle) {
    if (!handle.includes(KEPT_PREFIX)) return;
    try {
      Taro.getFileSystemManager().unlinkSync(handle);
    } catch {
      // already gone
    }
  },
};
