/**
 * A small, strict reader of zip archives held in memory. It reads the central directory (zip64
 * included), keeps every entry name as its exact bytes, and inflates entries with limits: an entry
 * may never produce more bytes than it declares, and its CRC-32 must match, as Go's archive/zip
 * insists. Module zips are at most 500 MiB, so the archive is read whole; that keeps hashing fast.
 */
import { crc32, inflateRawSync } from 'node:zlib';

/** ZipEntry is one central-directory entry. */
export interface ZipEntry {
  /** rawName is the entry name exactly as stored. */
  readonly rawName: Buffer;
  /** name is rawName decoded as UTF-8 (invalid sequences become U+FFFD; see nameIsUtf8). */
  readonly name: string;
  readonly nameIsUtf8: boolean;
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
  /** externalAttrs high 16 bits hold the Unix mode when the creator is Unix. */
  readonly externalAttrs: number;
  readonly creatorOs: number;
}

/** ZipFormatError says an archive is not a valid zip file or an entry's data is damaged. */
export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const NOT_VALID = 'zip: not a valid zip file';
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossyUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

interface DirectoryEnd {
  count: number;
  size: number;
  offset: number;
}

function findDirectoryEnd(data: Buffer): number {
  const lowest = Math.max(0, data.length - 22 - 0xffff);
  for (let i = data.length - 22; i >= lowest; i--) {
    if (data.readUInt32LE(i) === EOCD_SIG && i + 22 + data.readUInt16LE(i + 20) <= data.length) return i;
  }
  throw new ZipFormatError(NOT_VALID);
}

function readUint64(data: Buffer, at: number): number {
  const value = data.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError(NOT_VALID);
  return Number(value);
}

function readDirectoryEnd(data: Buffer): DirectoryEnd {
  const at = findDirectoryEnd(data);
  let end: DirectoryEnd = { count: data.readUInt16LE(at + 10), size: data.readUInt32LE(at + 12), offset: data.readUInt32LE(at + 16) };
  const locator = at - 20;
  if (locator >= 0 && data.readUInt32LE(locator) === ZIP64_LOCATOR_SIG) {
    const z64 = readUint64(data, locator + 8);
    if (z64 + 56 > data.length || data.readUInt32LE(z64) !== ZIP64_EOCD_SIG) throw new ZipFormatError(NOT_VALID);
    end = { count: readUint64(data, z64 + 32), size: readUint64(data, z64 + 40), offset: readUint64(data, z64 + 48) };
  }
  if (end.offset + end.size > data.length) throw new ZipFormatError(NOT_VALID);
  return end;
}

interface Sizes {
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

// Fields stored as 0xffffffff in the central directory move to the zip64 extra field, in order.
function applyZip64Extra(extra: Buffer, sizes: Sizes): Sizes {
  const out = { ...sizes };
  for (let i = 0; i + 4 <= extra.length; ) {
    const tag = extra.readUInt16LE(i);
    const len = extra.readUInt16LE(i + 2);
    if (i + 4 + len > extra.length) break;
    if (tag === 0x0001) {
      let p = i + 4;
      const take = (): number => {
        if (p + 8 > i + 4 + len) throw new ZipFormatError(NOT_VALID);
        const v = readUint64(extra, p);
        p += 8;
        return v;
      };
      if (sizes.uncompressedSize === 0xffffffff) out.uncompressedSize = take();
      if (sizes.compressedSize === 0xffffffff) out.compressedSize = take();
      if (sizes.localHeaderOffset === 0xffffffff) out.localHeaderOffset = take();
    }
    i += 4 + len;
  }
  return out;
}

function decodeName(raw: Buffer): { name: string; nameIsUtf8: boolean } {
  try {
    return { name: strictUtf8.decode(raw), nameIsUtf8: true };
  } catch {
    return { name: lossyUtf8.decode(raw), nameIsUtf8: false };
  }
}

function readCentralEntry(data: Buffer, at: number): { entry: ZipEntry; next: number } {
  if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL_SIG) throw new ZipFormatError(NOT_VALID);
  const nameLen = data.readUInt16LE(at + 28);
  const extraLen = data.readUInt16LE(at + 30);
  const commentLen = data.readUInt16LE(at + 32);
  const next = at + 46 + nameLen + extraLen + commentLen;
  if (next > data.length) throw new ZipFormatError(NOT_VALID);
  const rawName = Buffer.from(data.subarray(at + 46, at + 46 + nameLen));
  const sizes = applyZip64Extra(data.subarray(at + 46 + nameLen, at + 46 + nameLen + extraLen), {
    compressedSize: data.readUInt32LE(at + 20),
    uncompressedSize: data.readUInt32LE(at + 24),
    localHeaderOffset: data.readUInt32LE(at + 42),
  });
  const entry: ZipEntry = {
    rawName,
    ...decodeName(rawName),
    method: data.readUInt16LE(at + 10),
    flags: data.readUInt16LE(at + 8),
    crc32: data.readUInt32LE(at + 16),
    ...sizes,
    externalAttrs: data.readUInt32LE(at + 38),
    creatorOs: data.readUInt8(at + 5),
  };
  return { entry, next };
}

