// @goradar/gosrc: a fast Go source scanner and parser, with code-practice signals.

// Signals
export { analyzeGoFile, analyzeGoText, ANALYZER_VERSION } from './signals/analyze.js';
export type { BuildInfo, Evidence, FileSignals, ImportRecord, LineCounts } from './signals/file-signals.js';
export { MAX_EVIDENCE_LINES } from './signals/file-signals.js';
export { defaultImportName, EBPF_LIBRARY_PREFIXES } from './signals/file-facts.js';
export { hasWrapVerb, unquoteGoString } from './signals/format-string.js';

// Parser
export { formatSyntaxError, parseGoFile, parseGoText } from './parser/parse-file.js';
export type { GoSyntaxError, ParsedFile } from './parser/parse-file.js';
export type * from './parser/ast.js';

// Scanner
export { Scanner, LINE_CODE, LINE_COMMENT } from './scanner/scanner.js';
export type { DirectiveComment, ScanError } from './scanner/scanner.js';
export { isLiteralToken, KEYWORDS, precedence, Tok, tokenString } from './scanner/tokens.js';
export type { Token } from './scanner/tokens.js';
export { decodeSource } from './scanner/source.js';
export type { CharError, DecodedSource, NonGoReason } from './scanner/source.js';
export { lineOf, positionOf } from './scanner/position.js';
export type { Position } from './scanner/position.js';

// Build constraints
export {
  ConstraintSyntaxError, constraintTags, evalConstraint, formatConstraint, goBuildExpression, parseGoBuild,
  parsePlusBuild, plusBuildExpression,
} from './build/constraint.js';
export type { ConstraintExpr } from './build/constraint.js';
export { describeConstraint, readBuildConstraints } from './build/file-header.js';
export type { BuildConstraintLines } from './build/file-header.js';
export {
  fileNameConstraint, fileNameMatchesTarget, KNOWN_ARCH, KNOWN_OS, targetHasTag, UNIX_OS,
} from './build/targets.js';
export type { BuildTarget, FileNameConstraint } from './build/targets.js';
