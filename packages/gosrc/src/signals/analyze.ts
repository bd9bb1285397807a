/**
 * analyzeGoFile: one Go file in, its FileSignals out. Never throws on bad input: binary or
 * non-UTF-8 files and syntax errors are reported in the result.
 */
import { fileNameConstraint } from '../build/targets.js';
import { utf8Length } from '../scanner/char-class.js';
import { parseGoFile, parseGoText, type ParsedFile } from '../parser/parse-file.js';
import { emptySignals } from './empty-signals.js';
import { countLines, recordBuild, recordDirectives, recordImports } from './file-facts.js';
import type { FileSignals } from './file-signals.js';
import { collectPackageFacts, walkFuncDecl, walkGenDecl } from './walk-decl.js';
import { Walker } from './walker-core.js';

/**
 * ANALYZER_VERSION changes whenever analyzeGoFile may give a different result for the same file,
 * so stored signals from an older version can be recomputed.
 */
export const ANALYZER_VERSION = '1';

/** analyzeGoFile parses a Go file (raw bytes, UTF-8 expected) and extracts its code-practice signals. */
export function analyzeGoFile(name: string, bytes: Uint8Array): FileSignals {
  return signalsOf(name, bytes.length, parseGoFile(bytes));
}

/** analyzeGoText is analyzeGoFile for text that is already decoded. */
export function analyzeGoText(name: string, text: string): FileSignals {
  const parsed = parseGoText(text);
  return signalsOf(name, parsed.ascii ? text.length : utf8Length(text, 0, text.length), parsed);
}

function signalsOf(name: string, size: number, parsed: ParsedFile): FileSignals {
  const sig = emptySignals(name, size, fileNameConstraint(name).isTest);
  sig.parseError = parsed.error;
  if (parsed.nonGo) {
    sig.status = parsed.nonGo;
    return sig;
  }
  if (parsed.error) sig.status = 'syntax-error';
  const { file, scanner, text } = parsed;
  if (!file || !scanner) return sig;
  countLines(sig, text, scanner);
  sig.packageName = file.name.name;
  recordBuild(sig, text, file.name.name === '' ? 0 : file.pos);
  recordDirectives(sig, scanner);
  const locals = recordImports(sig, file.imports, scanner.lineStarts);
  const w = new Walker(sig, scanner.lineStarts, locals, {
    names: new Set(), kinds: new Map(), stringConsts: new Map(), iteratorFuncs: new Set(), iteratorMethods: new Set(),
  });
  try {
    collectPackageFacts(w, file);
    for (const decl of file.decls) {
      if (decl.kind === 'FuncDecl') walkFuncDecl(w, decl);
      else walkGenDecl(w, decl);
    }
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    sig.incomplete = true;
  }
  return sig;
}
