import { describe, expect, it } from 'vitest';
import { parseGoWork } from './parse-go-work.js';
import { toGoWorkJson } from './to-json.js';

describe('parseGoWork', () => {
  it('reads use paths, quoted or not, at top level and in blocks', () => {
    const r = parseGoWork('go.work', 'go 1.22\ntoolchain go1.22.1\ngodebug x=1\nuse "../up"\nuse (\n\t"/root/mod"\n\t"plain"\n\t./b // ex.com/b\n)\nreplace ex.com/a v1.0.0 => ./a\n');
    if (!r.ok) throw new Error(r.errors.message);
    expect(r.value.use.map((u) => u.path)).toEqual(['../up', '/root/mod', 'plain', './b']);
    expect(r.value.use.every((u) => u.modulePath === undefined)).toBe(true);
    expect(r.value.toolchain?.name).toBe('go1.22.1');
    expect(r.value.godebug).toMatchObject([{ key: 'x', value: '1' }]);
    expect(toGoWorkJson(r.value)).toEqual({
      Go: '1.22',
      Use: [{ DiskPath: '../up' }, { DiskPath: '/root/mod' }, { DiskPath: 'plain' }, { DiskPath: './b' }],
      Replace: [{ Old: { Path: 'ex.com/a', Version: 'v1.0.0' }, New: { Path: './a' } }],
    });
  });

  it.each([
    ['go.mod directives are unknown', 'go 1.21\nmodule x\nrequire x v1.0.0', 'go.work:2: unknown directive: module\ngo.work:3: unknown directive: require'],
    ['go.mod blocks are unknown', 'require (\n)\n', 'go.work:1: unknown block type: require'],
    ['no lax go version', 'go v1.21', "go.work:1: invalid go version 'v1.21': must match format 1.23.0"],
    ['one directory per use', 'use ./a ./b', 'go.work:1: usage: use local/dir'],
    ['use without a path', 'use (\n\t"a\\q"\n)', 'go.work:2:2: invalid quoted string: invalid syntax'],
    ['replace rules as in go.mod', 'replace a => b', 'go.work:1: replacement module without version must be directory path (rooted or starting with . or ..)'],
  ])('%s', (_name, text, want) => {
    const r = parseGoWork('go.work', text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.message).toBe(want);
  });

  it('renders an empty file as go work edit -json does', () => {
    const r = parseGoWork('go.work', '');
    expect(r.ok && toGoWorkJson(r.value)).toEqual({ Use: null, Replace: null });
  });
});
