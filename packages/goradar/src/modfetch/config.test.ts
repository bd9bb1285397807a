import { describe, expect, it } from 'vitest';
import { parseGoEnvFile, parseGoFlags, resolveGoEnv, userConfigDir } from './go-env.js';
import { netrcAuthorization, parseNetrc } from './netrc.js';
import { parseProxyList } from './proxy-list.js';
import { goPathEscape } from './proxy-repo.js';
import { parseGosumdb, SUM_GOLANG_ORG_KEY } from '../sumdb/gosumdb.js';
import { parseGoSum } from './go-sum.js';

describe('resolveGoEnv', () => {
  it('applies Go defaults', () => {
    const env = resolveGoEnv({ HOME: '/home/u' }, '');
    expect(env).toMatchObject({ GOPROXY: 'https://proxy.golang.org,direct', GOSUMDB: 'sum.golang.org', GOMODCACHE: '/home/u/go/pkg/mod', GONOPROXY: '', modCacheRW: false });
  });

  it('prefers the environment, then the go env file; empty counts as unset', () => {
    const file = 'GOPROXY=https://file.example\nGOPRIVATE=*.corp.example\n# comment\nbad line\nGOFLAGS=-modcacherw -mod=mod\n';
    const env = resolveGoEnv({ HOME: '/h', GOPROXY: '', GOSUMDB: 'off', GOPATH: '/gp:/other' }, file);
    expect(env).toMatchObject({ GOPROXY: 'https://file.example', GOSUMDB: 'off', GONOPROXY: '*.corp.example', GONOSUMDB: '*.corp.example', GOMODCACHE: '/gp/pkg/mod', modCacheRW: true, mod: 'mod' });
    expect(resolveGoEnv({ HOME: '/h', GONOSUMDB: 'x.example', GOPRIVATE: 'p.example' }, '').GONOSUMDB).toBe('x.example');
  });

  it('parses env files and flags as Go does', () => {
    expect([...parseGoEnvFile('A=1\n=x\nlower=2\nB==3\n')]).toEqual([['A', '1'], ['B', '=3']]);
    expect(parseGoFlags('-mod=readonly --modcacherw')).toEqual({ mod: 'readonly', modCacheRW: true });
    expect(userConfigDir({ HOME: '/h', XDG_CONFIG_HOME: 'relative' }, 'linux')).toBe('/h/.config');
    expect(userConfigDir({ HOME: '/h', XDG_CONFIG_HOME: '/x' }, 'linux')).toBe('/x');
  });
});

describe('parseProxyList', () => {
  it.each([
    ['https://a.example,https://b.example|direct', ['url https://a.example ,', 'url https://b.example |', 'direct']],
    ['proxy.example.com', ['url https://proxy.example.com ,']],
    ['file:///srv/proxy , off, https://ignored.example', ['url file:///srv/proxy ,', 'off']],
    ['direct,https://ignored.example', ['direct']],
    ['localhost:8080', ['url https://localhost:8080 ,']],
  ])('%s', (goproxy, want) => {
    expect(parseProxyList(goproxy).map((s) => (s.kind === 'url' ? `url ${s.url} ${s.fallBackOnError ? '|' : ','}` : s.kind))).toEqual(want);
  });

  it('adds noproxy first when GONOPROXY is set', () => {
    expect(parseProxyList('https://p.example', 'corp.example').map((s) => s.kind)).toEqual(['noproxy', 'url']);
    expect(parseProxyList('direct', 'corp.example').map((s) => s.kind)).toEqual(['direct']);
  });

  it.each([
    [',', 'GOPROXY list is not the empty string, but contains no entries'],
    ['proxy', 'invalid proxy URL missing scheme: proxy'],
    ['ftp://x.example', 'invalid proxy URL scheme (must be https, http, file): ftp://x.example'],
    ['file://host/dir', 'invalid file:// proxy URL with non-path elements'],
  ])('rejects %j', (goproxy, message) => {
    expect(() => parseProxyList(goproxy)).toThrow(message);
  });
});

describe('escaping and keys', () => {
  it('escapes proxy URL paths as cmd/go does', () => {
    expect(goPathEscape('github.com/!azure/azure-sdk-for-go/@v/v1.0.0-!r!c1.info')).toBe('github.com/%21azure/azure-sdk-for-go/@v/v1.0.0-%21r%21c1.info');
    expect(goPathEscape('a b~c+d')).toBe('a%20b~c+d');
  });

  it('parses GOSUMDB', () => {
    expect(parseGosumdb('off')).toBeUndefined();
    expect(parseGosumdb('sum.golang.org')).toEqual({ key: SUM_GOLANG_ORG_KEY, name: 'sum.golang.org', url: undefined });
    expect(parseGosumdb('sum.golang.google.cn')?.url).toBe('https://sum.golang.google.cn');
    expect(() => parseGosumdb('a b c')).toThrow('invalid GOSUMDB: too many fields');
    expect(() => parseGosumdb('nonsense')).toThrow('invalid GOSUMDB: malformed verifier id');
  });

  it('reads .netrc like the go command', () => {
    const entries = parseNetrc('machine a.example login u password p\nmachine b.example\nlogin v\npassword q\nmacdef init\nmachine skipped.example login x password y\n\ndefault login d password d\nmachine late.example login l password l\n');
    // Like Go's parser, `default` in a key position does not stop parsing; only a trailing lone `default` does.
    expect(entries.map((e) => e.machine)).toEqual(['a.example', 'b.example', 'late.example']);
    expect(parseNetrc('machine a.example login u password p\ndefault\nmachine z.example login z password z\n').map((e) => e.machine)).toEqual(['a.example']);
    expect(netrcAuthorization(entries, new URL('https://b.example/x'))).toBe(`Basic ${Buffer.from('v:q').toString('base64')}`);
    expect(netrcAuthorization(entries, new URL('https://c.example/x'))).toBeUndefined();
  });

  it('reads go.sum and names a malformed line', () => {
    const sums = parseGoSum('go.sum', 'a v1 h1:x\na v1 h1:y\na v1/go.mod h1:G7mAYYxgmS0lVkHyy2hEOLQCFB0DlQFTMLWggykrydY=\n\n');
    expect(sums.get('a v1')).toEqual(['h1:x', 'h1:y']);
    expect(sums.has('a v1/go.mod')).toBe(false);
    expect(() => parseGoSum('/m/go.sum', 'a v1 h1:x\na b\n')).toThrow('malformed go.sum:\n/m/go.sum:2: wrong number of fields 2');
  });
});
