// go.mod and go.work files: parse, interpret, print and render as JSON exactly as the go command does.
export type * from './types.js';
export { ModFileError, ModFileErrorList, type ModFileErrorInit } from './modfile-error.js';
export { parseGoMod, interpretGoMod } from './parse-go-mod.js';
export { parseGoWork, interpretGoWork } from './parse-go-work.js';
export { parseSyntax, type SyntaxParseResult } from './parse-syntax.js';
export { formatGoMod, formatGoWork } from './format-go-mod.js';
export { formatSyntax } from './format-syntax.js';
export { toGoModJson, toGoWorkJson } from './to-json.js';
export { stringifyGoJson, goJsonString, type GoJsonValue } from './go-json.js';
export { isDirectoryPath } from './directive-args.js';
export { isIndirect, parseDeprecation, parseDirectiveComment } from './directive-comments.js';
export { autoQuote, mustQuote } from './quote.js';
export { GO_VERSION_RE, TOOLCHAIN_RE } from './go-version-patterns.js';
export { decodeGoText, encodeGoText, toDisplayText } from '../internal/go-text.js';
