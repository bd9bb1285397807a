import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** AtomicWriteOptions tune writeFileAtomic. */
export interface AtomicWriteOptions {
  /** mode of the final file (default 0o644). */
  mode?: number;
  /** fsync flushes data before the rename (default true): a crash never leaves a torn file. */
  fsync?: boolean;
  /** tempName names the temporary file (default: `.<base>.tmp-<pid>-<random>` beside file). */
  tempName?: (file: string) => string;
}

function defaultTempName(file: string): string {
  return join(dirname(file), `.${basename(file)}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
}

// The directory nearly always exists: open first, and only when that fails create the directory
// and open again, which ends exactly as creating the directory first would have.
async function createExclusive(file: string, mode: number): Promise<FileHandle> {
  try {
    return await open(file, 'wx', mode);
  } catch {
    await mkdir(dirname(file), { recursive: true });
    return open(file, 'wx', mode);
  }
}

/**
 * writeFileAtomic writes data to a temporary file in the destination's directory and renames it
 * over the destination, so readers see either the old or the new content, never a part.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const tmp = (options.tempName ?? defaultTempName)(file);
  const handle = await createExclusive(tmp, options.mode ?? 0o644);
  try {
    await handle.writeFile(data);
    if (options.fsync !== false) await handle.sync();
  } catch (err) {
    await handle.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw err;
  }
  await handle.close();
  try {
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** isAtomicTempName reports whether name is a temporary file left by writeFileAtomic. */
export function isAtomicTempName(name: string): boolean {
  return /^\..+\.tmp-\d+-[0-9a-f]{12}$/.test(name);
}
