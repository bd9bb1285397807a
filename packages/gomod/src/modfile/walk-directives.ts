/**
 * The statement walk shared by go.mod and go.work interpretation (golang.org/x/mod/modfile
 * `parseToFile`, `ParseWork`): top-level lines use their first token as the verb; a block needs a
 * one-token header naming an allowed verb, and each of its lines is an instance of that verb.
 */
import { fail, type DirectiveFailure } from './directive-args.js';
import { ModFileError } from './modfile-error.js';
import type { FileSyntax, Line, LineBlock } from './types.js';

/** DirectiveVisit is one directive to interpret: `tokens[argStart]` is its first argument. */
export interface DirectiveVisit {
  block: LineBlock | undefined;
  line: Line;
  verb: string;
  tokens: string[];
  argStart: number;
}

/** WalkOptions configure walkDirectives. */
export interface WalkOptions {
  allowedBlocks: ReadonlySet<string>;
  /** strict reports unknown block types; lax mode skips them silently. */
  strict: boolean;
  visit: (directive: DirectiveVisit) => DirectiveFailure | undefined;
}

/** walkDirectives visits every directive of syntax in order and returns the errors found. */
export function walkDirectives(syntax: FileSyntax, options: WalkOptions): ModFileError[] {
  const errors: ModFileError[] = [];
  for (const stmt of syntax.statements) {
    if (stmt.kind === 'line') {
      const failure = options.visit({ block: undefined, line: stmt, verb: stmt.tokens[0] as string, tokens: stmt.tokens, argStart: 1 });
      if (failure) errors.push(directiveError(syntax.name, stmt, failure));
    } else if (stmt.kind === 'block') {
      const verb = stmt.tokens[0] as string;
      if (stmt.tokens.length > 1 || !options.allowedBlocks.has(verb)) {
        if (options.strict) {
          const { line, column } = stmt.start;
          errors.push(new ModFileError({ file: syntax.name, line, column, message: `unknown block type: ${stmt.tokens.join(' ')}` }));
        }
        continue;
      }
      for (const line of stmt.lines) {
        const failure = options.visit({ block: stmt, line, verb, tokens: line.tokens, argStart: 0 });
        if (failure) errors.push(directiveError(syntax.name, line, failure));
      }
    }
  }
  return errors;
}

/** directiveError positions a directive failure at the start of its line. */
export function directiveError(file: string, line: Line, failure: DirectiveFailure): ModFileError {
  return new ModFileError({
    file,
    line: line.start.line,
    column: line.start.column,
    ...(failure.verb === undefined ? {} : { verb: failure.verb }),
    ...(failure.modulePath === undefined ? {} : { modulePath: failure.modulePath }),
    message: failure.message,
  });
}

/** errorf is fail without a directive, for messages Go builds with errorf. */
export const errorf = (message: string): DirectiveFailure => fail(message);
