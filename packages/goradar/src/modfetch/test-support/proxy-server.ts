/**
 * A GOPROXY server on 127.0.0.1 for tests. It serves built fixture modules and lets a test take over
 * any request (hostile answers: wrong status, garbage, stalls, slow or truncated streams), and can
 * forward `/sumdb/<name>/…` to a checksum-database handler.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { proxyFiles, type BuiltModule } from './fixtures.js';

/** Handler may answer a request itself (return true) or leave it to the default (return false). */
export type ProxyHook = (path: string, req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

/** TestProxyServer is a running proxy. */
export interface TestProxyServer {
  url: string;
  /** requests lists every request path in order. */
  requests: string[];
  files: Map<string, Buffer>;
  setHook(hook: ProxyHook | undefined): void;
  close(): Promise<void>;
}

/** startProxyServer serves mods (and sumdb requests through sumdb, when given) until closed. */
export async function startProxyServer(mods: readonly BuiltModule[], sumdb?: { name: string; handle: ProxyHook }): Promise<TestProxyServer> {
  const files = proxyFiles(mods);
  const requests: string[] = [];
  let hook: ProxyHook | undefined;
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
      requests.push(path);
      if (hook && (await hook(path, req, res))) return;
      const prefix = sumdb ? `sumdb/${sumdb.name}/` : undefined;
      if (prefix && path.startsWith(prefix)) {
        const rest = path.slice(prefix.length);
        if (rest === 'supported') return void res.writeHead(200).end();
        if (await sumdb!.handle(rest, req, res)) return;
      }
      const data = files.get(path);
      if (!data) return void res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}\n`);
      res.writeHead(200, { 'content-length': data.length }).end(data);
    })().catch((err) => res.writeHead(500).end(String(err)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    files,
    setHook: (h) => void (hook = h),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
