/**
 * The checksum-database client (golang.org/x/mod/sumdb Client): looks up the go.sum lines of a
 * module version and proves them — the signed tree head must verify with the database key, must be
 * consistent with the newest head seen before (no fork), and the record must be in the tree — before
 * anything is cached or returned. https://go.dev/ref/mod#checksum-database
 */
import { escapePath, escapeVersion, matchPrefixPatterns } from '@goradar/gomod';
import { GoradarError } from '../errors.js';
import { newVerifier, NoteError, openNote, type Verifier } from './note.js';
import { tileKey, tilePath, type Tile } from './tile.js';
import { tileHashReader, type Tree, type TileReader } from './tile-hash-reader.js';
import { parseRecord, parseTree } from './tree-note.js';
import { EMPTY_TREE_HASH, formatHash, recordHash, storedHashIndex } from './tlog-hash.js';
import { proveTree, treeHash } from './tlog-proof.js';

/** SumdbClientOps is everything the client needs from outside: network, config and cache. */
export interface SumdbClientOps {
  /** readRemote gets a path (`/lookup/…`, `/tile/…`) from the database. */
  readRemote(path: string): Promise<Buffer>;
  /** readConfig reads a config file (`<name>/latest`); a missing file reads as empty. */
  readConfig(file: string): Promise<Buffer>;
  /** writeConfig replaces file's content old with next, failing with WriteConflictError if it changed. */
  writeConfig(file: string, old: Buffer, next: Buffer): Promise<void>;
  /** readCache returns a cached lookup or tile, or undefined. */
  readCache(file: string): Promise<Buffer | undefined>;
  writeCache(file: string, data: Buffer): Promise<void>;
}

/** WriteConflictError tells the client that the config changed underneath it. */
export class WriteConflictError extends Error {
  constructor() {
    super('write conflict');
    this.name = 'WriteConflictError';
  }
}

/** SumdbClientOptions configure a SumdbClient. */
export interface SumdbClientOptions {
  /** tileHeight of the database (8 for sum.golang.org). */
  tileHeight?: number;
  /** gonosumdb lists path globs that are never looked up. */
  gonosumdb?: string;
}

interface Latest {
  tree: Tree;
  msg: Buffer;
}

function securityError(message: string): GoradarError {
  return new GoradarError('ERR_SUMDB_MISBEHAVIOR', message, {
    exitCode: 1,
    hint: 'the checksum database served two inconsistent histories; do not trust downloads until this is explained (report it to the database operator)',
  });
}

function indent(text: string): string {
  return text.replace(/\n/g, '\n\t');
}

/** SumdbClient looks up and proves go.sum lines. */
export class SumdbClient {
  readonly name: string;
  private readonly verifier: Verifier;
  private readonly height: number;
  private latest: Latest = { tree: { N: 0, hash: EMPTY_TREE_HASH }, msg: Buffer.alloc(0) };
  private initialized: Promise<void> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly tileData = new Map<string, Promise<Buffer>>();
  private readonly savedTiles = new Set<string>();

  constructor(
    vkey: string,
    private readonly ops: SumdbClientOps,
    private readonly options: SumdbClientOptions = {},
  ) {
    this.verifier = newVerifier(vkey);
    this.name = this.verifier.name;
    this.height = options.tileHeight ?? 8;
  }

  /** latestTree returns the newest verified tree head this client trusts. */
  get latestTree(): Tree {
    return this.latest.tree;
  }

  private init(): Promise<void> {
    this.initialized ??= (async () => {
      const msg = await this.ops.readConfig(`${this.name}/latest`);
      try {
        await this.mergeLatestMem(msg);
      } catch (err) {
        throw err instanceof GoradarError ? err : new Error(`initializing sumdb.Client: ${(err as Error).message}`);
      }
    })();
    return this.initialized;
  }

  // Lookups run one at a time through the merge step; each one may advance the trusted head.
  private serialize<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * lookup returns the database lines for path@version (version may end in /go.mod): the lines of
   * the record that start with `path version `. Paths matching GONOSUMDB are refused.
   */
  async lookup(path: string, version: string): Promise<string[]> {
    if (matchPrefixPatterns(this.options.gonosumdb ?? '', path)) throw new Error(`${path}@${version}: skipped (listed in GONOSUMDB)`);
    const base = version.replace(/\/go\.mod$/, '');
    try {
      await this.init();
      const data = await this.serialize(() => this.fetchRecord(path, base));
      const prefix = `${path} ${version} `;
      return data.toString('utf8').split('\n').filter((line) => line.startsWith(prefix));
    } catch (err) {
      if (err instanceof GoradarError) throw err;
      throw new Error(`${path}@${version}: ${(err as Error).message}`, { cause: err });
    }
  }

  private async fetchRecord(path: string, version: string): Promise<Buffer> {
    const remotePath = `/lookup/${escapePath(path)}@${escapeVersion(version)}`;
    const file = `${this.name}${remotePath}`;
    const cached = await this.ops.readCache(file);
    const data = cached ?? (await this.ops.readRemote(remotePath));
    const { id, text, rest } = parseRecord(data);
    await this.mergeLatest(rest);
    await this.checkRecord(id, text);
    if (cached === undefined) await this.ops.writeCache(file, data);
    return data;
  }

