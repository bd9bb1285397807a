/**
 * An in-memory transparency log for tests: it appends records, keeps every stored hash, serves tiles
 * and signs tree heads, the way a checksum database server does.
 */
import { signNote, type Signer } from '../note.js';
import { readTileData, type Tile } from '../tile.js';
import { formatTree } from '../tree-note.js';
import { recordHash, storedHashesForRecord, type Hash, type HashReader } from '../tlog-hash.js';
import { treeHash } from '../tlog-proof.js';
import type { Tree } from '../tile-hash-reader.js';

/** MemoryLog is an append-only log of records with all its stored hashes. */
export class MemoryLog {
  readonly records: Buffer[] = [];
  readonly hashes: Hash[] = [];

  /** reader returns the stored hashes by index. */
  readonly reader: HashReader = {
    readHashes: async (indexes) =>
      indexes.map((i) => {
        const h = this.hashes[i];
        if (h === undefined) throw new Error(`memory log: no stored hash ${i}`);
        return h;
      }),
  };

  /** append adds a record and returns its id. */
  async append(text: Buffer | string): Promise<number> {
    const data = Buffer.from(text);
    const id = this.records.length;
    const stored = await storedHashesForRecord(id, recordHash(data), this.reader);
    this.records.push(data);
    this.hashes.push(...stored);
    return id;
  }

  /** tree returns the current head (size and root hash). */
  async tree(size = this.records.length): Promise<Tree> {
    return { N: size, hash: await treeHash(size, this.reader) };
  }

  /** signedTree returns the tree head of the given size as a note signed by signers. */
  async signedTree(signers: readonly Signer[], size = this.records.length): Promise<Buffer> {
    return signNote({ text: formatTree(await this.tree(size)) }, signers);
  }

  /** tileData returns the content of a hash tile or a data tile (level -1). */
  async tileData(tile: Tile): Promise<Buffer> {
    if (tile.L >= 0) return readTileData(tile, this.reader);
    const start = tile.N * 2 ** tile.H;
    const parts: Buffer[] = [];
    for (let i = start; i < start + tile.W; i++) parts.push(this.records[i] as Buffer, Buffer.from('\n'));
    return Buffer.concat(parts);
  }

  /** tileExists reports whether the log is large enough to serve tile. */
  tileExists(tile: Tile): boolean {
    if (tile.L < 0) return (tile.N * 2 ** tile.H + tile.W) <= this.records.length;
    return (tile.N * 2 ** tile.H + tile.W) * 2 ** (tile.L * tile.H) <= this.records.length;
  }
}
