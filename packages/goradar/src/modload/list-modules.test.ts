import { describe, expect, it } from 'vitest';
import { formatGoTime, formatModuleLine } from './list-modules.js';
import { latestVersion } from './latest-retractions.js';

describe('go list -m line format', () => {
  it.each([
    [{ Path: 'example.com/main' }, 'example.com/main'],
    [{ Path: 'example.com/a', Version: 'v1.0.0' }, 'example.com/a v1.0.0'],
    [{ Path: 'example.com/a', Version: 'v1.0.0', Replace: { Path: './a' } }, 'example.com/a v1.0.0 => ./a'],
    [{ Path: 'example.com/a', Version: 'v1.0.0', Replace: { Path: 'example.com/b', Version: 'v2.0.0+incompatible' } }, 'example.com/a v1.0.0 => example.com/b v2.0.0+incompatible'],
  ])('%j prints as %j', (m, want) => expect(formatModuleLine(m)).toBe(want));
});

describe('formatGoTime', () => {
  it.each([
    ['2020-01-02T03:04:05Z', '2020-01-02T03:04:05Z'],
    ['2020-01-02T03:04:05.120000Z', '2020-01-02T03:04:05.12Z'],
    ['2020-01-02T03:04:05.000Z', '2020-01-02T03:04:05Z'],
    ['2020-01-02T03:04:05+00:00', '2020-01-02T03:04:05Z'],
    ['2020-01-02T03:04:05-07:00', '2020-01-02T03:04:05-07:00'],
  ])('%s prints as %s', (t, want) => expect(formatGoTime(t)).toBe(want));
});

describe('latestVersion (whose go.mod states retractions)', () => {
  it.each<[string[], string[], string | undefined]>([
    [['v1.0.0', 'v1.1.0', 'v1.2.0-rc.1'], [], 'v1.1.0'],
    [['v1.0.0', 'v1.1.0'], ['v1.1.0'], 'v1.0.0'],
    [['v1.2.0-rc.1', 'v1.2.0-rc.2'], [], 'v1.2.0-rc.2'],
    [[], [], undefined],
  ])('of %j excluding %j is %j', (versions, excluded, want) => expect(latestVersion(versions, (v) => excluded.includes(v))).toBe(want));
});
