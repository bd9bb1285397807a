/**
 * Block scopes of local declarations (https://go.dev/ref/spec#Declarations_and_scope), kept so a
 * name like `errors` or `fmt` is known to be a local variable, not the import, where one shadows it.
 */

/** LocalKind is what is known about a declared name's type: an integer, a function, or something else. */
export type LocalKind = 'int' | 'func' | 'other';

/** Scopes is a stack of blocks; a block's map is created on its first declaration. */
export class Scopes {
  private readonly blocks: Array<Map<string, LocalKind> | null> = [];

  /** open enters a new block. */
  open(): void {
    this.blocks.push(null);
  }

  /** close leaves the innermost block. */
  close(): void {
    this.blocks.pop();
  }

  /** declare binds name in the innermost block (`_` binds nothing); outside any block it is ignored. */
  declare(name: string, kind: LocalKind): void {
    const top = this.blocks.length - 1;
    if (top < 0 || name === '_') return;
    let block = this.blocks[top];
    if (!block) {
      block = new Map();
      this.blocks[top] = block;
    }
    block.set(name, kind);
  }

  /** lookup returns what the innermost declaration of name says, or undefined when no block declares it. */
  lookup(name: string): LocalKind | undefined {
    for (let i = this.blocks.length - 1; i >= 0; i--) {
      const kind = this.blocks[i]?.get(name);
      if (kind !== undefined) return kind;
    }
    return undefined;
  }
}
