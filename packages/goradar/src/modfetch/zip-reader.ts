/**
 * A small, strict reader of zip archives, held in memory or read from a file piece by piece
 * (zip-file.ts). It reads the central directory (zip64 included), keeps every entry name as its
 * exact bytes, and inflates entries with limits: an entry may never produce more bytes than it
 * declares, and its CRC-32 must match, as Go's archive/zip insists.
 */
import { crc32 } from 'node:zlib';
import { inflateEntry, inflateEntryTransient, NOT_VALID, ZipFormatError } from './zip-inflate.js';

export { ZipFormatError } from './zip-inflate.js';

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

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossyUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

interface DirectoryEnd {
  count: number;
  size: number;
  offset: number;
}

/** ZipBytes gives the bytes of an archive by position: from memory, or read from a file on demand. */
export interface ZipBytes {
  readonly length: number;
  /**
   * bytes returns the count bytes at offset, fewer where the archive ends. When transient is set,
   * what it returns is valid only until its next call.
   */
  bytes(offset: number, count: number): Buffer;
  readonly transient?: boolean;
}

/** memoryZipBytes serves an archive held in memory, without copying. */
export function memoryZipBytes(data: Buffer): ZipBytes {
  return { length: data.length, bytes: (offset, count) => data.subarray(offset, offset + count) };
}

function findDirectoryEnd(source: ZipBytes): number {
  const lowest = Math.max(0, source.length - 22 - 0xffff);
  const tail = source.bytes(lowest, source.length - lowest);
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIG && i + 22 + tail.readUInt16LE(i + 20) <= tail.length) return lowest + i;
  }
  throw new ZipFormatError(NOT_VALID);
}

function readUint64(data: Buffer, at: number): number {
  const value = data.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError(NOT_VALID);
  return Number(value);
}

function readDirectoryEnd(source: ZipBytes): DirectoryEnd {
  const at = findDirectoryEnd(source);
  const eocd = source.bytes(at, 22);
  let end: DirectoryEnd = { count: eocd.readUInt16LE(10), size: eocd.readUInt32LE(12), offset: eocd.readUInt32LE(16) };
  const locator = at - 20 >= 0 ? source.bytes(at - 20, 20) : undefined;
  if (locator && locator.readUInt32LE(0) === ZIP64_LOCATOR_SIG) {
    const z64 = readUint64(locator, 8);
    const record = z64 + 56 > source.length ? undefined : source.bytes(z64, 56);
    if (!record || record.readUInt32LE(0) !== ZIP64_EOCD_SIG) throw new ZipFormatError(NOT_VALID);
    end = { count: readUint64(record, 32), size: readUint64(record, 40), offset: readUint64(record, 48) };
  }
  if (end.offset + end.size > source.length) throw new ZipFormatError(NOT_VALID);
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

/**
 * readZipEntries reads the central directory of the archive in source. Entries are read from the
 * directory's start to the archive's end, as far as the entry count says.
 */
export function readZipEntries(source: ZipBytes): ZipEntry[] {
  const end = readDirectoryEnd(source);
  const directory = source.bytes(end.offset, source.length - end.offset);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < end.count; i++) {
    const { entry, next } = readCentralEntry(directory, at);
    entries.push(entry);
    at = next;
  }
  return entries;
}

/** ZipArchive is an opened zip file: its entries and a way to read each one's content. */
export class ZipArchive {
  readonly entries: readonly ZipEntry[];
  private readonly source: ZipBytes;

  /** The archive is read from data in memory, or from a ZipBytes (a file read piece by piece). */
  constructor(data: Buffer | ZipBytes) {
    this.source = Buffer.isBuffer(data) ? memoryZipBytes(data) : data;
    this.entries = readZipEntries(this.source);
  }

  /**
   * read returns the entry's uncompressed content. It fails when the data is truncated, inflates to
   * more or fewer bytes than declared, uses an unsupported method, or fails its CRC-32.
   */
  read(entry: ZipEntry): Buffer {
    const out = this.checked(entry, inflateEntry);
    // A stored entry is the source's own bytes, which a transient source reuses: the caller keeps a copy.
    return this.source.transient && entry.method === 0 ? Buffer.from(out) : out;
  }

  /**
   * readTransient is read for content used at once (hashed, written out): the content may live in
   * memory that the next readTransient on this thread reuses.
   */
  readTransient(entry: ZipEntry): Buffer {
    return this.checked(entry, inflateEntryTransient);
  }

  private checked(entry: ZipEntry, inflate: (raw: Buffer, declared: number) => Buffer): Buffer {
    const raw = this.rawData(entry);
    let out: Buffer;
    if (entry.method === 0) {
      out = raw;
    } else if (entry.method === 8) {
      out = inflate(raw, entry.uncompressedSize);
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
    const header = at + 30 > this.source.length ? undefined : this.source.bytes(at, 30);
    if (!header || header.readUInt32LE(0) !== LOCAL_SIG) throw new ZipFormatError(NOT_VALID);
    const start = at + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    const end = start + entry.compressedSize;
    if (end > this.source.length) throw new ZipFormatError('unexpected EOF');
    return this.source.bytes(start, entry.compressedSize);
  }
}

/** isIrregularEntry reports whether a Unix-created entry is a symbolic link or another non-regular file. */
export function isIrregularEntry(entry: ZipEntry): boolean {
  if (entry.creatorOs !== 3) return false;
  const mode = entry.externalAttrs >>> 16;
  const type = mode & 0o170000;
  return type !== 0 && type !== 0o100000 && type !== 0o040000;
}
