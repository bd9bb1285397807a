import { describe, expect, it } from 'vitest';
import { isGoradarError } from '../errors.js';
import { SumdbClient } from './client.js';
import { generateKey, newSigner } from './note.js';
import { memoryOps } from './test-support/memory-ops.js';
import { lookupPath, TestSumdb, TEST_SUMDB_NAME, TEST_SUMDB_VKEY } from './test-support/sumdb-server.js';

const sampler = ['rsc.io/sampler', 'v1.3.0', 'h1:7uVkIFmeBqHfdjD+gZwtXXI+RODJ2Wc4O7MPEh/QiW4=', 'h1:T1hPZKmBbMNahiBKFy5HrXp6adAjACjK9JXDnKaTXpA='] as const;

async function dbWith(count: number): Promise<TestSumdb> {
  const db = new TestSumdb();
  await db.add(...sampler);
  for (let i = 1; i < count; i++) await db.add(`example.com/m${i}`, 'v1.0.0', `h1:${Buffer.alloc(32, i).toString('base64')}`, `h1:${Buffer.alloc(32, 100 + i).toString('base64')}`);
  return db;
}

describe('test database', () => {
  it('serves the upstream one-record lookup response byte for byte', async () => {
    const db = await dbWith(1);
    expect((await db.answer(lookupPath('rsc.io/sampler', 'v1.3.0')))?.toString()).toBe(
      '0\nrsc.io/sampler v1.3.0 h1:7uVkIFmeBqHfdjD+gZwtXXI+RODJ2Wc4O7MPEh/QiW4=\nrsc.io/sampler v1.3.0/go.mod h1:T1hPZKmBbMNahiBKFy5HrXp6adAjACjK9JXDnKaTXpA=\n\n' +
        'go.sum database tree\n1\no8m5rrlnnRXbhEBP9X8zkP2dzqefc98mKqSMf7t1ig8=\n\n' +
        '— localhost.localdev/sumdb AAAMZ2gjScx1d/Ww3KYsEXphZ1IGv2TE29+y9xSDMscp/AqWxBwbfFKrn2DHMMXtCN7FZ+ZXjWi0TYiGY5AhfeoOOwA=\n',
    );
  });
});

