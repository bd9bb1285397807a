import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isAtomicTempName, writeFileAtomic } from './atomic-write.js';

describe('writeFileAtomic', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  const tempDir = () => {
    const d = mkdtempSync(join(tmpdir(), 'goradar-atomic-'));
    dirs.push(d);
    return d;
  };

  it('creates parent directories and replaces existing content', async () => {
    const file = join(tempDir(), 'a', 'b', 'file.txt');
    await writeFileAtomic(file, 'one');
    await writeFileAtomic(file, new TextEncoder().encode('two'), { mode: 0o444 });
    expect(readFileSync(file, 'utf8')).toBe('two');
    expect(statSync(file).mode & 0o777).toBe(0o444);
    expect(readdirSync(join(file, '..'))).toEqual(['file.txt']);
  });

  it('leaves no temporary file behind when the rename fails', async () => {
    const dir = tempDir();
    await writeFileAtomic(join(dir, 'x', 'inner'), 'data');
    // Renaming a file over a non-empty directory fails.
    await expect(writeFileAtomic(join(dir, 'x'), 'data')).rejects.toThrow();
    expect(readdirSync(dir).filter(isAtomicTempName)).toEqual([]);
  });

  it('recognises its temporary names', () => {
    expect(isAtomicTempName('.go.mod.tmp-123-0123456789ab')).toBe(true);
    expect(isAtomicTempName('go.mod')).toBe(false);
  });
});
