/**
 * Signed notes (golang.org/x/mod/sumdb/note): text signed by one or more Ed25519 keys, as served by a
 * checksum database for its tree heads. Keys use Go's text forms `<name>+<hash>+<base64 key>` and
 * `PRIVATE+KEY+<name>+<hash>+<base64 seed>`.
 */
import { createHash, createPrivateKey, createPublicKey, sign as ed25519Sign, verify as ed25519Verify, type KeyObject } from 'node:crypto';
import { decodeBase64Strict } from './tlog-hash.js';
import { decodeUtf8 } from './tree-note.js';

const ALG_ED25519 = 1;

/** Verifier checks signatures of one key. */
export interface Verifier {
  readonly name: string;
  readonly keyHash: number;
  verify(msg: Uint8Array, sig: Uint8Array): boolean;
}

/** Signer signs with one key. */
export interface Signer {
  readonly name: string;
  readonly keyHash: number;
  sign(msg: Uint8Array): Buffer;
}

/** NoteSignature is one signature line of a note. */
export interface NoteSignature {
  name: string;
  hash: number;
  base64: string;
}

/** Note is an opened note: its text and its verified and unverified signatures. */
export interface Note {
  text: string;
  sigs: NoteSignature[];
  unverifiedSigs: NoteSignature[];
}

/** NoteError is a failure to read a key or open a note; message is Go's error text. */
export class NoteError extends Error {
  /** note is the parsed note when the only problem is that no signature could be verified. */
  readonly note: Note | undefined;
  constructor(message: string, note?: Note) {
    super(message);
    this.name = 'NoteError';
    this.note = note;
  }
}

/** isValidKeyName reports whether name may name a key: non-empty, no whitespace, no `+`. */
export function isValidKeyName(name: string): boolean {
  return name !== '' && !goSpace.test(name) && !name.includes('+');
}

// unicode.IsSpace: the ASCII spaces, U+0085, U+00A0 and the Unicode space separators (Z*).
const goSpace = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/** computeKeyHash returns the first four bytes (big-endian) of SHA-256(name + "\n" + key). */
export function computeKeyHash(name: string, key: Uint8Array): number {
  return createHash('sha256').update(name).update('\n').update(key).digest().readUInt32BE(0);
}

function hex8(n: number): string {
  return n.toString(16).padStart(8, '0');
}

function splitKey(text: string, parts: number): string[] {
  const out: string[] = [];
  let rest = text;
  for (let i = 0; i < parts - 1; i++) {
    const at = rest.indexOf('+');
    out.push(at < 0 ? rest : rest.slice(0, at));
    rest = at < 0 ? '' : rest.slice(at + 1);
  }
  out.push(rest);
  return out;
}

function parseKeyHash(hash16: string): number | undefined {
  return /^[0-9a-fA-F]{8}$/.test(hash16) ? parseInt(hash16, 16) : undefined;
}

function publicKeyObject(raw: Uint8Array): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') }, format: 'jwk' });
}

const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

function privateKeyObject(seed: Uint8Array): KeyObject {
  return createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

/** newVerifier parses a verifier key `<name>+<hash>+<base64(0x01 || 32-byte Ed25519 key)>`. */
export function newVerifier(vkey: string): Verifier {
  const [name = '', hash16 = '', key64 = ''] = splitKey(vkey, 3);
  const hash = parseKeyHash(hash16);
  const key = decodeBase64Strict(key64);
  if (hash === undefined || key === undefined || key.length === 0 || !isValidKeyName(name)) throw new NoteError('malformed verifier id');
  if (hash !== computeKeyHash(name, key)) throw new NoteError('invalid verifier hash');
  if (key[0] !== ALG_ED25519) throw new NoteError('unknown verifier algorithm');
  if (key.length !== 33) throw new NoteError('malformed verifier id');
  const publicKey = publicKeyObject(key.subarray(1));
  return { name, keyHash: hash, verify: (msg, sig) => sig.length === 64 && ed25519Verify(null, msg, publicKey, sig) };
}

/** newSigner parses a signer key `PRIVATE+KEY+<name>+<hash>+<base64(0x01 || 32-byte seed)>`. */
export function newSigner(skey: string): Signer {
  const [priv1, priv2, name = '', hash16 = '', key64 = ''] = splitKey(skey, 5);
  const hash = parseKeyHash(hash16);
  const key = decodeBase64Strict(key64);
  if (priv1 !== 'PRIVATE' || priv2 !== 'KEY' || hash === undefined || key === undefined || key.length === 0 || !isValidKeyName(name)) {
    throw new NoteError('malformed verifier id');
  }
  if (key[0] !== ALG_ED25519) throw new NoteError('unknown verifier algorithm');
  if (key.length !== 33) throw new NoteError('malformed verifier id');
  const privateKey = privateKeyObject(key.subarray(1));
  const publicRaw = Buffer.from(createPublicKey(privateKey).export({ format: 'jwk' }).x as string, 'base64url');
  if (hash !== computeKeyHash(name, Buffer.concat([Buffer.of(ALG_ED25519), publicRaw]))) throw new NoteError('invalid verifier hash');
  return { name, keyHash: hash, sign: (msg) => ed25519Sign(null, msg, privateKey) };
}

/** generateKey returns a fresh signer key and its verifier key for name. */
export function generateKey(name: string, seed: Uint8Array): { skey: string; vkey: string } {
  const privateKey = privateKeyObject(seed);
  const pub = Buffer.concat([Buffer.of(ALG_ED25519), Buffer.from(createPublicKey(privateKey).export({ format: 'jwk' }).x as string, 'base64url')]);
  const hash = hex8(computeKeyHash(name, pub));
  const priv = Buffer.concat([Buffer.of(ALG_ED25519), seed]).toString('base64');
  return { skey: `PRIVATE+KEY+${name}+${hash}+${priv}`, vkey: `${name}+${hash}+${pub.toString('base64')}` };
}

/** formatKeyId prints a key's identity as Go does in errors: `<name>+<8 hex digits>`. */
export function formatKeyId(name: string, hash: number): string {
  return `${name}+${hex8(hash)}`;
}

/** Verifiers finds the verifier for a (name, key hash) pair. */
export type Verifiers = readonly Verifier[];

const SIG_PREFIX = '— ';

function checkNoteBytes(msg: Buffer): string {
  const text = decodeUtf8(msg);
  if (text === undefined) throw new NoteError('malformed note');
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x0a) throw new NoteError('malformed note');
  }
  return text;
}

