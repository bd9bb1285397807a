import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeHttpClient, HttpError } from './http-client.js';

const body = Buffer.from(Array.from({ length: 300_000 }, (_, i) => `${i}\n`).join(''));
let server: Server;
let url: string;
const client = createNodeHttpClient({ idleTimeoutMs: 5000 });

beforeAll(async () => {
  // The body goes out in many small writes, so the client sees many chunks.
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-length': body.length });
    for (let at = 0; at < body.length; at += 16 * 1024) res.write(body.subarray(at, at + 16 * 1024));
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/big`;
});

afterAll(async () => {
  client.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('streaming a body into a sink', () => {
  it('delivers every byte in order to a slow sink', async () => {
    const received: Buffer[] = [];
    const result = await client.get(url, {
      maxBytes: body.length,
      sink: async (chunk) => {
        await new Promise((resolve) => setTimeout(resolve, received.length % 10 === 0 ? 5 : 0));
        received.push(Buffer.from(chunk));
      },
    });
    expect(result.status).toBe(200);
    expect(result.body.length).toBe(0);
    expect(Buffer.concat(received).equals(body)).toBe(true);
  });

  // The failed write ends the response; what reaches the caller is the closed connection (as it
  // always has), and no later chunk is written.
  it('stops at the first failed write and writes nothing after it', async () => {
    let writes = 0;
    const err = await client
      .get(url, {
        maxBytes: body.length,
        sink: async () => {
          writes++;
          if (writes === 3) throw new Error('ENOSPC: no space left on device, write');
        },
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect((err as Error).message).toBe(`reading ${url}: connection closed before the response was complete`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(writes).toBe(3);
  });

  it('still refuses a body over the limit', async () => {
    await expect(client.get(url, { maxBytes: 1000, sink: async () => undefined })).rejects.toThrow(`reading ${url}: response larger than 1000 bytes`);
  });
});
