import { describe, expect, it } from 'vitest';
import { parseGoMod } from './parse-go-mod.js';
import { parseGoWork } from './parse-go-work.js';
import { toGoModJson, toGoWorkJson } from './to-json.js';

function modJson(text: string): unknown {
  const r = parseGoMod('go.mod', text);
  if (!r.ok) throw new Error(r.errors.message);
  return toGoModJson(r.value);
}

describe('toGoModJson', () => {
  it('renders an empty file with null lists and an empty module path', () => {
    expect(modJson('')).toEqual({ Module: { Path: '' }, Require: null, Exclude: null, Replace: null, Retract: null, Tool: null, Ignore: null });
  });

  it('keeps Go\'s key order, omits empty fields, and removes duplicates as go mod edit does', () => {
    const json = modJson(
      '// Deprecated: use ex.com/n\nmodule ex.com/m\ngo 1.21\ntoolchain go1.22.0\ngodebug a=1\nrequire ex.com/a v1.0.0\nrequire ex.com/a v1.0.0 // indirect\n' +
        'exclude ex.com/e v1.0.0\nexclude ex.com/e v1.0.0\nreplace ex.com/r => ./one\nreplace ex.com/r => ./two\nreplace ex.com/r v1.0.0 => ./three\n' +
        'retract v1.0.0\nretract v1.0.0 // again\ntool ex.com/t\ntool ex.com/t\nignore x\nignore x\n',
    );
    expect(JSON.stringify(json)).toBe(
      JSON.stringify({
        Module: { Path: 'ex.com/m', Deprecated: 'use ex.com/n' },
        Go: '1.21',
        Toolchain: 'go1.22.0',
        GoDebug: [{ Key: 'a', Value: '1' }],
        Require: [{ Path: 'ex.com/a', Version: 'v1.0.0' }, { Path: 'ex.com/a', Version: 'v1.0.0', Indirect: true }],
        Exclude: [{ Path: 'ex.com/e', Version: 'v1.0.0' }],
        Replace: [{ Old: { Path: 'ex.com/r' }, New: { Path: './two' } }, { Old: { Path: 'ex.com/r', Version: 'v1.0.0' }, New: { Path: './three' } }],
        Retract: [{ Low: 'v1.0.0', High: 'v1.0.0' }, { Low: 'v1.0.0', High: 'v1.0.0', Rationale: 'again' }],
        Tool: [{ Path: 'ex.com/t' }],
        Ignore: [{ Path: 'x' }],
      }),
    );
  });

  it('leaves out entries with an empty key, as edit\'s clean-up does, but keeps empty tool and ignore paths', () => {
    expect(modJson('module m\ngodebug =y\nrequire "" v1.0.0\nexclude "" v1.0.0\nreplace "" => ./x\nretract ""\ntool ""\nignore ""\n')).toEqual({
      Module: { Path: 'm' },
      Require: null,
      Exclude: null,
      Replace: null,
      Retract: null,
      Tool: [{ Path: '' }],
      Ignore: [{ Path: '' }],
    });
  });
});

describe('toGoWorkJson', () => {
  it('leaves out empty use paths and replacements of an empty path', () => {
    const r = parseGoWork('go.work', 'use ""\nuse ./a\nreplace "" => ./x\ngodebug =1\n');
    expect(r.ok && toGoWorkJson(r.value)).toEqual({ Use: [{ DiskPath: './a' }], Replace: null });
  });
});
