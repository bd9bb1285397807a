/**
 * Tiles of a transparency log (https://research.swtch.com/tlog#tiling_a_log): a tile (H, L, N, W)
 * holds W consecutive hashes of tree level L·H starting at index N·2^H of that level. Level -1 names
 * the record data itself (path element `data`).
 */
import {
  HASH_SIZE,
  nodeHash,
  shiftLeft,
  shiftRight,
  splitStoredHashIndex,
  storedHashIndex,
  type Hash,
  type HashReader,
} from './tlog-hash.js';

/** Tile names one tile of a log: height H, level L (-1 = data), number N, width W (2^H when full). */
export interface Tile {
  readonly H: number;
  readonly L: number;
  readonly N: number;
  readonly W: number;
}

/** tileKey is a string identifying a tile, for maps and sets. */
export function tileKey(t: Tile): string {
  return `${t.H}/${t.L}/${t.N}/${t.W}`;
}

/** tileForIndex returns the smallest tile of height h holding the stored hash index, with its byte range. */
export function tileForIndex(h: number, index: number): { tile: Tile; start: number; end: number } {
  if (h <= 0) throw new Error(`tileForIndex: invalid height ${h}`);
  const split = splitStoredHashIndex(index);
  const L = Math.floor(split.level / h);
  const level = split.level - L * h;
  const N = shiftRight(shiftLeft(split.n, level), h);
  const within = split.n - shiftRight(shiftLeft(N, h), level);
  const W = shiftLeft(within + 1, level);
  return { tile: { H: h, L, N, W }, start: shiftLeft(within, level) * HASH_SIZE, end: shiftLeft(within + 1, level) * HASH_SIZE };
}

/** tileHash returns the hash of the subtree formed by the concatenated hashes in data. */
export function tileHash(data: Buffer): Hash {
  if (data.length === 0) throw new Error('bad math in tileHash');
  if (data.length === HASH_SIZE) return Buffer.from(data);
  const half = data.length / 2;
  return nodeHash(tileHash(data.subarray(0, half)), tileHash(data.subarray(half)));
}

/** hashFromTile returns the stored hash at index, computed from the tile t whose content is data. */
export function hashFromTile(t: Tile, data: Buffer, index: number): Hash {
  if (t.H < 1 || t.H > 30 || t.L < 0 || t.L >= 64 || t.W < 1 || t.W > 2 ** t.H) throw new Error(`invalid tile ${tilePath(t)}`);
  if (data.length < t.W * HASH_SIZE) throw new Error(`data len ${data.length} too short for tile ${tilePath(t)}`);
  const { tile, start, end } = tileForIndex(t.H, index);
  if (t.L !== tile.L || t.N !== tile.N || t.W < tile.W) throw new Error(`index ${index} is in ${tilePath(tile)} not ${tilePath(t)}`);
  return tileHash(data.subarray(start, end));
}

/** newTiles lists the tiles of height h that change when a log grows from oldSize to newSize records. */
export function newTiles(h: number, oldSize: number, newSize: number): Tile[] {
  if (h <= 0) throw new Error(`newTiles: invalid height ${h}`);
  const tiles: Tile[] = [];
  for (let level = 0; shiftRight(newSize, h * level) > 0; level++) {
    const oldN = shiftRight(oldSize, h * level);
    const newN = shiftRight(newSize, h * level);
    if (oldN === newN) continue;
    for (let n = shiftRight(oldN, h); n < shiftRight(newN, h); n++) tiles.push({ H: h, L: level, N: n, W: 2 ** h });
    const n = shiftRight(newN, h);
    const w = newN - shiftLeft(n, h);
    if (w > 0) tiles.push({ H: h, L: level, N: n, W: w });
  }
  return tiles;
}

/** readTileData returns the content of tile t, reading its hashes through reader. */
export async function readTileData(t: Tile, reader: HashReader): Promise<Buffer> {
  const size = t.W === 0 ? 2 ** t.H : t.W;
  const start = shiftLeft(t.N, t.H);
  const indexes: number[] = [];
  for (let i = 0; i < size; i++) indexes.push(storedHashIndex(t.H * t.L, start + i));
  const hashes = await reader.readHashes(indexes);
  if (hashes.length !== indexes.length) throw new Error(`tlog: readHashes(${indexes.length} indexes) = ${hashes.length} hashes`);
  return Buffer.concat(hashes);
}

/** tilePath returns the tile's URL path: tile/H/L/NNN[.p/W], N in x-prefixed groups of three digits. */
export function tilePath(t: Tile): string {
  let n = t.N;
  let nStr = pad3(n % 1000);
  while (n >= 1000) {
    n = Math.floor(n / 1000);
    nStr = `x${pad3(n % 1000)}/${nStr}`;
  }
  const partial = t.W !== 2 ** t.H ? `.p/${t.W}` : '';
  const level = t.L === -1 ? 'data' : String(t.L);
  return `tile/${t.H}/${level}/${nStr}${partial}`;
}

function pad3(n: number): string {
  return String(n).padStart(3, '0');
}

const decimal = /^[+-]?\d+$/;

function parseDecimal(s: string): number | undefined {
  return decimal.test(s) ? Number(s) : undefined;
}

/** parseTilePath parses a tile path; anything tilePath would not print exactly is `malformed tile path`. */
export function parseTilePath(path: string): Tile {
  const bad = new Error(`malformed tile path ${JSON.stringify(path)}`);
  let f = path.split('/');
  if (f.length < 4 || f[0] !== 'tile') throw bad;
  const h = parseDecimal(f[1] as string);
  const isData = f[2] === 'data';
  const l = isData ? 0 : parseDecimal(f[2] as string);
  if (h === undefined || l === undefined || h < 1 || l < 0 || h > 30) throw bad;
  let w = 2 ** h;
  const dotP = f[f.length - 2] as string;
  if (dotP.endsWith('.p')) {
    const ww = parseDecimal(f[f.length - 1] as string);
    if (ww === undefined || ww <= 0 || ww >= w) throw bad;
    w = ww;
    f = [...f.slice(0, -2), dotP.slice(0, -2)];
  }
  let n = 0;
  for (const s of f.slice(3)) {
    const nn = parseDecimal(s.startsWith('x') ? s.slice(1) : s);
    if (nn === undefined || nn < 0 || nn >= 1000) throw bad;
    n = n * 1000 + nn;
  }
  const tile: Tile = { H: h, L: isData ? -1 : l, N: n, W: w };
  if (tilePath(tile) !== path) throw bad;
  return tile;
}

/**
 * tileParent returns the tile k levels of tiling above t in a tree of n records, cut to the width
 * the tree has there; undefined when the tree does not reach it.
 */
export function tileParent(t: Tile, k: number, n: number): Tile | undefined {
  const L = t.L + k;
  const N = shiftRight(t.N, k * t.H);
  let W = 2 ** t.H;
  const max = shiftRight(n, L * t.H);
  if (shiftLeft(N, t.H) + W >= max) {
    if (shiftLeft(N, t.H) >= max) return undefined;
    W = max - shiftLeft(N, t.H);
  }
  return { H: t.H, L, N, W };
}
