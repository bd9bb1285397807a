/**
 * Reading go.mod / go.work / go.sum files as Go reads them: bytes decoded rune by rune, an invalid
 * byte being one rune (see decodeGoText). Valid UTF-8, the common case, takes the native decoder.
 */
import { readFile } from 'node:fs/promises';
import { decodeGoText } from '@goradar/gomod';
import { GoradarError } from '../errors.js';

// ignoreBOM keeps a byte order mark in the text: go rejects it, so it must stay visible.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** bytesToGoText decodes file bytes so that positions count runes exactly as go does. */
export function bytesToGoText(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return decodeGoText(bytes);
  }
}

// V8 allocates strings above 128 KiB in its large-object space, some fifty times slower per byte
// than small ones; parts of at most this size stay below it.
const MAX_PART = 64 * 1024;

/**
 * bytesToGoTextParts decodes file bytes as bytesToGoText does, as consecutive parts of at most
 * about 64 KiB that each end at a newline (but the last): the form parseGoSumParts reads. A line
 * longer than a part stays whole.
 */
export function bytesToGoTextParts(bytes: Uint8Array): string[] {
  if (bytes.length <= MAX_PART) return [bytesToGoText(bytes)];
  const parts: string[] = [];
  let start = 0;
  while (start < bytes.length) {
    let end = start + MAX_PART >= bytes.length ? bytes.length : bytes.lastIndexOf(0x0a, start + MAX_PART - 1) + 1;
    if (end <= start) end = bytes.indexOf(0x0a, start + MAX_PART) + 1 || bytes.length;
    parts.push(bytesToGoText(bytes.subarray(start, end)));
    start = end;
  }
  return parts;
}

/** readGoText reads a file as go would see it; an unreadable file is ERR_IO. */
export async function readGoText(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new GoradarError('ERR_IO', `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, { cause: err });
  }
  return bytesToGoText(bytes);
}

/** readGoSumParts reads a go.sum file as bytesToGoTextParts parts; a file that cannot be read (absent, say) has none. */
export async function readGoSumParts(path: string): Promise<string[]> {
  const bytes = await readFile(path).catch(() => undefined);
  return bytes === undefined ? [] : bytesToGoTextParts(bytes);
}

/** ModFileKind is how a file is read: as go.mod, go.work or go.sum. */
export type ModFileKind = 'go.mod' | 'go.work' | 'go.sum';

/**
 * modFileKind decides by name: `*.sum` is a go.sum (go.sum, go.work.sum, vendor.sum), `*.work` a
 * go.work, anything else a go.mod (go.mod, vendor.mod, copies under other names).
 */
export function modFileKind(name: string): ModFileKind {
  if (name.endsWith('.sum')) return 'go.sum';
  if (name.endsWith('.work')) return 'go.work';
  return 'go.mod';
}
