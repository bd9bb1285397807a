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
  goModFile?(path: string, version: string): Promise<string | undefined>;
  downloadDir?(path: string, version: string): Promise<string | undefined>;
}
