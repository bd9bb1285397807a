import { describe, expect, it } from 'vitest';
import { MemoryLog } from './test-support/memory-log.js';
import { hashFromTile, newTiles, parseTilePath, readTileData, tileForIndex, tilePath, type Tile } from './tile.js';
import { tileHashReader, type TileReader } from './tile-hash-reader.js';
import { formatRecord, formatTree, parseRecord, parseTree } from './tree-note.js';
import { EMPTY_TREE_HASH, formatHash, parseHash, recordHash, splitStoredHashIndex, storedHashCount, storedHashIndex } from './tlog-hash.js';
import { checkRecord, checkTree, proveRecord, proveTree, treeHash } from './tlog-proof.js';

async function leafLog(n: number): Promise<MemoryLog> {
  const log = new MemoryLog();
  for (let i = 0; i < n; i++) await log.append(`leaf ${i}`);
  return log;
}

describe('stored hash index', () => {
  it.each([
    [0, 0, 0], [0, 1, 1], [1, 0, 2], [0, 2, 3], [0, 3, 4], [1, 1, 5], [2, 0, 6],
    [0, 4, 7], [0, 7, 11], [1, 3, 12], [2, 1, 13], [3, 0, 14],
  ])('level %i n %i -> %i and back', (level, n, index) => {
    expect(storedHashIndex(level, n)).toBe(index);
    expect(splitStoredHashIndex(index)).toEqual({ level, n });
  });

  it('inverts for every index up to 5000', () => {
    for (let i = 0; i < 5000; i++) {
      const { level, n } = splitStoredHashIndex(i);
      expect(storedHashIndex(level, n)).toBe(i);
    }
  });

  it('counts stored hashes', () => {
    expect(storedHashCount(9)).toBe(16);
    expect(storedHashCount(0)).toBe(0);
  });
});

