import type { ModuleSource } from '@goradar/gomod';
import type { VersionInfo } from './download-dir-source.js';

/**
 * RequirementSource is a ModuleSource that may also describe where a module version lives, for the
 * fields `go list -m -json` prints (Time, GoMod, Dir). Every extra is optional: a network proxy
 * answers readGoMod only.
 */
export interface RequirementSource extends ModuleSource {
  /** name says what the source is, for messages (`module cache /home/x/go/pkg/mod`). */
  readonly name?: string;
  info?(path: string, version: string): Promise<VersionInfo | undefined>;
  /**
   * hasInfo tells cheaply whether the source has path@version's `.info`: true, false when the
   * source is authoritative about it (a file:// proxy, GOPROXY=off), undefined when it cannot say
   * (a cache miss could still be a network hit).
   */
  hasInfo?(path: string, version: string): boolean | undefined;
  goModFile?(path: string, version: string): Promise<string | undefined>;
  /** latest returns the proxy's `@latest` version of path (for a module without tags, a pseudo-version), undefined when unknown. */
  latest?(path: string): Promise<string | undefined>;
  downloadDir?(path: string, version: string): Promise<string | undefined>;
}