describe('SumdbClient.lookup', () => {
  it.each([1, 2, 3, 255, 256, 257, 600])('proves a record in a log of %i records', async (count) => {
    const db = await dbWith(count);
    const ops = memoryOps(db);
    const client = new SumdbClient(TEST_SUMDB_VKEY, ops);
    expect(await client.lookup('rsc.io/sampler', 'v1.3.0')).toEqual([`rsc.io/sampler v1.3.0 ${sampler[2]}`]);
    expect(await client.lookup('rsc.io/sampler', 'v1.3.0/go.mod')).toEqual([`rsc.io/sampler v1.3.0/go.mod ${sampler[3]}`]);
    if (count > 1) expect(await client.lookup(`example.com/m${count - 1}`, 'v1.0.0')).toHaveLength(1);
    expect(client.latestTree.N).toBe(count);
    expect(ops.config.get(`${TEST_SUMDB_NAME}/latest`)?.toString()).toContain(`go.sum database tree\n${count}\n`);
    expect([...ops.cache.keys()]).toContain(`${TEST_SUMDB_NAME}/lookup/rsc.io/sampler@v1.3.0`);
  });

  it('answers from its cache without the network the second time', async () => {
    const db = await dbWith(300);
    const config = new Map<string, Buffer>();
    const cache = new Map<string, Buffer>();
    await new SumdbClient(TEST_SUMDB_VKEY, memoryOps(db, config, cache)).lookup('rsc.io/sampler', 'v1.3.0');
    const again = memoryOps(db, config, cache);
    expect(await new SumdbClient(TEST_SUMDB_VKEY, again).lookup('rsc.io/sampler', 'v1.3.0')).toHaveLength(1);
    expect(again.remote).toEqual([]);
  });

  it('accepts a grown log consistent with the stored head', async () => {
    const db = await dbWith(10);
    const config = new Map<string, Buffer>();
    await new SumdbClient(TEST_SUMDB_VKEY, memoryOps(db, config)).lookup('rsc.io/sampler', 'v1.3.0');
    for (let i = 0; i < 300; i++) await db.add(`example.com/late${i}`, 'v1.0.0', `h1:${Buffer.alloc(32, 7).toString('base64')}`, `h1:${Buffer.alloc(32, 8).toString('base64')}`);
    const client = new SumdbClient(TEST_SUMDB_VKEY, memoryOps(db, config));
    expect(await client.lookup('example.com/late299', 'v1.0.0')).toHaveLength(1);
    expect(config.get(`${TEST_SUMDB_NAME}/latest`)?.toString()).toContain('\n310\n');
  });

  it('detects a forked log (consistency failure) as a security error and keeps the old head', async () => {
    const honest = await dbWith(20);
    const config = new Map<string, Buffer>();
    await new SumdbClient(TEST_SUMDB_VKEY, memoryOps(honest, config)).lookup('rsc.io/sampler', 'v1.3.0');
    const stored = config.get(`${TEST_SUMDB_NAME}/latest`);
    const forked = new TestSumdb();
    await forked.add(sampler[0], sampler[1], `h1:${Buffer.alloc(32, 9).toString('base64')}`, sampler[3]);
    for (let i = 1; i < 30; i++) await forked.add(`example.com/m${i}`, 'v1.0.0', `h1:${Buffer.alloc(32, i).toString('base64')}`, `h1:${Buffer.alloc(32, 100 + i).toString('base64')}`);
    const err = await new SumdbClient(TEST_SUMDB_VKEY, memoryOps(forked, config)).lookup('rsc.io/sampler', 'v1.3.0').catch((e: unknown) => e);
    expect(isGoradarError(err)).toBe(true);
    expect((err as Error).message).toMatch(/^SECURITY ERROR\ngo\.sum database server misbehavior detected!\n\nold database:\n\tgo\.sum database tree\n\t20\n/);
    expect((err as Error).message).toContain('proof of misbehavior:');
    expect(config.get(`${TEST_SUMDB_NAME}/latest`)?.equals(stored as Buffer)).toBe(true);
  });

  it('rejects a tree head signed by another key', async () => {
    const db = await dbWith(3);
    const other = generateKey(TEST_SUMDB_NAME, Buffer.alloc(32, 1));
    db.signer = newSigner(other.skey);
    await expect(new SumdbClient(TEST_SUMDB_VKEY, memoryOps(db)).lookup('rsc.io/sampler', 'v1.3.0')).rejects.toThrow('note has no verifiable signatures');
  });

  it('rejects a tampered tree note', async () => {
    const db = await dbWith(3);
    db.tamper = (path, body) => (path.startsWith('lookup/') ? Buffer.from(body.toString().replace('go.sum database tree\n3\n', 'go.sum database tree\n4\n')) : body);
    await expect(new SumdbClient(TEST_SUMDB_VKEY, memoryOps(db)).lookup('rsc.io/sampler', 'v1.3.0')).rejects.toThrow('invalid signature for key localhost.localdev/sumdb+00000c67');
  });

  it('rejects a record that is not the one in the tree', async () => {
    const db = await dbWith(3);
    db.tamper = (path, body) => (path.startsWith('lookup/') ? Buffer.from(body.toString().replace(sampler[2], `h1:${Buffer.alloc(32, 3).toString('base64')}`)) : body);
    await expect(new SumdbClient(TEST_SUMDB_VKEY, memoryOps(db)).lookup('rsc.io/sampler', 'v1.3.0')).rejects.toThrow('cannot authenticate record data in server response');
  });

  it('rejects corrupted tiles and caches nothing', async () => {
    const db = await dbWith(300);
    db.tamper = (path, body) => (path.startsWith('tile/') ? Buffer.alloc(body.length, 1) : body);
    const ops = memoryOps(db);
    await expect(new SumdbClient(TEST_SUMDB_VKEY, ops).lookup('rsc.io/sampler', 'v1.3.0')).rejects.toThrow('downloaded inconsistent tile');
    expect(ops.cache.size).toBe(0);
  });

  it('rejects a record id outside the tree', async () => {
    const db = await dbWith(3);
    db.tamper = (path, body) => (path.startsWith('lookup/') ? Buffer.from(body.toString().replace(/^0\n/, '7\n')) : body);
    await expect(new SumdbClient(TEST_SUMDB_VKEY, memoryOps(db)).lookup('rsc.io/sampler', 'v1.3.0')).rejects.toThrow('cannot validate record 7 in tree of size 3');
  });

  it('refuses GONOSUMDB paths without asking', async () => {
    const ops = memoryOps(await dbWith(1));
    await expect(new SumdbClient(TEST_SUMDB_VKEY, ops, { gonosumdb: 'rsc.io' }).lookup('rsc.io/sampler', 'v1.3.0')).rejects.toThrow('skipped (listed in GONOSUMDB)');
    expect(ops.remote).toEqual([]);
  });

  it('reports an unknown module', async () => {
    await expect(new SumdbClient(TEST_SUMDB_VKEY, memoryOps(await dbWith(1))).lookup('example.com/nope', 'v1.0.0')).rejects.toThrow('example.com/nope@v1.0.0: reading /lookup/example.com/nope@v1.0.0: 404 Not Found');
  });
});
