/** PublishedModule is one module version served by the universe's file:// proxy. */
export interface PublishedModule {
  path: string;
  version: string;
  /** goMod is the text served as `<version>.mod`. */
  goMod: string;
}

/** LocalModule is a go.mod written into the universe's directory tree (main modules, directory replacements). */
export interface LocalModule {
  /** dir is relative to the universe root. */
  dir: string;
  goMod: string;
}

/**
 * Universe is one random module world: a proxy's contents, the main module(s), directories that
 * replacements point at, and optionally a go.work file.
 */
export interface Universe {
  seed: number;
  published: PublishedModule[];
  mains: LocalModule[];
  locals: LocalModule[];
  /** goWork is the go.work text, written at the universe root, in workspace mode. */
  goWork?: string;
  /** runDir is where the commands run, relative to the universe root. */
  runDir: string;
}
