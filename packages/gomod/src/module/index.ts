// Module paths, versions, escaping and pseudo-versions (golang.org/x/mod/module).
export { InvalidVersionError, ModuleError, ModulePathError } from './errors.js';
export type { ModuleVersion, PathKind } from './errors.js';
export { check, checkFilePath, checkImportPath, checkPath } from './path-check.js';
export { canonicalVersion, checkPathMajor, matchPathMajor, pathMajorPrefix, splitPathVersion } from './path-major.js';
export type { PathVersionSplit } from './path-major.js';
export { EscapeError, escapePath, escapeVersion, unescapePath, unescapeVersion } from './escape.js';
export { isPseudoVersion, isZeroPseudoVersion, pseudoVersion, pseudoVersionBase, pseudoVersionRev, pseudoVersionTime, zeroPseudoVersion } from './pseudo.js';
export { PatternError, matchPrefixPatterns, pathMatch } from './match.js';
export { compareModuleVersions, sortModuleVersions } from './sort.js';
