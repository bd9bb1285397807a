/**
 * The checksum database's text formats: the signed tree description (`go.sum database tree`) and the
 * records served by `/lookup` (https://go.dev/ref/mod#checksum-database).
 */
import { decodeBase64Strict, formatHash, HASH_SIZE, type Hash } from './tlog-hash.js';
import type { Tree } from './tile-hash-reader.js';

const TREE_PREFIX = 'go.sum database tree\n';

/** MALFORMED_TREE and MALFORMED_RECORD are the parse errors of trees and records. */
export const MALFORMED_TREE = 'malformed tree note';
export const MALFORMED_RECORD = 'malformed record data';

/** formatTree returns the text of a tree description, as signed in a tree note. */
export function formatTree(tree: Tree): string {
  return `${TREE_PREFIX}${tree.N}\n${formatHash(tree.hash)}\n`;
}

/** parseTree parses a tree description; lines after the hash are ignored for forward compatibility. */
export function parseTree(text: string): Tree {
  if (!text.startsWith(TREE_PREFIX) || countNewlines(text) < 3 || text.length > 1e6) throw new Error(MALFORMED_TREE);
  const lines = text.split('\n');
  const sizeText = lines[1] as string;
  if (!/^(0|[1-9]\d*)$/.test(sizeText) || !Number.isSafeInteger(Number(sizeText))) throw new Error(MALFORMED_TREE);
  const hash = decodeBase64Strict(lines[2] as string);
  if (hash === undefined || hash.length !== HASH_SIZE) throw new Error(MALFORMED_TREE);
  return { N: Number(sizeText), hash: hash as Hash };
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/**
 * isValidRecordText reports whether text may be a log record: valid UTF-8, no control characters
 * but newline, no blank line, ending in a newline.
 */
export function isValidRecordText(text: Uint8Array): boolean {
  const decoded = decodeUtf8(text);
  if (decoded === undefined || !decoded.endsWith('\n')) return false;
  let last = '';
  for (const ch of decoded) {
    const cp = ch.codePointAt(0) as number;
    if ((cp < 0x20 && ch !== '\n') || (last === '\n' && ch === '\n')) return false;
    last = ch;
  }
  return true;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** decodeUtf8 decodes valid UTF-8 and returns undefined for anything else. */
export function decodeUtf8(data: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(data);
  } catch {
    return undefined;
  }
}

/** formatRecord returns the `/lookup`-style message for record id with the given text. */
export function formatRecord(id: number, text: Uint8Array): Buffer {
  if (!isValidRecordText(text)) throw new Error(MALFORMED_RECORD);
  return Buffer.concat([Buffer.from(`${id}\n`), text, Buffer.from('\n')]);
}

/** ParsedRecord is a `/lookup` response split into record id, record text and what follows (the tree note). */
export interface ParsedRecord {
  id: number;
  text: Buffer;
  rest: Buffer;
}

/** parseRecord splits a `/lookup` response; anything else is `malformed record data`. */
export function parseRecord(msg: Buffer): ParsedRecord {
  const nl = msg.indexOf(0x0a);
  if (nl < 0) throw new Error(MALFORMED_RECORD);
  const idText = msg.subarray(0, nl).toString('latin1');
  if (!/^[+-]?\d+$/.test(idText) || !Number.isSafeInteger(Number(idText))) throw new Error(MALFORMED_RECORD);
  const body = msg.subarray(nl + 1);
  const split = body.indexOf('\n\n');
  if (split < 0) throw new Error(MALFORMED_RECORD);
  const text = body.subarray(0, split + 1);
  if (!isValidRecordText(text)) throw new Error(MALFORMED_RECORD);
  return { id: Number(idText), text, rest: body.subarray(split + 2) };
}
