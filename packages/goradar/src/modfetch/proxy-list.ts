/**
 * The GOPROXY list (https://go.dev/ref/mod#goproxy-protocol): entries separated by `,` (fall through
 * to the next entry only when the module is not found: 404/410) or `|` (fall through on any error);
 * `direct` and `off` end the list; host-like entries get `https://`.
 */
import { isAbsolute } from 'node:path';
import { GoradarError, redactCredentials } from '../errors.js';

/** ProxySpec is one entry of the list. noproxy stands for GONOPROXY's direct fetching. */
export type ProxySpec =
  | { kind: 'url'; url: string; fallBackOnError: boolean }
  | { kind: 'direct'; fallBackOnError: false }
  | { kind: 'off'; fallBackOnError: false }
  | { kind: 'noproxy'; fallBackOnError: false };

function invalid(message: string): GoradarError {
  return new GoradarError('ERR_GOPROXY_INVALID', message, { hint: 'set GOPROXY to a comma-separated list of https://, http:// or file:// URLs, "direct" or "off"' });
}

/** checkProxyUrl throws unless url is an http(s) URL or a file URL with only a path (as Go's newProxyRepo). */
export function checkProxyUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalid(`invalid proxy URL missing scheme: ${redactCredentials(url)}`);
  }
  const scheme = parsed.protocol.slice(0, -1);
  if (scheme === 'http' || scheme === 'https') return;
  if (scheme === 'file') {
    if (parsed.host !== '' || parsed.search !== '' || parsed.hash !== '' || parsed.username !== '') {
      throw invalid(`invalid file:// proxy URL with non-path elements: ${redactCredentials(url)}`);
    }
    return;
  }
  throw invalid(`invalid proxy URL scheme (must be https, http, file): ${redactCredentials(url)}`);
}

function normalizeEntry(entry: string): string {
  const looksLikeHost = /[.:/]/.test(entry) && !entry.includes(':/') && !isAbsolute(entry) && !entry.startsWith('/');
  return looksLikeHost ? `https://${entry}` : entry;
}

/**
 * parseProxyList turns GOPROXY (already defaulted) into proxy specs. With GONOPROXY set and GOPROXY
 * not exactly `direct`, a hidden first `noproxy` entry handles the private paths.
 */
export function parseProxyList(goproxy: string, gonoproxy = ''): ProxySpec[] {
  const list: ProxySpec[] = [];
  if (gonoproxy !== '' && goproxy !== 'direct') list.push({ kind: 'noproxy', fallBackOnError: false });
  let rest = goproxy;
  while (rest !== '') {
    const at = rest.search(/[,|]/);
    const raw = at < 0 ? rest : rest.slice(0, at);
    const fallBackOnError = at >= 0 && rest[at] === '|';
    rest = at < 0 ? '' : rest.slice(at + 1);
    const entry = raw.trim();
    if (entry === '') continue;
    if (entry === 'off' || entry === 'direct') {
      list.push({ kind: entry, fallBackOnError: false });
      break;
    }
    if (!/[.:/]/.test(entry)) throw invalid(`invalid proxy URL missing scheme: ${entry}`);
    const url = normalizeEntry(entry);
    checkProxyUrl(url);
    list.push({ kind: 'url', url, fallBackOnError });
  }
  if (list.length === 0 || (list.length === 1 && list[0]?.kind === 'noproxy')) {
    throw invalid('GOPROXY list is not the empty string, but contains no entries');
  }
  return list;
}
