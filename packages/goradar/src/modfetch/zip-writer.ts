/**
 * A minimal zip writer: deflated (or stored) entries, names written as given, Unix modes. It writes
 * whatever it is told, so tests can also build broken archives; module rules live in zip-create.ts.
 */
import { crc32, deflateRawSync } from 'node:zlib';

/** ZipWriteEntry is one entry to write. */
export interface ZipWriteEntry {
  name: string | Uint8Array;
  content: Uint8Array;
  /** store writes the content uncompressed. */
  store?: boolean;
  /** mode is the Unix mode stored in the external attributes (default regular file 0644). */
  mode?: number;
  /** declaredSize overrides the uncompressed size written in the headers (for hostile archives). */
  declaredSize?: number;
}

const DOS_TIME = 0;
const DOS_DATE = (1980 - 1980) * 512 + 1 * 32 + 1;

function localHeader(name: Buffer, crc: number, sizes: { compressed: number; uncompressed: number }, method: number): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(0x0800, 6);
  h.writeUInt16LE(method, 8);
  h.writeUInt16LE(DOS_TIME, 10);
  h.writeUInt16LE(DOS_DATE, 12);
  h.writeUInt32LE(crc, 14);
  h.writeUInt32LE(sizes.compressed, 18);
  h.writeUInt32LE(sizes.uncompressed, 22);
  h.writeUInt16LE(name.length, 26);
  return Buffer.concat([h, name]);
}

function centralHeader(name: Buffer, local: { crc: number; compressed: number; uncompressed: number; method: number; offset: number; mode: number }): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE((3 << 8) | 20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(0x0800, 8);
  h.writeUInt16LE(local.method, 10);
  h.writeUInt16LE(DOS_TIME, 12);
  h.writeUInt16LE(DOS_DATE, 14);
  h.writeUInt32LE(local.crc, 16);
  h.writeUInt32LE(local.compressed, 20);
  h.writeUInt32LE(local.uncompressed, 24);
  h.writeUInt16LE(name.length, 28);
  h.writeUInt32LE((local.mode << 16) >>> 0, 38);
  h.writeUInt32LE(local.offset, 42);
  return Buffer.concat([h, name]);
}

/** writeZip returns a zip archive holding entries, in order. */
export function writeZip(entries: readonly ZipWriteEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const content = Buffer.from(entry.content);
    const method = entry.store ? 0 : 8;
    const data = entry.store ? content : deflateRawSync(content);
    const crc = crc32(content) >>> 0;
    const uncompressed = entry.declaredSize ?? content.length;
    const local = localHeader(name, crc, { compressed: data.length, uncompressed }, method);
    central.push(centralHeader(name, { crc, compressed: data.length, uncompressed, method, offset, mode: entry.mode ?? 0o100644 }));
    parts.push(local, data);
    offset += local.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
