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
