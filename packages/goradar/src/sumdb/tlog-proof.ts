/**
 * Tree hashes and RFC 6962 proofs over a transparency log whose hashes come from a HashReader:
 * the hash of the first n records, inclusion ("record") proofs and consistency ("tree") proofs.
 */
import { EMPTY_TREE_HASH, nodeHash, storedHashIndex, type Hash, type HashReader } from './tlog-hash.js';

/** maxPow2 returns the largest power of two k < n (for n ≥ 2) with its exponent; 1 for n ≤ 2. */
export function maxPow2(n: number): { k: number; level: number } {
  let level = 0;
  while (2 ** (level + 1) < n) level++;
  return { k: 2 ** level, level };
}

/** subTreeIndex appends the stored-hash indexes whose hashes combine into the hash of records [lo, hi). */
export function subTreeIndex(lo: number, hi: number, need: number[] = []): number[] {
  let start = lo;
  while (start < hi) {
    const { k, level } = maxPow2(hi - start + 1);
    if (start % k !== 0) throw new Error('tlog: bad math in subTreeIndex');
    need.push(storedHashIndex(level, start / k));
    start += k;
  }
  return need;
}

/** subTreeHash combines the hashes listed by subTreeIndex(lo, hi) and returns the rest of hashes. */
export function subTreeHash(lo: number, hi: number, hashes: Hash[]): [Hash, Hash[]] {
  let count = 0;
  for (let start = lo; start < hi; start += maxPow2(hi - start + 1).k) count++;
  if (hashes.length < count || count === 0) throw new Error('tlog: bad index math in subTreeHash');
  let h = hashes[count - 1] as Hash;
  for (let i = count - 2; i >= 0; i--) h = nodeHash(hashes[i] as Hash, h);
  return [h, hashes.slice(count)];
}

/** treeHash returns the root hash of the log's first n records. */
export async function treeHash(n: number, reader: HashReader): Promise<Hash> {
  if (n === 0) return EMPTY_TREE_HASH;
  const indexes = subTreeIndex(0, n);
  const hashes = await reader.readHashes(indexes);
  if (hashes.length !== indexes.length) throw new Error(`tlog: readHashes(${indexes.length} indexes) = ${hashes.length} hashes`);
  return subTreeHash(0, n, hashes)[0];
}

/** PROOF_FAILED is the message of every failed proof check. */
export const PROOF_FAILED = 'invalid transparency proof';

function leafProofIndex(lo: number, hi: number, n: number, need: number[]): number[] {
  if (lo + 1 === hi) return need;
  const { k } = maxPow2(hi - lo);
  if (n < lo + k) {
    leafProofIndex(lo, lo + k, n, need);
    return subTreeIndex(lo + k, hi, need);
  }
  subTreeIndex(lo, lo + k, need);
  return leafProofIndex(lo + k, hi, n, need);
}

function leafProof(lo: number, hi: number, n: number, hashes: Hash[]): [Hash[], Hash[]] {
  if (lo + 1 === hi) return [[], hashes];
  const { k } = maxPow2(hi - lo);
  let proof: Hash[];
  let sibling: Hash;
  let rest = hashes;
  if (n < lo + k) {
    [proof, rest] = leafProof(lo, lo + k, n, rest);
    [sibling, rest] = subTreeHash(lo + k, hi, rest);
  } else {
    [sibling, rest] = subTreeHash(lo, lo + k, rest);
    [proof, rest] = leafProof(lo + k, hi, n, rest);
  }
  return [[...proof, sibling], rest];
}

/** proveRecord returns the inclusion proof of record n in the tree of the first t records, leaf first. */
export async function proveRecord(t: number, n: number, reader: HashReader): Promise<Hash[]> {
  if (t < 0 || n < 0 || n >= t) throw new Error('tlog: invalid inputs in proveRecord');
  const indexes = leafProofIndex(0, t, n, []);
  if (indexes.length === 0) return [];
  const hashes = await reader.readHashes(indexes);
  if (hashes.length !== indexes.length) throw new Error(`tlog: readHashes(${indexes.length} indexes) = ${hashes.length} hashes`);
  return leafProof(0, t, n, hashes)[0];
}

