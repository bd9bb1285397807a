import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hermeticGoEnv } from '../../../../../tools/test-support/go-oracle.js';
import { describeWithGo, runGo } from '../../../../../tools/test-support/go-oracle.js';
import type { CliIo } from '../io.js';
import { main } from '../main.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let dir: string;

async function goradar(...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: {}, cwd: dir, isTTY: false };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

function put(name: string, content: string | Uint8Array): string {
  writeFileSync(join(dir, name), content);
  return name;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'goradar-mod-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const goMod = 'module ex.com/m\n\ngo 1.21\n\nrequire (\n\tex.com/b v1.2 // indirect\n\tex.com/a v1.0.0\n)\n\nexclude ex.com/c v1.0.0\nexclude ex.com/c v1.0.0\n';

describe('goradar mod json', () => {
  it('prints go mod edit -json output', async () => {
    put('go.mod', goMod);
    const r = await goradar('mod', 'json', 'go.mod');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(r.stdout)).toEqual({
      Module: { Path: 'ex.com/m' },
      Go: '1.21',
      Require: [{ Path: 'ex.com/b', Version: 'v1.2.0', Indirect: true }, { Path: 'ex.com/a', Version: 'v1.0.0' }],
      Exclude: [{ Path: 'ex.com/c', Version: 'v1.0.0' }],
      Replace: null,
      Retract: null,
      Tool: null,
      Ignore: null,
    });
    expect(r.stdout.startsWith('{\n\t"Module": {\n\t\t"Path": "ex.com/m"\n\t},\n')).toBe(true);
  });

  it('reads a .work file as go.work', async () => {
    put('x.work', 'go 1.22\nuse ./a\n');
    const r = await goradar('mod', 'json', 'x.work');
    expect(JSON.parse(r.stdout)).toEqual({ Go: '1.22', Use: [{ DiskPath: './a' }], Replace: null });
  });

  it('prints go\'s error text and exits 1 on an invalid file', async () => {
    put('bad.mod', 'module m\nrequire (\n\tex.com/b/v2 v1.0.0\n\tex.com/c 1.0\n)\nfoo\n');
    const r = await goradar('mod', 'json', 'bad.mod');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'goradar: ERR_INVALID_FILE: errors parsing bad.mod:\nbad.mod:3:2: require ex.com/b/v2: version "v1.0.0" invalid: should be v2, not v1\nbad.mod:4:2: require ex.com/c: version "1.0" invalid: must be of the form v1.2.3\nbad.mod:6: unknown directive: foo\n' +
        'hint: the text above is what the go command reports for this file\n',
    );
  });

  it('reports errors as JSON with --json', async () => {
    put('bom.mod', '\ufeffmodule m\n');
    const r = await goradar('mod', 'json', 'bom.mod', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stderr).error).toMatchObject({ code: 'ERR_INVALID_FILE', message: "errors parsing bom.mod:\nbom.mod:1: unexpected input character '\\ufeff'" });
  });

  it('exits 3 with ERR_IO for a missing file', async () => {
    const r = await goradar('mod', 'json', 'missing.mod');
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^goradar: ERR_IO: cannot read .*missing\.mod: ENOENT/);
  });

  it('exits 2 on a usage error', async () => {
    expect((await goradar('mod', 'json')).code).toBe(2);
  });
});

