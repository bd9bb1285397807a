/**
 * Turning file bytes into scannable text: a quick binary sniff, UTF-8 decoding, and the errors Go
 * reports wherever the offending character stands (NUL, invalid UTF-8, a byte order mark after the
 * start). Those are found once with native searches so the scanner's loops stay lean.
 */

/** SNIFF_BYTES is how much of a file is examined to call it binary (as git does: 8000 bytes). */
export const SNIFF_BYTES = 8000;

/** MAX_SOURCE_BYTES bounds what is decoded: larger inputs are reported, not scanned (V8's string limit is near 512 MiB). */
export const MAX_SOURCE_BYTES = 256 * 1024 * 1024;

/** CharError is a character-level error Go reports at a text index (NUL, invalid UTF-8, misplaced BOM). */
export interface CharError {
  index: number;
  message: string;
}

/** NonGoReason says why bytes were not treated as Go source at all. */
export type NonGoReason = 'binary' | 'utf16' | 'too-large';

/** DecodedSource is text ready for the scanner, or the reason it is not Go source. */
export type DecodedSource =
  | { kind: 'text'; text: string; ascii: boolean; charErrors: CharError[] }
  | { kind: 'non-go'; reason: NonGoReason; message: string };

interface Utf8Decoder {
  decode(input: Uint8Array): string;
}
type DecoderConstructor = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Utf8Decoder;

let strictDecoder: Utf8Decoder | undefined;
let lenientDecoder: Utf8Decoder | undefined;

function decoders(): { strict: Utf8Decoder; lenient: Utf8Decoder } {
  if (!strictDecoder || !lenientDecoder) {
    const Ctor = (globalThis as unknown as { TextDecoder?: DecoderConstructor }).TextDecoder;
    if (!Ctor) throw new Error('gosrc: this JavaScript runtime has no TextDecoder');
    strictDecoder = new Ctor('utf-8', { fatal: true, ignoreBOM: true });
    lenientDecoder = new Ctor('utf-8', { fatal: false, ignoreBOM: true });
  }
  return { strict: strictDecoder, lenient: lenientDecoder };
}

/**
 * utf8SequenceLength returns the length of the valid UTF-8 sequence starting at bytes[i], or 0 if
 * the bytes there are not valid UTF-8 (overlong forms, surrogates and values past U+10FFFF included).
 */
export function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] as number;
  if (b0 < 0x80) return 1;
  const n = bytes.length;
  const cont = (k: number): boolean => k < n && ((bytes[k] as number) & 0xc0) === 0x80;
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(i + 1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const b1 = bytes[i + 1] ?? 0;
    if (!cont(i + 1) || !cont(i + 2)) return 0;
    if (b0 === 0xe0 && b1 < 0xa0) return 0;
    if (b0 === 0xed && b1 >= 0xa0) return 0;
    return 3;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const b1 = bytes[i + 1] ?? 0;
    if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
    if (b0 === 0xf0 && b1 < 0x90) return 0;
    if (b0 === 0xf4 && b1 >= 0x90) return 0;
    return 4;
  }
  return 0;
}

/** firstInvalidUtf8 returns the byte offset of the first invalid UTF-8 sequence in bytes[from:to), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0, to = bytes.length): number {
  for (let i = from; i < to; ) {
    if ((bytes[i] as number) < 0x80) {
      i++;
      continue;
    }
    const w = utf8SequenceLength(bytes, i);
    if (w === 0) return i;
    i += w;
  }
  return -1;
}

function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let invalid = 0;
  for (let i = 0; i < end; ) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 0x80) {
      i++;
      continue;
    }
    const w = utf8SequenceLength(bytes, i);
    if (w === 0) {
      // A sequence cut by the sniff window is not evidence of binary content.
      if (i + 4 < end) invalid++;
      i++;
    } else i += w;
  }
  // Text in a legacy 8-bit encoding has a few stray bytes; machine code and images have many.
  return invalid > 16 && invalid * 50 > end;
}

/**
 * decodeSource classifies bytes (binary, UTF-16, too large) and decodes Go source text. It never
 * throws on bad input: invalid UTF-8 is replaced and reported as a CharError where it stands.
 */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  if (bytes.length > MAX_SOURCE_BYTES) {
    return { kind: 'non-go', reason: 'too-large', message: `file too large to scan (${bytes.length} bytes)` };
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { kind: 'non-go', reason: 'utf16', message: 'illegal UTF-8 encoding (got UTF-16)' };
  }
  if (looksBinary(bytes)) return { kind: 'non-go', reason: 'binary', message: 'binary file (NUL bytes or invalid UTF-8)' };
  const { strict, lenient } = decoders();
  const charErrors: CharError[] = [];
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    text = lenient.decode(bytes);
    const bad = firstInvalidUtf8(bytes);
    const index = bad <= 0 ? 0 : lenient.decode(bytes.subarray(0, bad)).length;
    charErrors.push({ index, message: 'illegal UTF-8 encoding' });
  }
  charErrors.push(...textCharErrors(text));
  charErrors.sort((a, b) => a.index - b.index);
  return { kind: 'text', text, ascii: text.length === bytes.length, charErrors };
}

/** textCharErrors finds the first NUL and the first byte order mark past the start of text. */
export function textCharErrors(text: string): CharError[] {
  const found: CharError[] = [];
  const nul = text.indexOf('\0');
  if (nul >= 0) found.push({ index: nul, message: 'illegal character NUL' });
  const bom = text.indexOf('\uFEFF', 1);
  if (bom >= 0) found.push({ index: bom, message: 'illegal byte order mark' });
  return found.sort((a, b) => a.index - b.index);
}
