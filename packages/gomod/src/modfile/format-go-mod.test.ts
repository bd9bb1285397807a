import { describe, expect, it } from 'vitest';
import { formatGoMod } from './format-go-mod.js';
import { parseGoMod } from './parse-go-mod.js';

// Modelled on upstream sortBlocksTests: what go mod edit -fmt does to duplicates and block order.
describe('formatGoMod sorting and duplicate removal', () => {
  it.each([
    [
      'first of equal excludes wins, even across blocks',
      'module m\nexclude x.y/z v1.0.0 // a\nexclude x.y/z v1.0.0 // b\nexclude (\n\tx.y/w v1.1.0\n\tx.y/z v1.0.0 // c\n)\n',
      false,
      'module m\n\nexclude x.y/z v1.0.0 // a\n\nexclude x.y/w v1.1.0\n',
    ],
    [
      'last of equal replacements wins',
      'module m\nreplace x.y/z v1.0.0 => ./a\nreplace x.y/z v1.1.0 => ./b\nreplace (\n\tx.y/z v1.0.0 => ./c\n)\n',
      false,
      'module m\n\nreplace x.y/z v1.1.0 => ./b\n\nreplace x.y/z v1.0.0 => ./c\n',
    ],
    [
      'retractions are never deduplicated',
      'module m\n// block\nretract (\n\tv1.0.0 // one\n\tv1.0.0 // two\n)\n',
      false,
      'module m\n\n// block\nretract (\n\tv1.0.0 // one\n\tv1.0.0 // two\n)\n',
    ],
    [
      'unknown blocks sort lexically (lax)',
      'module m\nsort (\n\taa\n\tcc\n\tbb\n\tzz\n\tv1.2.0\n\tv1.11.0\n)\n',
      true,
      'module m\n\nsort (\n\taa\n\tbb\n\tcc\n\tv1.11.0\n\tv1.2.0\n\tzz\n)\n',
    ],
    [
      'retract blocks sort by descending interval',
      'module m\nretract (\n\t[v1.2.0, v1.3.0]\n\t[v1.1.0, v1.3.0]\n\t[v1.1.0, v1.2.0]\n\tv1.0.0\n\tv1.1.0\n\tv1.2.0\n\tv1.3.0\n\tv1.4.0\n)\n',
      false,
      'module m\n\nretract (\n\tv1.4.0\n\tv1.3.0\n\t[v1.2.0, v1.3.0]\n\tv1.2.0\n\t[v1.1.0, v1.3.0]\n\t[v1.1.0, v1.2.0]\n\tv1.1.0\n\tv1.0.0\n)\n',
    ],
    [
      'exclude blocks sort by semver from go 1.21',
      'module m\ngo 1.21\nexclude (\n\tb.example/m v0.9.0\n\ta.example/m v1.0.0\n\tb.example/m v0.10.0\n\tc.example/m v1.1.0\n\tb.example/m v0.11.0\n)\n',
      false,
      'module m\n\ngo 1.21\n\nexclude (\n\ta.example/m v1.0.0\n\tb.example/m v0.9.0\n\tb.example/m v0.10.0\n\tb.example/m v0.11.0\n\tc.example/m v1.1.0\n)\n',
    ],
    [
      'exclude blocks sort lexically before go 1.21',
      'module m\nexclude (\n\tb.example/m v0.9.0\n\ta.example/m v1.0.0\n\tb.example/m v0.10.0\n\tc.example/m v1.1.0\n\tb.example/m v0.11.0\n)\n',
      false,
      'module m\n\nexclude (\n\ta.example/m v1.0.0\n\tb.example/m v0.10.0\n\tb.example/m v0.11.0\n\tb.example/m v0.9.0\n\tc.example/m v1.1.0\n)\n',
    ],
  ])('%s', (_name, text, lax, want) => {
    const r = parseGoMod('go.mod', text, { lax });
    if (!r.ok) throw new Error(r.errors.message);
    expect(formatGoMod(r.value)).toBe(want);
  });
});