  private async mergeLatest(msg: Buffer): Promise<void> {
    if ((await this.mergeLatestMem(msg)) !== 'future') return;
    // The head moved forward: persist it, unless another process stored an even newer one.
    for (;;) {
      const stored = await this.ops.readConfig(`${this.name}/latest`);
      if ((await this.mergeLatestMem(stored)) !== 'past') return;
      try {
        await this.ops.writeConfig(`${this.name}/latest`, stored, this.latest.msg);
        return;
      } catch (err) {
        if (!(err instanceof WriteConflictError)) throw err;
      }
    }
  }

  private async mergeLatestMem(msg: Buffer): Promise<'past' | 'now' | 'future'> {
    if (msg.length === 0) return 'past';
    let tree: Tree;
    try {
      tree = parseTree(openNote(msg, [this.verifier]).text);
    } catch (err) {
      const what = err instanceof NoteError ? 'reading tree note' : 'reading tree';
      throw new Error(`${what}: ${(err as Error).message}\nnote:\n${msg.toString('utf8')}`);
    }
    const latest = this.latest;
    if (tree.N <= latest.tree.N) {
      await this.checkTrees({ tree, msg }, latest);
      return tree.N < latest.tree.N ? 'past' : 'now';
    }
    await this.checkTrees(latest, { tree, msg });
    this.latest = { tree, msg };
    return 'future';
  }

  // checkTrees proves that older is a prefix of newer, by recomputing older's root from tiles
  // authenticated against newer's root.
  private async checkTrees(older: Latest, newer: Latest): Promise<void> {
    const reader = tileHashReader(newer.tree, this.tileReader());
    let h;
    try {
      h = await treeHash(older.tree.N, reader);
    } catch (err) {
      const at = older.tree.N === newer.tree.N ? `tree#${older.tree.N}` : `tree#${older.tree.N} against tree#${newer.tree.N}`;
      throw new Error(`checking ${at}: ${(err as Error).message}`);
    }
    if (h.equals(older.tree.hash)) return;
    let proof: string;
    try {
      const p = await proveTree(newer.tree.N, older.tree.N, reader);
      proof = `proof of misbehavior:\n\t${formatHash(h)}${p.map((x) => `\n\t${formatHash(x)}`).join('')}`;
    } catch (err) {
      proof = `[failed to prove inconsistency: ${(err as Error).message}]`;
    }
    throw securityError(
      `SECURITY ERROR\ngo.sum database server misbehavior detected!\n\nold database:\n\t${indent(older.msg.toString('utf8'))}\nnew database:\n\t${indent(newer.msg.toString('utf8'))}\n${proof}`,
    );
  }

  private async checkRecord(id: number, text: Buffer): Promise<void> {
    const latest = this.latest.tree;
    if (id < 0 || id >= latest.N) throw new Error(`cannot validate record ${id} in tree of size ${latest.N}`);
    const [stored] = await tileHashReader(latest, this.tileReader()).readHashes([storedHashIndex(0, id)]);
    if (!stored?.equals(recordHash(text))) throw new Error('cannot authenticate record data in server response');
  }

  private tileReader(): TileReader {
    return {
      height: this.height,
      readTiles: (tiles) => Promise.all(tiles.map((t) => this.readTile(t))),
      saveTiles: async (tiles, data) => {
        for (const [i, tile] of tiles.entries()) {
          const key = tileKey(tile);
          if (this.savedTiles.has(key)) continue;
          this.savedTiles.add(key);
          await this.ops.writeCache(`${this.name}/${tilePath(tile)}`, data[i] as Buffer);
        }
      },
    };
  }

  private readTile(tile: Tile): Promise<Buffer> {
    const key = tileKey(tile);
    let pending = this.tileData.get(key);
    if (!pending) {
      pending = this.loadTile(tile);
      this.tileData.set(key, pending);
      pending.catch(() => this.tileData.delete(key));
    }
    return pending;
  }

  // Cache first (the tile itself, then its full version cut down), then the server likewise.
  private async loadTile(tile: Tile): Promise<Buffer> {
    const full: Tile = { ...tile, W: 2 ** tile.H };
    const cut = (data: Buffer) => data.subarray(0, Math.floor(data.length / full.W) * tile.W);
    const cached = await this.ops.readCache(`${this.name}/${tilePath(tile)}`);
    if (cached) {
      this.savedTiles.add(tileKey(tile));
      return cached;
    }
    if (tile.W !== full.W) {
      const cachedFull = await this.ops.readCache(`${this.name}/${tilePath(full)}`);
      if (cachedFull) {
        this.savedTiles.add(tileKey(tile));
        return cut(cachedFull);
      }
    }
    try {
      return await this.ops.readRemote(`/${tilePath(tile)}`);
    } catch (err) {
      if (tile.W === full.W) throw err;
      try {
        return cut(await this.ops.readRemote(`/${tilePath(full)}`));
      } catch {
        throw err;
      }
    }
  }
}
