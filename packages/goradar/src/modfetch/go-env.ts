/**
 * The Go environment that decides how modules are fetched, read once at the edge: process
 * environment first, then the `go env -w` file ($GOENV, or <user config dir>/go/env), then Go's
 * defaults. https://go.dev/ref/mod#environment-variables
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

/** DEFAULT_GOPROXY is the proxy list Go uses when GOPROXY is unset or empty. */
export const DEFAULT_GOPROXY = 'https://proxy.golang.org,direct';
/** DEFAULT_GOSUMDB is the checksum database Go uses when GOSUMDB is unset or empty. */
export const DEFAULT_GOSUMDB = 'sum.golang.org';

/** GoEnv holds every setting of module fetching, resolved to its effective value. */
export interface GoEnv {
  GOPROXY: string;
  GOSUMDB: string;
  GOPRIVATE: string;
  /** GONOPROXY defaults to GOPRIVATE. */
  GONOPROXY: string;
  /** GONOSUMDB defaults to GOPRIVATE. */
  GONOSUMDB: string;
  GOINSECURE: string;
  GOFLAGS: string;
  GOPATH: string;
  GOMODCACHE: string;
  /** modCacheRW is GOFLAGS' -modcacherw: leave extracted module trees writable. */
  modCacheRW: boolean;
  /** mod is GOFLAGS' -mod value ('' when not set). */
  mod: string;
  /** GOWORK is '' (search for go.work upward), 'off', or a go.work file path. */
  GOWORK: string;
  /** envFile is the go env file that was read, or '' when none. */
  envFile: string;
}

/** Environment is a read-only view of environment variables. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** userConfigDir returns os.UserConfigDir() as Go computes it, or '' when it cannot be known. */
export function userConfigDir(env: Environment, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return env.AppData ?? env.APPDATA ?? '';
  const home = env.HOME ?? '';
  if (platform === 'darwin') return home ? join(home, 'Library', 'Application Support') : '';
  const xdg = env.XDG_CONFIG_HOME ?? '';
  if (xdg.startsWith('/')) return xdg;
  return home ? join(home, '.config') : '';
}

/** goEnvFilePath returns the go env file Go would read ('' for GOENV=off or no config dir). */
export function goEnvFilePath(env: Environment): string {
  const goenv = env.GOENV ?? '';
  if (goenv === 'off') return '';
  if (goenv !== '') return goenv;
  const dir = userConfigDir(env);
  return dir ? join(dir, 'go', 'env') : '';
}

/** parseGoEnvFile reads `KEY=VALUE` lines as Go does: lines without `=` or not starting with A–Z are ignored. */
export function parseGoEnvFile(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=');
    if (eq < 0 || line.length === 0 || line[0]! < 'A' || line[0]! > 'Z') continue;
    out.set(line.slice(0, eq), line.slice(eq + 1));
  }
  return out;
}

/** parseGoFlags returns the -mod and -modcacherw settings of a GOFLAGS value. */
export function parseGoFlags(goflags: string): { mod: string; modCacheRW: boolean } {
  let mod = '';
  let modCacheRW = false;
  for (const field of goflags.split(/\s+/).filter(Boolean)) {
    const flag = field.replace(/^--?/, '');
    const eq = flag.indexOf('=');
    const name = eq < 0 ? flag : flag.slice(0, eq);
    const value = eq < 0 ? 'true' : flag.slice(eq + 1);
    if (name === 'mod') mod = value;
    if (name === 'modcacherw') modCacheRW = value === 'true' || value === '1';
  }
  return { mod, modCacheRW };
}

function firstGoPath(gopath: string, env: Environment): string {
  const list = gopath.split(process.platform === 'win32' ? ';' : ':').filter(Boolean);
  if (list.length > 0) return list[0] as string;
  const home = env.HOME || env.USERPROFILE || homedir();
  return home ? join(home, 'go') : '';
}

/**
 * resolveGoEnv computes the effective settings from the process environment and the text of the go
 * env file (pass '' when there is none). A variable set to the empty string counts as unset, as in Go.
 */
export function resolveGoEnv(env: Environment, envFileText: string, envFile = ''): GoEnv {
  const file = parseGoEnvFile(envFileText);
  const get = (key: string): string => {
    const value = env[key];
    return value !== undefined && value !== '' ? value : (file.get(key) ?? '');
  };
  const or = (key: string, fallback: string): string => get(key) || fallback;
  const GOPRIVATE = get('GOPRIVATE');
  const GOPATH = firstGoPath(get('GOPATH'), env);
  const GOFLAGS = get('GOFLAGS');
  return {
    GOPROXY: or('GOPROXY', DEFAULT_GOPROXY),
    GOSUMDB: or('GOSUMDB', DEFAULT_GOSUMDB),
    GOPRIVATE,
    GONOPROXY: or('GONOPROXY', GOPRIVATE),
    GONOSUMDB: or('GONOSUMDB', GOPRIVATE),
    GOINSECURE: get('GOINSECURE'),
    GOFLAGS,
    GOPATH,
    GOMODCACHE: or('GOMODCACHE', GOPATH ? join(GOPATH, 'pkg', 'mod') : ''),
    ...parseGoFlags(GOFLAGS),
    GOWORK: get('GOWORK'),
    envFile,
  };
}

/**
 * goEnvVariables returns environment variables that resolve to goEnv again with no go env file
 * (GOENV=off): a configuration read once can be handed to code that takes an environment.
 */
export function goEnvVariables(goEnv: GoEnv): Record<string, string> {
  const { GOPROXY, GOSUMDB, GOPRIVATE, GONOPROXY, GONOSUMDB, GOINSECURE, GOFLAGS, GOPATH, GOMODCACHE, GOWORK } = goEnv;
  return { GOPROXY, GOSUMDB, GOPRIVATE, GONOPROXY, GONOSUMDB, GOINSECURE, GOFLAGS, GOPATH, GOMODCACHE, GOWORK, GOENV: 'off' };
}

/** loadGoEnv reads the go env file (if any) and resolves the settings for env. */
export async function loadGoEnv(env: Environment): Promise<GoEnv> {
  const file = goEnvFilePath(env);
  let text = '';
  if (file) {
    const { readFile } = await import('node:fs/promises');
    text = await readFile(file, 'utf8').catch(() => '');
  }
  return resolveGoEnv(env, text, file);
}