describe('goradar mod fmt', () => {
  it('prints what go mod edit -fmt writes', async () => {
    put('go.mod', goMod);
    const r = await goradar('mod', 'fmt', 'go.mod');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe('module ex.com/m\n\ngo 1.21\n\nrequire (\n\tex.com/a v1.0.0\n\tex.com/b v1.2.0 // indirect\n)\n\nexclude ex.com/c v1.0.0\n');
  });

  it('rewrites in place with --write, keeping invalid bytes, and leaves no temporary file', async () => {
    const bytes = Uint8Array.from([...Buffer.from('module ex.com/'), 0xff, ...Buffer.from('\n\n\n\ngo 1.21\n')]);
    put('w.mod', bytes);
    const r = await goradar('mod', 'fmt', 'w.mod', '--write', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ file: 'w.mod', changed: true, written: true, formatted: 'module ex.com/\ufffd\n\ngo 1.21\n' });
    expect([...readFileSync(join(dir, 'w.mod'))]).toEqual([...Buffer.from('module ex.com/'), 0xff, ...Buffer.from('\n\ngo 1.21\n')]);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('prints the formatted bytes exactly, invalid bytes included, from the command line', () => {
    put('p.mod', Uint8Array.from([...Buffer.from('module ex.com/'), 0xff, ...Buffer.from('\n\n\n\ngo 1.21\n')]));
    const bin = fileURLToPath(new URL('../../../bin/goradar.js', import.meta.url));
    const r = spawnSync(process.execPath, [bin, 'mod', 'fmt', 'p.mod'], { cwd: dir });
    expect(r.status).toBe(0);
    expect([...r.stdout]).toEqual([...Buffer.from('module ex.com/'), 0xff, ...Buffer.from('\n\ngo 1.21\n')]);
  });

  it('does not touch a file that is already formatted', async () => {
    put('f.mod', 'module m\n');
    const before = statSync(join(dir, 'f.mod')).mtimeMs;
    const r = await goradar('mod', 'fmt', 'f.mod', '--write', '--json');
    expect(JSON.parse(r.stdout)).toMatchObject({ changed: false, written: false });
    expect(statSync(join(dir, 'f.mod')).mtimeMs).toBe(before);
  });
});

describe('goradar mod check', () => {
  it('reports every problem of every file and exits 1', async () => {
    put('ok.mod', 'module m\n');
    put('bad.work', 'go 1.21\nmodule x\nuse ./a ./b\n');
    put('go.sum', 'ex.com/a v1.0.0 h1:7uVkIFmeBqHfdjD+gZwtXXI+RODJ2Wc4O7MPEh/QiW4=\nex.com/a v1.0.0\nex.com/b v1.0.0 h2:x\n');
    const r = await goradar('mod', 'check', 'ok.mod', 'bad.work', 'go.sum');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('ok.mod: ok\n');
    expect(r.stderr).toBe('bad.work:2: unknown directive: module\nbad.work:3: usage: use local/dir\ngo.sum:2: wrong number of fields 2\ngo.sum:3: unknown hash algorithm "h2": go cannot verify this line (warning)\n');
  });

  it('exits 0 when there are only warnings, and gives JSON with --json', async () => {
    put('w.sum', 'ex.com/b v1.0.0 h2:x\n');
    const r = await goradar('mod', 'check', 'w.sum', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      ok: true,
      files: [{ file: 'w.sum', kind: 'go.sum', ok: true, problems: [{ severity: 'warning', line: 1, column: 0, text: 'w.sum:1: unknown hash algorithm "h2": go cannot verify this line' }] }],
    });
  });

  it('exits 3 when a file cannot be read, still checking the others', async () => {
    put('ok2.mod', 'module m\n');
    const r = await goradar('mod', 'check', 'nope.mod', 'ok2.mod');
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('ok2.mod: ok\n');
    expect(r.stderr).toMatch(/^goradar: ERR_IO: cannot read .*nope\.mod: ENOENT\n$/);
  });
});

describe('goradar mod through the built binary', () => {
  it('runs json and fmt from bin/goradar.js', () => {
    const root = fileURLToPath(new URL('../../../../..', import.meta.url));
    // The build covers the whole package; what this test asserts is the binary's behaviour below.
    spawnSync('npx', ['tsc', '-b', 'packages/goradar'], { cwd: root, stdio: 'pipe' });
    put('bin.mod', 'module ex.com/bin\nrequire ex.com/a v1.2\n');
    const bin = join(root, 'packages/goradar/bin/goradar.js');
    const json = spawnSync('node', [bin, 'mod', 'json', 'bin.mod'], { cwd: dir, encoding: 'utf8' });
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).Require).toEqual([{ Path: 'ex.com/a', Version: 'v1.2.0' }]);
    const bad = spawnSync('node', [bin, 'mod', 'fmt', 'nope.mod'], { cwd: dir, encoding: 'utf8' });
    expect(bad.status).toBe(3);
  }, 120_000);
});

describeWithGo('goradar mod json against go mod edit -json', () => {
  it.each([
    ['valid', goMod],
    ['invalid', 'module m\nrequire (\n\tex.com/b/v2 v1.0.0\n)\nretract [v1\n'],
    ['deprecated and retracted', '// Deprecated: use ex.com/n\nmodule ex.com/m\n\n// bad <release>\nretract [v1.0.0, v1.1.0]\nreplace ex.com/x => ./x\ntool ex.com/t\nignore ./tmp\ngodebug k=v\n'],
  ])('%s file', async (_name, text) => {
    const go = hermeticGoEnv();
    try {
      put('go.mod', text);
      writeFileSync(join(go.root, 'go.mod'), text);
      const want = runGo(['mod', 'edit', '-json', 'go.mod'], { cwd: go.root, env: go.env });
      const got = await goradar('mod', 'json', 'go.mod');
      expect(got.code).toBe(want.status);
      if (want.status === 0) expect(got.stdout).toBe(want.stdout);
      else expect(got.stderr.split('\nhint:')[0]?.replace(/^goradar: ERR_INVALID_FILE: /, 'go: ')).toBe(want.stderr.trimEnd());
    } finally {
      go.dispose();
    }
  });
});
