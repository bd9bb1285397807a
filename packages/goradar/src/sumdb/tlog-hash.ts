/**
 * Hashing for the checksum database's transparency log: RFC 6962 record and interior-node hashes and
 * the "stored hash" numbering a log server uses to lay hashes out (https://research.swtch.com/tlog).
 * Tree sizes and indexes are JavaScript numbers: exact up to 2^53, far beyond any real log, and all
 * shifts are done arithmetically because `<<` and `>>` truncate to 32 bits.
 */
import { createHash } from 'node:crypto';

/** HASH_SIZE is the size in bytes of every log hash (SHA-256). */
export const HASH_SIZE = 32;

/** Hash is one 32-byte SHA-256 value of the log. */
export type Hash = Buffer;

/** EMPTY_TREE_HASH is the hash of a tree with no records: SHA-256 of the empty string. */
export const EMPTY_TREE_HASH: Hash = createHash('sha256').digest();

/** recordHash returns the leaf hash of a record: SHA-256(0x00 || data). */
export function recordHash(data: Uint8Array): Hash {
  return createHash('sha256').update(Buffer.of(0)).update(data).digest();
}

/** nodeHash returns the hash of an interior node: SHA-256(0x01 || left || right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Hash {
  return createHash('sha256').update(Buffer.of(1)).update(left).update(right).digest();
}

/** formatHash returns the standard base64 text of a hash (44 characters with padding). */
export function formatHash(hash: Uint8Array): string {
  return Buffer.from(hash).toString('base64');
}

/** parseHash decodes the base64 text of a hash; it throws `malformed hash` on anything else. */
export function parseHash(text: string): Hash {
  const data = decodeBase64Strict(text);
  if (data === undefined || data.length !== HASH_SIZE) throw new Error('malformed hash');
  return data;
}

/**
 * decodeBase64Strict decodes standard, padded base64 and returns undefined for anything Go's
 * base64.StdEncoding would reject (Node's decoder silently skips bad characters).
 */
export function decodeBase64Strict(text: string): Buffer | undefined {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  const data = Buffer.from(text, 'base64');
  // Non-canonical trailing bits would still decode; re-encoding must give the same text.
  return data.toString('base64') === text ? data : undefined;
}

/** shiftLeft returns n·2^k without 32-bit truncation. */
export function shiftLeft(n: number, k: number): number {
  return n * 2 ** k;
}

/** shiftRight returns ⌊n / 2^k⌋ without 32-bit truncation. */
export function shiftRight(n: number, k: number): number {
  return Math.floor(n / 2 ** k);
}

/** trailingOnes counts the 1 bits at the bottom of a non-negative n. */
export function trailingOnes(n: number): number {
  let count = 0;
  for (let x = n; x % 2 === 1; x = (x - 1) / 2) count++;
  return count;
}

/** trailingZeros counts the 0 bits at the bottom of a positive n (64 for zero, as Go's bits package). */
export function trailingZeros(n: number): number {
  if (n === 0) return 64;
  let count = 0;
  for (let x = n; x % 2 === 0; x /= 2) count++;
  return count;
}

/**
 * storedHashIndex maps the hash at (level, n) to its position in the stored-hash sequence: record n's
 * leaf hash is followed by one hash for every complete subtree that record closes.
 */
export function storedHashIndex(level: number, n: number): number {
  let x = n;
  for (let l = level; l > 0; l--) x = 2 * x + 1;
  let index = 0;
  for (; x > 0; x = shiftRight(x, 1)) index += x;
  return index + level;
}

/** splitStoredHashIndex is the inverse of storedHashIndex. */
export function splitStoredHashIndex(index: number): { level: number; n: number } {
  let n = Math.floor(index / 2);
  let indexN = storedHashIndex(0, n);
  if (indexN > index) throw new Error('tlog: bad math in splitStoredHashIndex');
  for (;;) {
    const next = indexN + 1 + trailingZeros(n + 1);
    if (next > index) break;
    n++;
    indexN = next;
  }
  const level = index - indexN;
  return { level, n: shiftRight(n, level) };
}

/** storedHashCount returns how many hashes a log of n records stores. */
export function storedHashCount(n: number): number {
  if (n === 0) return 0;
  return storedHashIndex(0, n - 1) + 1 + trailingOnes(n - 1);
}

/** HashReader returns the stored hashes at the given indexes, in order. */
export interface HashReader {
  readHashes(indexes: readonly number[]): Promise<Hash[]>;
}

/**
 * storedHashesForRecord returns the hashes a log appends when it stores record n with leaf hash h:
 * the leaf hash and the root of every subtree the record completes. reader supplies earlier hashes.
 */
export async function storedHashesForRecord(n: number, leaf: Hash, reader: HashReader): Promise<Hash[]> {
  const hashes = [leaf];
  const m = trailingZeros(n + 1);
  const indexes: number[] = [];
  for (let i = m - 1; i >= 0; i--) indexes.push(storedHashIndex(i, shiftRight(n, i) - 1));
  const old = await reader.readHashes(indexes);
  if (old.length !== indexes.length) throw new Error(`tlog: readHashes(${indexes.length} indexes) = ${old.length} hashes`);
  let h = leaf;
  for (let i = 0; i < m; i++) {
    h = nodeHash(old[m - 1 - i] as Hash, h);
    hashes.push(h);
  }
  return hashes;
}
