/**
 * SumdbClientOps over a TestSumdb in memory, with config and cache kept in maps, so client tests see
 * exactly what is read, written and cached.
 */
import { WriteConflictError, type SumdbClientOps } from '../client.js';
import type { TestSumdb } from './sumdb-server.js';

/** MemoryOps is SumdbClientOps plus the maps behind it. */
export interface MemoryOps extends SumdbClientOps {
  config: Map<string, Buffer>;
  cache: Map<string, Buffer>;
  remote: string[];
}

/** memoryOps serves db's answers as the remote; config and cache are shared maps (pass them to share). */
export function memoryOps(db: TestSumdb, config = new Map<string, Buffer>(), cache = new Map<string, Buffer>()): MemoryOps {
  const remote: string[] = [];
  return {
    config,
    cache,
    remote,
    readRemote: async (path) => {
      remote.push(path);
      const body = await db.answer(path.replace(/^\//, ''));
      if (body === undefined) throw new Error(`reading ${path}: 404 Not Found`);
      return body;
    },
    readConfig: async (file) => config.get(file) ?? Buffer.alloc(0),
    writeConfig: async (file, old, next) => {
      const current = config.get(file) ?? Buffer.alloc(0);
      if (current.length > 0 && !current.equals(old)) throw new WriteConflictError();
      config.set(file, next);
    },
    readCache: async (file) => cache.get(file),
    writeCache: async (file, data) => void cache.set(file, Buffer.from(data)),
  };
}
