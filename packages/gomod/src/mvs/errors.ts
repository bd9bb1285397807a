/**
 * GraphSetupError reports main-module or workspace configuration that stops graph loading before it
 * starts: conflicting replacements, a workspace module listed twice. Its message is the go command's
 * text without the `go: ` prefix.
 */
export class GraphSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GraphSetupError';
  }
}

/**
 * GoModMismatchError says a module's go.mod declares another path than the one it was required as
 * (message exactly as the go command prints it, after `module@version: `).
 */
export class GoModMismatchError extends Error {
  constructor(declared: string, required: string) {
    super(`parsing go.mod:\n\tmodule declares its path as: ${declared}\n\t        but was required as: ${required}`);
    this.name = 'GoModMismatchError';
  }
}
