import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ModuleNotFoundError, type ModuleSource } from '@goradar/gomod';
import { latestTaggedVersion } from '../modload/latest-version.js';
import { advisoryTable, collectAdvisories, isRetractedBy, parseAdvisory } from './advisories.js';
import { loadAdvisories } from './load-advisories.js';

describe('latestTaggedVersion', () => {
  it.each<[string[], string | undefined]>([
    [['v1.0.0', 'v1.2.0', 'v1.10.0', 'v1.3.0'], 'v1.10.0'],
    [['v1.0.0', 'v2.0.0-rc.1'], 'v1.0.0'],
    [['v0.1.0-alpha', 'v0.2.0-beta.1'], 'v0.2.0-beta.1'],
    [['junk', 'v0.3.0'], 'v0.3.0'],
    [[], undefined],
  ])('%j -> %s', (versions, expected) => {
    expect(latestTaggedVersion(versions)).toBe(expected);
  });
});

describe('isRetractedBy', () => {
  it.each<[string, string, string, boolean]>([
    ['v1.1.0', 'v1.1.0', 'v1.1.0', true],
    ['v1.1.5', 'v1.1.0', 'v1.2.0', true],
    ['v1.2.0', 'v1.1.0', 'v1.2.0', true],
    ['v1.2.1', 'v1.1.0', 'v1.2.0', false],
    ['v1.0.9', 'v1.1.0', 'v1.2.0', false],
    ['v1.1.0', 'garbage', 'v1.2.0', false],
  ])('%s in [%s, %s] is %s', (version, low, high, expected) => {
    expect(isRetractedBy(version, { low, high, rationale: '' })).toBe(expected);
  });
});

const LOG_V120 = `module x.example/log

go 1.21

retract (
\t// Leaks file descriptors.
\tv1.1.0
\t[v1.0.1, v1.0.3] // broken builds
)
`;
const OLD_V110 = `// Deprecated: use x.example/new instead.
module x.example/old

go 1.20
`;

describe('parseAdvisory', () => {
  it('reads retraction intervals with their rationale and the module deprecation', () => {
    expect(parseAdvisory('x.example/log', 'v1.2.0', LOG_V120)).toEqual({
      path: 'x.example/log',
      latest: 'v1.2.0',
      retractions: [
        { low: 'v1.1.0', high: 'v1.1.0', rationale: 'Leaks file descriptors.' },
        { low: 'v1.0.1', high: 'v1.0.3', rationale: 'broken builds' },
      ],
      deprecated: null,
    });
    expect(parseAdvisory('x.example/old', 'v1.1.0', OLD_V110)?.deprecated).toBe('use x.example/new instead.');
  });

  it('gives nothing for a go.mod that does not parse', () => {
    expect(parseAdvisory('x.example/bad', 'v1.0.0', 'module x.example/bad\nrequire (\n')).toBeUndefined();
  });
});

describe('collectAdvisories', () => {
  const source: ModuleSource = {
    listVersions: async (path) => ({ 'x.example/log': ['v1.0.0', 'v1.1.0', 'v1.2.0'], 'x.example/old': ['v1.0.0', 'v1.1.0'] })[path] ?? [],
    readGoMod: async (path, version) => {
      if (path === 'x.example/log' && version === 'v1.2.0') return LOG_V120;
      if (path === 'x.example/old' && version === 'v1.1.0') return OLD_V110;
      throw new ModuleNotFoundError(path, version);
    },
  };

  it('reads the latest go.mod of each known path and skips unknown ones', async () => {
    const table = advisoryTable(await collectAdvisories(source, ['x.example/log', 'x.example/old', 'x.example/unknown', 'x.example/log']));
    expect(table.retraction('x.example/log', 'v1.1.0')).toMatchObject({ rationale: 'Leaks file descriptors.', latest: 'v1.2.0' });
    expect(table.retraction('x.example/log', 'v1.0.2')).toMatchObject({ low: 'v1.0.1', high: 'v1.0.3' });
    expect(table.retraction('x.example/log', 'v1.2.0')).toBeUndefined();
    expect(table.deprecation('x.example/old')).toEqual({ message: 'use x.example/new instead.', latest: 'v1.1.0' });
    expect(table.deprecation('x.example/log')).toBeUndefined();
    expect(table.retraction('x.example/unknown', 'v1.0.0')).toBeUndefined();
  });
});

describe('loadAdvisories', () => {
  const root = mkdtempSync(join(tmpdir(), 'goradar-advisories-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads a file:// GOPROXY directory in the proxy layout (case-escaped paths)', async () => {
    const dir = join(root, 'proxy', 'x.example', '!big!log', '@v');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'list'), 'v1.0.0\nv1.1.0\nv1.2.0\n');
    writeFileSync(join(dir, 'v1.2.0.mod'), LOG_V120.replace('x.example/log', 'x.example/BigLog'));
    const env = { GOPROXY: `${pathToFileURL(join(root, 'proxy')).href},off`, GOMODCACHE: join(root, 'empty-cache') };
    const table = await loadAdvisories(['x.example/BigLog', 'x.example/none'], env, root);
    expect(table.retraction('x.example/BigLog', 'v1.1.0')?.rationale).toBe('Leaks file descriptors.');
    expect(table.retraction('x.example/BigLog', 'v1.0.0')).toBeUndefined();
  });

  it('falls back to the module cache when GOPROXY is invalid or has no file:// entry', async () => {
    const dir = join(root, 'cache', 'cache', 'download', 'x.example', 'old', '@v');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'v1.0.0.mod'), 'module x.example/old\n');
    writeFileSync(join(dir, 'v1.1.0.mod'), OLD_V110);
    for (const goproxy of ['https://proxy.example', '::not a url::']) {
      const table = await loadAdvisories(['x.example/old'], { GOPROXY: goproxy, GOMODCACHE: join(root, 'cache') }, root);
      expect(table.deprecation('x.example/old')?.message).toBe('use x.example/new instead.');
    }
  });
});
