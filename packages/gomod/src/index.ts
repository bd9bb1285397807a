// @goradar/gomod: Go module semantics, exactly as the go command implements them.
export * as semver from './semver/semver.js';
export * as gover from './gover/gover.js';
export * from './module/index.js';
export { compareUtf8 } from './internal/strings.js';
export { decodeRune, decodeUtf8, encodeUtf8, isValidUtf8, RUNE_ERROR } from './internal/utf8.js';
export { isPrint, quote, quoteRune, unquote, UnquoteError } from './internal/strconv.js';
export type { ModuleSource } from './mvs/module-source.js';
export { ModuleNotFoundError } from './mvs/module-source.js';
export * from './mvs/index.js';
export * from './modfile/index.js';
export * from './gosum/index.js';
