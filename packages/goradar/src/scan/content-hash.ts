import { createHash } from 'node:crypto';

/** gitBlobHash returns the git blob id of bytes (sha1 of `blob <size>\0` + bytes), so working-tree
 * files and committed blobs share one content address. */
export function gitBlobHash(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
