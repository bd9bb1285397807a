import { describe, expect, it } from 'vitest';
import { generateUniverse } from './generate-universe.js';
import { racyGoVersionsAgree } from './run-universe.js';

describe('generateUniverse', () => {
  it('is reproducible from its seed', () => {
    expect(generateUniverse(42)).toEqual(generateUniverse(42));
    expect(generateUniverse(42)).not.toEqual(generateUniverse(43));
  });

  it('covers every feature the differential suite is meant to exercise', () => {
    const all = Array.from({ length: 300 }, (_, i) => generateUniverse(i));
    const texts = all.flatMap((u) => [...u.published.map((m) => m.goMod), ...u.mains.map((m) => m.goMod), u.goWork ?? '']).join('\n');
    const versions = all.flatMap((u) => u.published.map((m) => m.version));
    expect(all.some((u) => u.goWork !== undefined)).toBe(true);
    expect(all.some((u) => u.locals.length > 0)).toBe(true);
    expect(versions.some((v) => v.endsWith('+incompatible'))).toBe(true);
    expect(versions.some((v) => /-0\.\d{14}-/.test(v) || /-\d{14}-/.test(v))).toBe(true);
    expect(versions.some((v) => v.includes('-rc.') || v.includes('-beta.'))).toBe(true);
    for (const needle of ['\ngo 1.16', '\ngo 1.17', '\ngo 1.22', 'exclude ', 'retract ', '// indirect', 'toolchain go', 'example.com/Mod']) {
      expect(texts).toContain(needle);
    }
    expect(texts).toMatch(/replace \S+ => \S+ v/);
    expect(texts).toMatch(/replace \S+ \S+ => \.\//);
  });
});

describe('racyGoVersionsAgree', () => {
  const obj = (o: object) => `${JSON.stringify(o, null, '\t')}\n`;
  const m0 = { Path: 'example.com/m0', Version: 'v1.0.0', Replace: { Path: 'example.com/m4', Version: 'v0.1.0', GoVersion: '1.16' }, GoVersion: '1.16' };
  const m4 = (v: string) => ({ Path: 'example.com/m4', Version: 'v0.1.0', Replace: { Path: './local0', GoVersion: v }, GoVersion: v });

  it('forgives only the GoVersion of a replaced module that is also a replacement target', () => {
    expect(racyGoVersionsAgree(obj(m0) + obj(m4('1.16')), obj(m0) + obj(m4('1.22.5')))).toBe(true);
    expect(racyGoVersionsAgree(obj(m0) + obj({ ...m4('1.16'), Version: 'v0.2.0' }), obj(m0) + obj({ ...m4('1.22.5'), Version: 'v0.2.0' }))).toBe(false);
    expect(racyGoVersionsAgree(obj(m0) + obj({ ...m4('1.16'), Path: 'x' }), obj(m0) + obj(m4('1.16')))).toBe(false);
  });
});