function parseSignatureLine(line: string): { name: string; b64: string; hash: number; sig: Buffer } {
  if (!line.startsWith(SIG_PREFIX)) throw new NoteError('malformed note');
  const rest = line.slice(SIG_PREFIX.length);
  const space = rest.indexOf(' ');
  const name = space < 0 ? rest : rest.slice(0, space);
  const b64 = space < 0 ? '' : rest.slice(space + 1);
  const raw = decodeBase64Strict(b64);
  if (raw === undefined || !isValidKeyName(name) || b64 === '' || raw.length < 5) throw new NoteError('malformed note');
  return { name, b64, hash: raw.readUInt32BE(0), sig: raw.subarray(4) };
}

function findVerifier(known: Verifiers, name: string, hash: number): Verifier | undefined {
  const matches = known.filter((v) => v.name === name && v.keyHash === hash);
  if (matches.length > 1) throw new NoteError(`ambiguous key ${formatKeyId(name, hash)}`);
  return matches[0];
}

/**
 * openNote checks the signatures of a signed note against the known verifiers. Unknown keys are kept
 * as unverified; a bad signature from a known key is an error; a note no known key signed fails with
 * `note has no verifiable signatures` (the error carries the parsed note).
 */
export function openNote(msg: Buffer, known: Verifiers): Note {
  const whole = checkNoteBytes(msg);
  const split = whole.lastIndexOf('\n\n');
  if (split < 0) throw new NoteError('malformed note');
  const text = whole.slice(0, split + 1);
  let sigs = whole.slice(split + 2);
  if (sigs.length === 0 || !sigs.endsWith('\n')) throw new NoteError('malformed note');
  const note: Note = { text, sigs: [], unverifiedSigs: [] };
  const seen = new Set<string>();
  const seenUnverified = new Set<string>();
  const textBytes = Buffer.from(text);
  let count = 0;
  while (sigs.length > 0) {
    const nl = sigs.indexOf('\n');
    const line = sigs.slice(0, nl);
    sigs = sigs.slice(nl + 1);
    const { name, b64, hash, sig } = parseSignatureLine(line);
    if (++count > 100) throw new NoteError('malformed note');
    const verifier = findVerifier(known, name, hash);
    if (verifier === undefined) {
      if (!seenUnverified.has(line)) note.unverifiedSigs.push({ name, hash, base64: b64 });
      seenUnverified.add(line);
      continue;
    }
    const id = formatKeyId(name, hash);
    if (seen.has(id)) continue;
    seen.add(id);
    if (!verifier.verify(textBytes, sig)) throw new NoteError(`invalid signature for key ${id}`);
    note.sigs.push({ name, hash, base64: b64 });
  }
  if (note.sigs.length === 0) throw new NoteError('note has no verifiable signatures', note);
  return note;
}

/** signNote signs note.text with each signer, keeping the note's other signatures before the new ones. */
export function signNote(note: Pick<Note, 'text'> & Partial<Note>, signers: readonly Signer[]): Buffer {
  if (!note.text.endsWith('\n')) throw new NoteError('malformed note');
  const text = Buffer.from(note.text);
  const have = new Set(signers.map((s) => formatKeyId(s.name, s.keyHash)));
  const fresh = signers.map((s) => {
    if (!isValidKeyName(s.name)) throw new NoteError('invalid signer');
    const head = Buffer.alloc(4);
    head.writeUInt32BE(s.keyHash >>> 0);
    return `${SIG_PREFIX}${s.name} ${Buffer.concat([head, s.sign(text)]).toString('base64')}\n`;
  });
  const kept: string[] = [];
  for (const sig of [...(note.sigs ?? []), ...(note.unverifiedSigs ?? [])]) {
    if (!isValidKeyName(sig.name)) throw new NoteError('malformed note');
    if (have.has(formatKeyId(sig.name, sig.hash))) continue;
    const raw = decodeBase64Strict(sig.base64);
    if (raw === undefined || raw.length < 4 || raw.readUInt32BE(0) !== sig.hash) throw new NoteError('malformed note');
    kept.push(`${SIG_PREFIX}${sig.name} ${sig.base64}\n`);
  }
  return Buffer.from(`${note.text}\n${kept.join('')}${fresh.join('')}`);
}
