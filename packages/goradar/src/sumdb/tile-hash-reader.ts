/**
 * A HashReader that reads a log's hashes from tiles and authenticates every tile it uses against a
 * signed tree head before trusting any hash in it.
 */
import { hashFromTile, tileForIndex, tileHash, tileKey, tileParent, tilePath, type Tile } from './tile.js';
import { HASH_SIZE, nodeHash, storedHashIndex, type Hash, type HashReader } from './tlog-hash.js';
import { subTreeIndex } from './tlog-proof.js';

/** Tree is a log head: its size and root hash. */
export interface Tree {
  readonly N: number;
  readonly hash: Hash;
}

/** TileReader fetches tile contents and keeps the ones that proved authentic. */
export interface TileReader {
  /** height is the tile height of the log (8 for sum.golang.org). */
  readonly height: number;
  /** readTiles returns each tile's content (W·32 bytes), in order. */
  readTiles(tiles: readonly Tile[]): Promise<Buffer[]>;
  /** saveTiles is told which tiles were authenticated, to keep them (e.g. in a cache). */
  saveTiles(tiles: readonly Tile[], data: readonly Buffer[]): Promise<void>;
}

/** INCONSISTENT_TILE is the error text when downloaded tiles do not add up to the signed tree hash. */
export const INCONSISTENT_TILE = 'downloaded inconsistent tile';

interface TilePlan {
  tiles: Tile[];
  order: Map<string, number>;
  rootTileOrder: number[];
  indexTileOrder: number[];
}

function addTile(plan: TilePlan, tile: Tile): number {
  const at = plan.tiles.length;
  plan.order.set(tileKey(tile), at);
  plan.tiles.push(tile);
  return at;
}

function mustParent(tile: Tile, k: number, n: number): Tile {
  const p = tileParent(tile, k, n);
  if (p === undefined) throw new Error(`bad math in tileHashReader: no parent of ${tilePath(tile)} in tree of size ${n}`);
  return p;
}

function planRootTiles(plan: TilePlan, h: number, n: number, roots: number[]): void {
  for (const x of roots) {
    const tile = mustParent(tileForIndex(h, x).tile, 0, n);
    const known = plan.order.get(tileKey(tile));
    plan.rootTileOrder.push(known ?? addTile(plan, tile));
  }
}

// Each index's tile is fetched together with the chain of parent tiles up to one already planned,
// parents first, so that every tile can be authenticated by the one above it.
function planIndexTiles(plan: TilePlan, h: number, n: number, indexes: readonly number[]): void {
  const limit = storedHashIndex(0, n);
  for (const x of indexes) {
    if (x >= limit) throw new Error('indexes not in tree');
    const tile = tileForIndex(h, x).tile;
    let k = 0;
    for (; ; k++) {
      const known = plan.order.get(tileKey(mustParent(tile, k, n)));
      if (known !== undefined) {
        if (k === 0) plan.indexTileOrder.push(known);
        break;
      }
    }
    for (k--; k >= 0; k--) {
      const p = mustParent(tile, k, n);
      if (p.W !== 2 ** p.H) throw new Error(`bad math in tileHashReader: ${n} ${x} ${tilePath(p)}`);
      const at = addTile(plan, p);
      if (k === 0) plan.indexTileOrder.push(at);
    }
  }
}

function authenticate(plan: TilePlan, data: readonly Buffer[], tree: Tree, roots: number[]): void {
  const last = roots.length - 1;
  const tileData = (i: number) => data[plan.rootTileOrder[i] as number] as Buffer;
  const tileAt = (i: number) => plan.tiles[plan.rootTileOrder[i] as number] as Tile;
  let th = hashFromTile(tileAt(last), tileData(last), roots[last] as number);
  for (let i = last - 1; i >= 0; i--) th = nodeHash(hashFromTile(tileAt(i), tileData(i), roots[i] as number), th);
  if (!th.equals(tree.hash)) throw new Error(INCONSISTENT_TILE);
  for (let i = roots.length; i < plan.tiles.length; i++) {
    const tile = plan.tiles[i] as Tile;
    const p = mustParent(tile, 1, tree.N);
    const j = plan.order.get(tileKey(p));
    if (j === undefined) throw new Error(`bad math in tileHashReader ${tree.N}: lost parent of ${tilePath(tile)}`);
    const expected = hashFromTile(p, data[j] as Buffer, storedHashIndex(p.L * p.H, tile.N));
    if (!expected.equals(tileHash(data[i] as Buffer))) throw new Error(INCONSISTENT_TILE);
  }
}

/**
 * tileHashReader returns a HashReader for the tree whose hashes come from tiles: the tiles that make
 * up the root are checked by recomputing the signed root hash, every other tile by the hash its
 * parent tile holds for it. Only then are tiles saved and hashes returned.
 */
export function tileHashReader(tree: Tree, reader: TileReader): HashReader {
  return {
    async readHashes(indexes) {
      const h = reader.height;
      const plan: TilePlan = { tiles: [], order: new Map(), rootTileOrder: [], indexTileOrder: [] };
      const roots = subTreeIndex(0, tree.N);
      planRootTiles(plan, h, tree.N, roots);
      planIndexTiles(plan, h, tree.N, indexes);
      const data = await reader.readTiles(plan.tiles);
      if (data.length !== plan.tiles.length) throw new Error(`TileReader returned bad result slice (len=${data.length}, want ${plan.tiles.length})`);
      plan.tiles.forEach((tile, i) => {
        const got = (data[i] as Buffer).length;
        if (got !== tile.W * HASH_SIZE) throw new Error(`TileReader returned bad result slice (${tilePath(tile)} len=${got}, want ${tile.W * HASH_SIZE})`);
      });
      if (roots.length > 0) authenticate(plan, data, tree, roots);
      await reader.saveTiles(plan.tiles, data);
      return indexes.map((x, i) => hashFromTile(plan.tiles[plan.indexTileOrder[i] as number] as Tile, data[plan.indexTileOrder[i] as number] as Buffer, x));
    },
  };
}
