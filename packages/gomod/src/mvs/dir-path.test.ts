import { describe, expect, it } from 'vitest';
import { cleanPath, dirName, joinPath, relativePath, resolvePath, toDirectoryPath } from './dir-path.js';

describe('dir-path', () => {
  it.each([
    ['', '.'],
    ['a/b/../c', 'a/c'],
    ['/a/./b//c/', '/a/b/c'],
    ['../../x', '../../x'],
    ['/..', '/'],
  ])('cleanPath(%j) = %j', (p, want) => expect(cleanPath(p)).toBe(want));

  it.each([
    ['/ws', '/ws/a/x', 'a/x'],
    ['/ws/a', '/ws/b', '../b'],
    ['/ws', '/ws', '.'],
    ['/ws', 'rel', undefined],
  ])('relativePath(%j, %j) = %j', (base, target, want) => expect(relativePath(base, target)).toBe(want));

  it('joins, resolves and names directories as filepath does', () => {
    expect(joinPath('/src/main', './a')).toBe('/src/main/a');
    expect(resolvePath('/src/main', '/abs/x')).toBe('/abs/x');
    expect(resolvePath('/src/main', '../x')).toBe('/src/x');
    expect(dirName('/ws/go.work')).toBe('/ws');
    expect(toDirectoryPath('a/b', (p) => p.startsWith('./') || p.startsWith('../'))).toBe('./a/b');
    expect(toDirectoryPath('../b', (p) => p.startsWith('./') || p.startsWith('../'))).toBe('../b');
  });
});
