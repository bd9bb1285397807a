/**
 * A checksum database for tests: an in-memory log of module records signed with a test key
 * (the one of x/mod's client tests), served over HTTP on 127.0.0.1 as /latest, /lookup/… and
 * /tile/…. Tests can sign with another key, serve a forked log, or tamper with any answer.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { escapePath, escapeVersion, unescapePath, unescapeVersion } from '@goradar/gomod';
import { newSigner, type Signer } from '../note.js';
import { parseTilePath } from '../tile.js';
import { formatRecord } from '../tree-note.js';
import { MemoryLog } from './memory-log.js';

/** TEST_SUMDB_VKEY and TEST_SUMDB_SKEY are the verifier and signer keys of the test database. */
export const TEST_SUMDB_VKEY = 'localhost.localdev/sumdb+00000c67+AcTrnkbUA+TU4heY3hkjiSES/DSQniBqIeQ/YppAUtK6';
export const TEST_SUMDB_SKEY = 'PRIVATE+KEY+localhost.localdev/sumdb+00000c67+AXu6+oaVaOYuQOFrf1V59JK1owcFlJcHwwXHDfDGxSPk';
/** TEST_SUMDB_NAME is the database name in those keys. */
export const TEST_SUMDB_NAME = 'localhost.localdev/sumdb';

/** TestSumdb is a log of module records and its signer. */
export class TestSumdb {
  readonly log = new MemoryLog();
  private readonly ids = new Map<string, number>();
  signer: Signer = newSigner(TEST_SUMDB_SKEY);
  /** tileHeight of the served tiles. */
  height = 8;
  /** tamper may rewrite any response body (path, body) → body. */
  tamper: ((path: string, body: Buffer) => Buffer) | undefined;
  /** treeSize, when set, pins the size of the tree head served (to serve old heads). */
  treeSize: number | undefined;

  /** add appends the record of one module version: its zip and go.mod hashes. */
  async add(path: string, version: string, sum: string, goModSum: string): Promise<number> {
    const id = await this.log.append(`${path} ${version} ${sum}\n${path} ${version}/go.mod ${goModSum}\n`);
    this.ids.set(`${path}@${version}`, id);
    return id;
  }

  /** latest returns the signed tree head. */
  async latest(): Promise<Buffer> {
    return this.log.signedTree([this.signer], this.treeSize ?? this.log.records.length);
  }

  /** answer returns the response to a database path (`latest`, `lookup/…`, `tile/…`), or undefined for 404. */
  async answer(path: string): Promise<Buffer | undefined> {
    const body = await this.rawAnswer(path);
    return body && this.tamper ? this.tamper(path, body) : body;
  }

  private async rawAnswer(path: string): Promise<Buffer | undefined> {
    if (path === 'latest') return this.latest();
    if (path.startsWith('lookup/')) {
      const at = path.lastIndexOf('@');
      const key = `${unescapePath(path.slice('lookup/'.length, at))}@${unescapeVersion(path.slice(at + 1))}`;
      const id = this.ids.get(key);
      if (id === undefined) return undefined;
      return Buffer.concat([formatRecord(id, this.log.records[id] as Buffer), await this.latest()]);
    }
    if (path.startsWith('tile/')) {
      const tile = parseTilePath(path);
      if (tile.H !== this.height || !this.log.tileExists(tile)) return undefined;
      return this.log.tileData(tile);
    }
    return undefined;
  }

  /** handle serves path on res; it is a ProxyHook for proxying through a test GOPROXY. */
  readonly handle = async (path: string, _req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    let body: Buffer | undefined;
    try {
      body = await this.answer(path);
    } catch {
      body = undefined;
    }
    if (body === undefined) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    else res.writeHead(200).end(body);
    return true;
  };
}

/** lookupPath returns the /lookup path of a module version. */
export function lookupPath(path: string, version: string): string {
  return `lookup/${escapePath(path)}@${escapeVersion(version)}`;
}

/** startSumdbServer serves db on 127.0.0.1 until closed; requests are recorded. */
export async function startSumdbServer(db: TestSumdb): Promise<{ url: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    requests.push(path);
    void db.handle(path, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
