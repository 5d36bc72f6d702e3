import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** fileIDs of the local stand-in look like `cloud://local/<name>`. */
export const FILE_ID_PREFIX = 'cloud://local/';

/** Where `getTempFileURL` points: the gateway serves stored files under this path. */
export const STORAGE_URL_PREFIX = '/storage/';

const MAX_NAME_LENGTH = 300;

/**
 * Checks a storage name (`imports/price-list.xlsx`): relative, no `..`, no hidden or empty
 * segments, so it can never point outside the storage folder.
 */
export function assertStorageName(name: string): void {
  const segments = name.split('/');
  const valid =
    name.length > 0 &&
    name.length <= MAX_NAME_LENGTH &&
    !name.includes('\\') &&
    !name.includes('\0') &&
    segments.every((segment) => segment.length > 0 && !segment.startsWith('.'));
  if (!valid) throw new Error(`invalid storage name: ${JSON.stringify(name)}`);
}

/** The storage name inside a fileID. */
export function nameOfFileId(fileID: string): string {
  if (!fileID.startsWith(FILE_ID_PREFIX)) throw new Error(`not a local fileID: ${fileID}`);
  const name = fileID.slice(FILE_ID_PREFIX.length);
  assertStorageName(name);
  return name;
}

/** Cloud file storage stand-in: files on disk under `<dataDir>/storage/`. */
export class FileStorage {
  constructor(readonly root: string) {}

  /** The file's absolute path on disk. */
  pathOf(name: string): string {
    assertStorageName(name);
    return path.join(this.root, ...name.split('/'));
  }

  /** Saves (or overwrites) a file; returns its fileID. */
  async save(name: string, content: Uint8Array): Promise<string> {
    const file = this.pathOf(name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
    return FILE_ID_PREFIX + name;
  }

  /** Reads a file by fileID; a missing file rejects with code ENOENT. */
  read(fileID: string): Promise<Buffer> {
    return readFile(this.pathOf(nameOfFileId(fileID)));
  }

  /** Deletes a file by fileID; returns false when it did not exist. */
  async remove(fileID: string): Promise<boolean> {
    const file = this.pathOf(nameOfFileId(fileID));
    try {
      await rm(file);
      return true;
    } catch {
      return false;
    }
  }
}