describe('tree hashes and proofs', () => {
  it.each([
    [1, 'G7l9zCFjXUfiZj79/QoXRobZjdcBNS3SzQbotD/T0wU='],
    [2, '/F9riP+FVPdbsvnm85wxsZNtRLaSdu33sSBalVuXYeM='],
    [3, '1Pksj7uJcg6ztVZ3x9fvrd/rENEaGoSguo8aIzN/qpU='],
    [7, 'WmH8K1T5z6cXdPJDIUPdQMbLKxGUf69lp9PaXLZRmcg='],
    [8, 'xcLIIO00L92ozolra5z1uMAKIcxLIHFMxuXTwFw1JAs='],
  ])('root of %i leaves', async (n, root) => {
    const log = await leafLog(n);
    expect(formatHash(await treeHash(n, log.reader))).toBe(root);
    expect(log.hashes.length).toBe(storedHashCount(n));
  });

  it('hashes the empty tree as SHA-256 of nothing', async () => {
    expect(formatHash(await treeHash(0, new MemoryLog().reader))).toBe('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(formatHash(EMPTY_TREE_HASH)).toBe('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });

  it('proves record 2 in the 7-record tree', async () => {
    const log = await leafLog(7);
    const proof = await proveRecord(7, 2, log.reader);
    expect(proof.map(formatHash)).toEqual([
      'WL0UluFoSqySAcLmh+565PUclqiw2B7zWDYouT0800U=',
      '/F9riP+FVPdbsvnm85wxsZNtRLaSdu33sSBalVuXYeM=',
      'AVcbVXvHBnJlDUZ8e62DN+CafzVKcgUfI7Q6eCwPSOY=',
    ]);
    const root = await treeHash(7, log.reader);
    expect(() => checkRecord(proof, 7, root, 2, recordHash(Buffer.from('leaf 2')))).not.toThrow();
    expect(() => checkRecord(proof, 7, root, 2, recordHash(Buffer.from('leaf X')))).toThrow('invalid transparency proof');
    expect(() => checkRecord(proof.slice(1), 7, root, 2, recordHash(Buffer.from('leaf 2')))).toThrow('invalid transparency proof');
  });

  it('proves tree 3 is a prefix of tree 7', async () => {
    const log = await leafLog(7);
    const proof = await proveTree(7, 3, log.reader);
    expect(proof.map(formatHash)).toEqual([
      'qze6NNHf4pAV3nF6bVdkqPsCnDp6D1tkuTtUNRiFv3w=',
      'WL0UluFoSqySAcLmh+565PUclqiw2B7zWDYouT0800U=',
      '/F9riP+FVPdbsvnm85wxsZNtRLaSdu33sSBalVuXYeM=',
      'AVcbVXvHBnJlDUZ8e62DN+CafzVKcgUfI7Q6eCwPSOY=',
    ]);
    const [old, now] = [await treeHash(3, log.reader), await treeHash(7, log.reader)];
    expect(() => checkTree(proof, 7, now, 3, old)).not.toThrow();
    expect(() => checkTree(proof, 7, now, 3, recordHash(Buffer.from('fork')))).toThrow('invalid transparency proof');
  });

  it('checks every record and tree proof in a 40-record log', async () => {
    const log = await leafLog(40);
    for (let t = 1; t <= 40; t++) {
      const root = await treeHash(t, log.reader);
      for (let n = 0; n < t; n++) checkRecord(await proveRecord(t, n, log.reader), t, root, n, recordHash(Buffer.from(`leaf ${n}`)));
      for (let n = 1; n <= t; n++) checkTree(await proveTree(t, n, log.reader), t, root, n, await treeHash(n, log.reader));
    }
  });
});

describe('tiles', () => {
  it.each([
    ['tile/4/0/001', { H: 4, L: 0, N: 1, W: 16 }],
    ['tile/4/0/001.p/5', { H: 4, L: 0, N: 1, W: 5 }],
    ['tile/3/5/x123/x456/078', { H: 3, L: 5, N: 123456078, W: 8 }],
    ['tile/3/5/x123/x456/078.p/2', { H: 3, L: 5, N: 123456078, W: 2 }],
    ['tile/1/0/x003/x057/500', { H: 1, L: 0, N: 3057500, W: 2 }],
    ['tile/1/data/x003/x057/500', { H: 1, L: -1, N: 3057500, W: 2 }],
    ['tile/8/0/x001/000', { H: 8, L: 0, N: 1000, W: 256 }],
  ])('parses and prints %s', (path, tile) => {
    expect(parseTilePath(path)).toEqual(tile);
    expect(tilePath(tile)).toBe(path);
  });

  it.each(['tile/3/5/123/456/078', 'tile/3/-1/123/456/078', 'tile/0/0/000', 'tile/31/0/000', 'tile/4/0/001.p/16', 'tile/4/0/001.p/0', 'tile/4/0/1000', 'tile/4/0', 'tiles/4/0/001', 'tile/4/0/x000/001'])(
    'rejects %s',
    (path) => {
      expect(() => parseTilePath(path)).toThrow(`malformed tile path ${JSON.stringify(path)}`);
    },
  );

  it.each([
    [1, 1, 0], [100, 101, 1], [1023, 1025, 3], [1024, 1030, 1], [1030, 2000, 1], [1030, 10000, 10], [49516517, 49516586, 3],
  ])('newTiles(10, %i, %i) has %i tiles', (oldSize, newSize, count) => {
    expect(newTiles(10, oldSize, newSize)).toHaveLength(count);
  });

  it('lists the tiles of a 1000-record log of height 8', () => {
    expect(newTiles(8, 0, 1000).map(tilePath)).toEqual(['tile/8/0/000', 'tile/8/0/001', 'tile/8/0/002', 'tile/8/0/003.p/232', 'tile/8/1/000.p/3']);
  });

  it('reads every stored hash back from its tile', async () => {
    const log = await leafLog(100);
    for (let index = 0; index < log.hashes.length; index++) {
      const { tile } = tileForIndex(2, index);
      const data = await readTileData(tile, log.reader);
      expect(hashFromTile(tile, data, index).equals(log.hashes[index] as Buffer)).toBe(true);
    }
  });
});

function memoryTiles(log: MemoryLog, height: number, tamper?: (tile: Tile, data: Buffer) => Buffer): TileReader & { saved: number } {
  const reader = {
    height,
    saved: 0,
    readTiles: async (tiles: readonly Tile[]) => Promise.all(tiles.map(async (t) => (tamper ?? ((_t, d) => d))(t, await log.tileData(t)))),
    saveTiles: async (tiles: readonly Tile[]) => void (reader.saved += tiles.length),
  };
  return reader;
}

describe('tileHashReader', () => {
  it('authenticates tiles and returns the stored hashes of every tree size', async () => {
    const log = await leafLog(100);
    for (const size of [1, 2, 3, 4, 5, 16, 17, 63, 64, 65, 99, 100]) {
      const tree = await log.tree(size);
      const reader = memoryTiles(log, 2);
      const hashReader = tileHashReader(tree, reader);
      expect((await treeHash(size, hashReader)).equals(tree.hash)).toBe(true);
      const want = Array.from({ length: size }, (_, i) => storedHashIndex(0, i));
      const got = await hashReader.readHashes(want);
      got.forEach((h, i) => expect(h.equals(log.hashes[want[i] as number] as Buffer)).toBe(true));
      expect(reader.saved).toBeGreaterThan(0);
    }
  });

  it('rejects a corrupted tile and saves nothing', async () => {
    const log = await leafLog(50);
    const reader = memoryTiles(log, 2, (tile, data) => (tile.L === 0 && tile.N === 3 ? Buffer.alloc(data.length, 7) : data));
    const hashReader = tileHashReader(await log.tree(), reader);
    await expect(hashReader.readHashes([storedHashIndex(0, 13)])).rejects.toThrow('downloaded inconsistent tile');
    expect(reader.saved).toBe(0);
  });

  it('rejects tiles of the wrong length', async () => {
    const log = await leafLog(10);
    const reader = memoryTiles(log, 2, (_tile, data) => data.subarray(1));
    await expect(tileHashReader(await log.tree(), reader).readHashes([0])).rejects.toThrow('TileReader returned bad result slice');
  });

  it('refuses indexes outside the tree', async () => {
    const log = await leafLog(10);
    await expect(tileHashReader(await log.tree(5), memoryTiles(log, 2)).readHashes([storedHashIndex(0, 6)])).rejects.toThrow('indexes not in tree');
  });
});

describe('tree notes and records', () => {
  it('formats and parses a tree', () => {
    const tree = { N: 123456789012, hash: recordHash(Buffer.from('hello world')) };
    expect(formatTree(tree)).toBe('go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n');
    const parsed = parseTree(`${formatTree(tree)}extra line\nmore\n`);
    expect(parsed.N).toBe(tree.N);
    expect(parsed.hash.equals(tree.hash)).toBe(true);
  });

  it.each([
    'go.sum database tree\n0xabcdef\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n',
    'go.sum database tree\n-1\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n',
    'go.sum database tree\n01\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n',
    'go.sum database tree\n1\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0\n',
    'go.sum database tree\n1\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=',
    'go.sum database treE\n1\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n',
  ])('rejects tree %j', (text) => {
    expect(() => parseTree(text)).toThrow('malformed tree note');
  });

  it('formats and parses a record', () => {
    const msg = formatRecord(123456789012, Buffer.from('hello, world\n'));
    expect(msg.toString()).toBe('123456789012\nhello, world\n\n');
    const parsed = parseRecord(Buffer.concat([msg, Buffer.from('tree note')]));
    expect(parsed.id).toBe(123456789012);
    expect(parsed.text.toString()).toBe('hello, world\n');
    expect(parsed.rest.toString()).toBe('tree note');
  });

  it.each(['', 'hello\nworld', 'hello\n\nworld\n', 'hello\x01world\n'])('rejects record text %j', (text) => {
    expect(() => formatRecord(1, Buffer.from(text))).toThrow('malformed record data');
  });

  it.each(['no newline', 'x\nrecord\n\n', '1\nno blank line\n', '1\nbad\x01\n\n'])('rejects lookup response %j', (text) => {
    expect(() => parseRecord(Buffer.from(text))).toThrow('malformed record data');
  });

  it('parses hashes strictly', () => {
    expect(() => parseHash('Tszz')).toThrow('malformed hash');
    expect(formatHash(parseHash('TszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0='))).toBe('TszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=');
  });
});
