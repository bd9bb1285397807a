import { join } from 'node:path';

/** GoEnv is the part of the go command's environment the module graph depends on. */
export interface GoEnv {
  /** modCache is the module cache root (GOMODCACHE). */
  modCache: string;
  /** goProxy is GOPROXY as set ('' when unset). */
  goProxy: string;
  /** goWork is GOWORK: '' (search upward), 'off', or a go.work file path. */
  goWork: string;
  /** modMode is the -mod flag from GOFLAGS ('' when not given). */
  modMode: string;
}

/**
 * defaultModCache returns the module cache the go command uses: GOMODCACHE, else the first GOPATH
 * entry + /pkg/mod, else $HOME/go/pkg/mod. https://go.dev/ref/mod#environment-variables
 */
export function defaultModCache(env: Readonly<Record<string, string | undefined>>, home: string): string {
  if (env.GOMODCACHE) return env.GOMODCACHE;
  const first = (env.GOPATH ?? '').split(':').find((p) => p !== '');
  return join(first ?? join(env.HOME || home, 'go'), 'pkg', 'mod');
}

/** modFlagFromGoFlags returns the value of -mod (or --mod) in a GOFLAGS string, or ''. */
export function modFlagFromGoFlags(goFlags: string): string {
  let mode = '';
  for (const flag of goFlags.split(/\s+/)) {
    const m = /^--?mod=(.*)$/.exec(flag);
    if (m) mode = m[1] as string;
  }
  return mode;
}

/** readGoEnv reads the GoEnv from a process environment (read once, at the edge). */
export function readGoEnv(env: Readonly<Record<string, string | undefined>>, home: string): GoEnv {
  return {
    modCache: defaultModCache(env, home),
    goProxy: env.GOPROXY ?? '',
    goWork: env.GOWORK ?? '',
    modMode: modFlagFromGoFlags(env.GOFLAGS ?? ''),
  };
}
