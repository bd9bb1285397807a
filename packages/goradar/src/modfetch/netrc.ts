/**
 * `.netrc` credentials for private proxies, read as the go command reads them ($NETRC, else
 * ~/.netrc or %USERPROFILE%/_netrc). Credentials only ever go into Authorization headers.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Environment } from './go-env.js';

/** NetrcEntry is one complete machine/login/password triple. */
export interface NetrcEntry {
  machine: string;
  login: string;
  password: string;
}

/** parseNetrc returns the complete entries of a .netrc text; macros are skipped, `default` ends it. */
export function parseNetrc(text: string): NetrcEntry[] {
  const out: NetrcEntry[] = [];
  let current: Partial<NetrcEntry> = {};
  let inMacro = false;
  for (const line of text.split('\n')) {
    if (inMacro) {
      if (line === '') inMacro = false;
      continue;
    }
    const f = line.split(/\s+/).filter(Boolean);
    let i = 0;
    for (; i < f.length - 1; i += 2) {
      const [key, value] = [f[i], f[i + 1] as string];
      if (key === 'machine') current = { machine: value };
      else if (key === 'login') current.login = value;
      else if (key === 'password') current.password = value;
      else if (key === 'macdef') inMacro = true;
      if (current.machine && current.login && current.password) {
        out.push(current as NetrcEntry);
        current = {};
      }
    }
    if (i < f.length && f[i] === 'default') break;
  }
  return out;
}

/** netrcPath returns the .netrc file the go command would read. */
export function netrcPath(env: Environment): string {
  if (env.NETRC) return env.NETRC;
  if (process.platform === 'win32') return env.USERPROFILE ? join(env.USERPROFILE, '_netrc') : '';
  return env.HOME ? join(env.HOME, '.netrc') : '';
}

/** loadNetrc reads the .netrc file for env; a missing or unreadable file means no credentials. */
export async function loadNetrc(env: Environment): Promise<NetrcEntry[]> {
  const file = netrcPath(env);
  if (!file) return [];
  return parseNetrc(await readFile(file, 'utf8').catch(() => ''));
}

/** netrcAuthorization returns the Basic authorization for url's host, if .netrc has one. */
export function netrcAuthorization(entries: readonly NetrcEntry[], url: URL): string | undefined {
  const entry = entries.find((e) => e.machine === url.host || e.machine === url.hostname);
  return entry ? `Basic ${Buffer.from(`${entry.login}:${entry.password}`).toString('base64')}` : undefined;
}
