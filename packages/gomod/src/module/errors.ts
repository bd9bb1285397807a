import { quote } from '../internal/strconv.js';

/** ModuleVersion names one version of one module (module.Version). */
export interface ModuleVersion {
  path: string;
  version: string;
}

/** InvalidVersionError says a version string is unusable (module.InvalidVersionError); message as Go prints it. */
export class InvalidVersionError extends Error {
  readonly version: string;
  readonly pseudo: boolean;
  readonly reason: string;

  constructor(version: string, reason: string, pseudo = false) {
    super(`${pseudo ? 'pseudo-version' : 'version'} ${quote(version)} invalid: ${reason}`);
    this.name = 'InvalidVersionError';
    this.version = version;
    this.pseudo = pseudo;
    this.reason = reason;
  }

  /** noun is "version" or "pseudo-version". */
  get noun(): string {
    return this.pseudo ? 'pseudo-version' : 'version';
  }
}

/** ModuleError ties an error to a module path and version (module.ModuleError); message as Go prints it. */
export class ModuleError extends Error {
  readonly path: string;
  readonly version: string;
  readonly err: Error;

  constructor(path: string, version: string, err: Error) {
    super(moduleErrorText(path, version, err));
    this.name = 'ModuleError';
    this.path = path;
    this.version = version;
    this.err = err;
  }
}

function moduleErrorText(path: string, version: string, err: Error): string {
  if (err instanceof InvalidVersionError) return `${path}@${err.version}: invalid ${err.noun}: ${err.reason}`;
  if (version !== '') return `${path}@${version}: ${err.message}`;
  return `module ${path}: ${err.message}`;
}

/** PathKind is the kind of path a ModulePathError is about. */
export type PathKind = 'module' | 'import' | 'file';

/** ModulePathError says a module, import or file path is malformed (module.InvalidPathError). */
export class ModulePathError extends Error {
  readonly kind: PathKind;
  readonly path: string;
  readonly reason: string;

  constructor(kind: PathKind, path: string, reason: string) {
    super(`malformed ${kind} path ${quote(path)}: ${reason}`);
    this.name = 'ModulePathError';
    this.kind = kind;
    this.path = path;
    this.reason = reason;
  }
}