/** ZipArchive is an opened zip file: its entries and a way to read each one's content. */
export class ZipArchive {
  readonly entries: readonly ZipEntry[];
  private readonly data: Buffer;

  constructor(data: Buffer) {
    this.data = data;
    const end = readDirectoryEnd(data);
    const entries: ZipEntry[] = [];
    let at = end.offset;
    for (let i = 0; i < end.count; i++) {
      const { entry, next } = readCentralEntry(data, at);
      entries.push(entry);
      at = next;
    }
    this.entries = entries;
  }

  /**
   * read returns the entry's uncompressed content. It fails when the data is truncated, inflates to
   * more or fewer bytes than declared, uses an unsupported method, or fails its CRC-32.
   */
  read(entry: ZipEntry): Buffer {
    const raw = this.rawData(entry);
    let out: Buffer;
    if (entry.method === 0) {
      out = raw;
    } else if (entry.method === 8) {
      out = inflateLimited(raw, entry.uncompressedSize);
    } else {
      throw new ZipFormatError('zip: unsupported compression algorithm');
    }
    if (out.length > entry.uncompressedSize) throw new ZipFormatError(NOT_VALID);
    if (out.length < entry.uncompressedSize) throw new ZipFormatError('unexpected EOF');
    if (entry.crc32 !== 0 && crc32(out) >>> 0 !== entry.crc32) throw new ZipFormatError('zip: checksum error');
    return out;
  }

  private rawData(entry: ZipEntry): Buffer {
    const at = entry.localHeaderOffset;
    if (at + 30 > this.data.length || this.data.readUInt32LE(at) !== LOCAL_SIG) throw new ZipFormatError(NOT_VALID);
    const start = at + 30 + this.data.readUInt16LE(at + 26) + this.data.readUInt16LE(at + 28);
    const end = start + entry.compressedSize;
    if (end > this.data.length) throw new ZipFormatError('unexpected EOF');
    return this.data.subarray(start, end);
  }
}

// Inflating into one output buffer of the declared size saves joining many small chunks; beyond
// this size (a large file, or a size no one has checked yet) the output grows chunk by chunk.
const MAX_SINGLE_OUTPUT = 16 << 20;

function inflateLimited(raw: Buffer, declared: number): Buffer {
  // One byte more than declared is enough to tell that an entry lies about its size.
  const limit = Math.max(1, declared + 1);
  try {
    return inflateRawSync(raw, { maxOutputLength: limit, chunkSize: Math.min(Math.max(64, limit), MAX_SINGLE_OUTPUT) });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw new ZipFormatError(NOT_VALID);
    if (code === 'Z_BUF_ERROR') throw new ZipFormatError('unexpected EOF');
    throw new ZipFormatError(`zip: ${(err as Error).message}`);
  }
}

/** isIrregularEntry reports whether a Unix-created entry is a symbolic link or another non-regular file. */
export function isIrregularEntry(entry: ZipEntry): boolean {
  if (entry.creatorOs !== 3) return false;
  const mode = entry.externalAttrs >>> 16;
  const type = mode & 0o170000;
  return type !== 0 && type !== 0o100000 && type !== 0o040000;
}
