/**
 * GOSUMDB: `off`, a known database name, or a verifier key, optionally followed by the database URL
 * (https://go.dev/ref/mod#checksum-database). `sum.golang.google.cn` is an alias of sum.golang.org.
 */
import { GoradarError } from '../errors.js';
import { newVerifier } from './note.js';

/** SUM_GOLANG_ORG_KEY is the verifier key of sum.golang.org, as cmd/go knows it. */
export const SUM_GOLANG_ORG_KEY = 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8';

/** SumdbConfig is a usable GOSUMDB: the key, the database name, and an explicit URL if given. */
export interface SumdbConfig {
  key: string;
  name: string;
  /** url bypasses proxies when GOSUMDB names one. */
  url?: string;
}

function invalid(message: string): GoradarError {
  return new GoradarError('ERR_GOSUMDB_INVALID', message, { hint: 'set GOSUMDB to "off", "sum.golang.org", or "<name>+<hash>+<key> [url]"' });
}

/** parseGosumdb returns the database GOSUMDB names, or undefined for `off`. */
export function parseGosumdb(gosumdb: string): SumdbConfig | undefined {
  if (gosumdb === 'off') return undefined;
  const value = gosumdb === 'sum.golang.google.cn' ? 'sum.golang.org https://sum.golang.google.cn' : gosumdb;
  const fields = value.split(/\s+/).filter(Boolean);
  if (fields.length === 0) throw invalid('missing GOSUMDB');
  if (fields.length > 2) throw invalid('invalid GOSUMDB: too many fields');
  const key = fields[0] === 'sum.golang.org' ? SUM_GOLANG_ORG_KEY : (fields[0] as string);
  let name: string;
  try {
    name = newVerifier(key).name;
  } catch (err) {
    throw invalid(`invalid GOSUMDB: ${(err as Error).message}`);
  }
  if (!/^[^/?#:@\s]+(\/[^?#\s]*[^/?#\s])?$/.test(name) || name.endsWith('/')) throw invalid(`invalid sumdb name (must be host[/path]): ${name}`);
  const url = fields[1];
  if (url !== undefined) {
    try {
      new URL(url);
    } catch (err) {
      throw invalid(`invalid GOSUMDB URL: ${(err as Error).message}`);
    }
  }
  return { key, name, url };
}
