/**
 * goradar's answer for a go.mod / go.work input, in the same shape as the go command's, and the
 * comparison of the two. Normalisation (documented here, and nothing else is normalised):
 * - go prints errors as `go: errors parsing FILE:\n<list>` (go.work: a second `errors parsing
 *   go.work:` line follows); goradar's library returns the list itself, so only that wrapper is
 *   removed from go's stderr, and its trailing newline.
 * - Inputs are judged in a scratch directory under their base name, so no temporary path appears
 *   in either output.
 * Output bytes are compared exactly: goradar's strings are encoded with encodeGoText, which writes
 * invalid input bytes back as the bytes they were.
 */
import {
  decodeGoText,
  encodeGoText,
  formatGoMod,
  formatGoWork,
  parseGoMod,
  parseGoWork,
  stringifyGoJson,
  toGoModJson,
  toGoWorkJson,
} from '../../packages/gomod/src/modfile/index.js';
import { isWorkFile, type GoVerdict, type ModfileInput } from './modfile-oracle.js';

/** GoradarVerdict is goradar's answer in go's terms (all strings hold bytes as latin1). */
export interface GoradarVerdict {
  ok: boolean;
  json: string;
  errors: string;
  formatted: string;
}

function bytesOf(text: string): string {
  return Buffer.from(encodeGoText(text)).toString('latin1');
}

/** goradarVerdict parses input as goradar does and renders JSON, -fmt output or the error list. */
export function goradarVerdict(input: ModfileInput): GoradarVerdict {
  const text = decodeGoText(input.bytes);
  if (isWorkFile(input.name)) {
    const r = parseGoWork(input.name, text);
    if (!r.ok) return { ok: false, json: '', errors: bytesOf(r.errors.message), formatted: '' };
    return { ok: true, json: bytesOf(stringifyGoJson(toGoWorkJson(r.value))), errors: '', formatted: bytesOf(formatGoWork(r.value)) };
  }
  const r = parseGoMod(input.name, text);
  if (!r.ok) return { ok: false, json: '', errors: bytesOf(r.errors.message), formatted: '' };
  return { ok: true, json: bytesOf(stringifyGoJson(toGoModJson(r.value))), errors: '', formatted: bytesOf(formatGoMod(r.value)) };
}

/** goErrorList strips go's `errors parsing` wrapper (and the `go: ` prefix) from its stderr. */
export function goErrorList(name: string, stderr: string): string {
  let s = stderr.replace(/\n$/, '');
  const wrapper = `go: errors parsing ${name}:\n`;
  if (s.startsWith(wrapper)) s = s.slice(wrapper.length);
  const inner = `errors parsing ${name}:\n`;
  if (isWorkFile(name) && s.startsWith(inner)) s = s.slice(inner.length);
  return s;
}

/** compareVerdicts returns undefined when goradar agrees with go, else a short description. */
export function compareVerdicts(input: ModfileInput, go: GoVerdict, mine: GoradarVerdict): string | undefined {
  if (go.status !== 0) {
    if (mine.ok) return `${input.label}: go rejects (${show(goErrorList(input.name, go.stderr))}), goradar accepts`;
    const want = goErrorList(input.name, go.stderr);
    return want === mine.errors ? undefined : `${input.label}: errors differ\n      go:      ${show(want)}\n      goradar: ${show(mine.errors)}`;
  }
  if (!mine.ok) return `${input.label}: go accepts, goradar rejects (${show(mine.errors)})`;
  if (go.json !== mine.json) return `${input.label}: JSON differs\n      go:      ${show(go.json)}\n      goradar: ${show(mine.json)}`;
  const goFmt = Buffer.from(go.formatted ?? new Uint8Array()).toString('latin1');
  if (goFmt !== mine.formatted) return `${input.label}: -fmt output differs\n      go:      ${show(goFmt)}\n      goradar: ${show(mine.formatted)}`;
  return undefined;
}

function show(s: string): string {
  const text = JSON.stringify(s);
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}