function runRecordProof(proof: readonly Hash[], range: [number, number], n: number, leaf: Hash): Hash {
  const [lo, hi] = range;
  if (lo + 1 === hi) {
    if (proof.length !== 0) throw new Error(PROOF_FAILED);
    return leaf;
  }
  if (proof.length === 0) throw new Error(PROOF_FAILED);
  const { k } = maxPow2(hi - lo);
  const last = proof[proof.length - 1] as Hash;
  const inner = proof.slice(0, -1);
  if (n < lo + k) return nodeHash(runRecordProof(inner, [lo, lo + k], n, leaf), last);
  return nodeHash(last, runRecordProof(inner, [lo + k, hi], n, leaf));
}

/** checkRecord verifies that proof shows leaf hash h at index n in the tree of t records with root th. */
export function checkRecord(proof: readonly Hash[], t: number, th: Hash, n: number, h: Hash): void {
  if (t < 0 || n < 0 || n >= t) throw new Error('tlog: invalid inputs in checkRecord');
  if (!runRecordProof(proof, [0, t], n, h).equals(th)) throw new Error(PROOF_FAILED);
}

function treeProofIndex(lo: number, hi: number, n: number, need: number[]): number[] {
  if (n === hi) return lo === 0 ? need : subTreeIndex(lo, hi, need);
  const { k } = maxPow2(hi - lo);
  if (n <= lo + k) {
    treeProofIndex(lo, lo + k, n, need);
    return subTreeIndex(lo + k, hi, need);
  }
  subTreeIndex(lo, lo + k, need);
  return treeProofIndex(lo + k, hi, n, need);
}

function treeProof(lo: number, hi: number, n: number, hashes: Hash[]): [Hash[], Hash[]] {
  if (n === hi) {
    if (lo === 0) return [[], hashes];
    const [h, rest] = subTreeHash(lo, hi, hashes);
    return [[h], rest];
  }
  const { k } = maxPow2(hi - lo);
  let proof: Hash[];
  let sibling: Hash;
  let rest = hashes;
  if (n <= lo + k) {
    [proof, rest] = treeProof(lo, lo + k, n, rest);
    [sibling, rest] = subTreeHash(lo + k, hi, rest);
  } else {
    [sibling, rest] = subTreeHash(lo, lo + k, rest);
    [proof, rest] = treeProof(lo + k, hi, n, rest);
  }
  return [[...proof, sibling], rest];
}

/** proveTree returns the proof that the tree of n records is a prefix of the tree of t records. */
export async function proveTree(t: number, n: number, reader: HashReader): Promise<Hash[]> {
  if (t < 1 || n < 1 || n > t) throw new Error('tlog: invalid inputs in proveTree');
  const indexes = treeProofIndex(0, t, n, []);
  if (indexes.length === 0) return [];
  const hashes = await reader.readHashes(indexes);
  if (hashes.length !== indexes.length) throw new Error(`tlog: readHashes(${indexes.length} indexes) = ${hashes.length} hashes`);
  return treeProof(0, t, n, hashes)[0];
}

function runTreeProof(proof: readonly Hash[], range: [number, number], n: number, old: Hash): [Hash, Hash] {
  const [lo, hi] = range;
  if (n === hi) {
    if (lo === 0) {
      if (proof.length !== 0) throw new Error(PROOF_FAILED);
      return [old, old];
    }
    if (proof.length !== 1) throw new Error(PROOF_FAILED);
    return [proof[0] as Hash, proof[0] as Hash];
  }
  if (proof.length === 0) throw new Error(PROOF_FAILED);
  const { k } = maxPow2(hi - lo);
  const last = proof[proof.length - 1] as Hash;
  const inner = proof.slice(0, -1);
  if (n <= lo + k) {
    const [oh, th] = runTreeProof(inner, [lo, lo + k], n, old);
    return [oh, nodeHash(th, last)];
  }
  const [oh, th] = runTreeProof(inner, [lo + k, hi], n, old);
  return [nodeHash(last, oh), nodeHash(last, th)];
}

/** checkTree verifies that proof shows the tree (n, h) is a prefix of the tree (t, th). */
export function checkTree(proof: readonly Hash[], t: number, th: Hash, n: number, h: Hash): void {
  if (t < 1 || n < 1 || n > t) throw new Error('tlog: invalid inputs in checkTree');
  const [h2, th2] = runTreeProof(proof, [0, t], n, h);
  if (!h2.equals(h) || !th2.equals(th)) throw new Error(PROOF_FAILED);
}
