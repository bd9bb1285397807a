/**
 * RevInfo, the `.info` JSON of the GOPROXY protocol ({"Version", "Time"}), validated at the edge.
 * https://go.dev/ref/mod#goproxy-protocol
 */

/** RevInfo describes one module version as a proxy reports it. */
export interface RevInfo {
  Version: string;
  Time?: string;
  /** Origin is kept as served (newer proxies add it); goradar does not interpret it. */
  Origin?: Record<string, unknown>;
}

const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** parseRevInfo validates `.info` JSON and returns its RevInfo; it throws a message naming the problem. */
export function parseRevInfo(data: Buffer | string): RevInfo {
  let value: unknown;
  try {
    value = JSON.parse(data.toString());
  } catch (err) {
    throw new Error(`invalid JSON: ${(err as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('invalid JSON: not an object');
  const obj = value as Record<string, unknown>;
  if (typeof obj.Version !== 'string' || obj.Version === '') throw new Error('missing or non-string "Version"');
  const info: RevInfo = { Version: obj.Version };
  if (obj.Time !== undefined && obj.Time !== null) {
    if (typeof obj.Time !== 'string' || !rfc3339.test(obj.Time) || Number.isNaN(Date.parse(obj.Time))) throw new Error('"Time" is not an RFC 3339 time');
    info.Time = obj.Time;
  }
  if (obj.Origin !== undefined && obj.Origin !== null) {
    if (typeof obj.Origin !== 'object' || Array.isArray(obj.Origin)) throw new Error('"Origin" is not an object');
    info.Origin = obj.Origin as Record<string, unknown>;
  }
  return info;
}

/** formatRevInfo returns the JSON the module cache stores for info (compact, as Go writes it). */
export function formatRevInfo(info: RevInfo): string {
  const out: RevInfo = { Version: info.Version };
  if (info.Time !== undefined) out.Time = info.Time;
  if (info.Origin !== undefined) out.Origin = info.Origin;
  return JSON.stringify(out);
}
