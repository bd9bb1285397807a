import type { DependencyUsageRow, ImportProvider, ModuleImportRow, RequirementRow, Without } from '../store/types.js';

/** ImportUse counts the files of a module importing one package path. */
export interface ImportUse {
  files: number;
  testFiles: number;
}

/**
 * attributeImport names the module providing importPath: the main module, the build-list module
 * with the longest path prefix, or the standard library when the first path element has no dot.
 * https://go.dev/ref/mod#resolve-pkg-mod
 */
export function attributeImport(importPath: string, mainPath: string, modulePaths: readonly string[]): { provider: ImportProvider; providerPath: string | null } {
  if (mainPath && hasPathPrefix(importPath, mainPath)) return { provider: 'main', providerPath: mainPath };
  let best: string | null = null;
  for (const mod of modulePaths) {
    if (hasPathPrefix(importPath, mod) && (best === null || mod.length > best.length)) best = mod;
  }
  if (best !== null) return { provider: 'dependency', providerPath: best };
  const first = importPath.split('/')[0] ?? '';
  return first.includes('.') ? { provider: 'unknown', providerPath: null } : { provider: 'std', providerPath: null };
}

/** hasPathPrefix reports whether path is prefix or lies below it ('/'-separated). */
export function hasPathPrefix(path: string, prefix: string): boolean {
  return path === prefix || (path.startsWith(prefix) && path[prefix.length] === '/');
}

/** attributeImports turns a module's import counts into rows, sorted by import path. */
export function attributeImports(uses: ReadonlyMap<string, ImportUse>, mainPath: string, modulePaths: readonly string[]): Array<Without<ModuleImportRow, 'moduleId'>> {
  return [...uses.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([importPath, use]) => ({ importPath, ...attributeImport(importPath, mainPath, modulePaths), ...use }));
}

/**
 * dependencyUsage joins requirements and attributed imports: one row per module that is required
 * or imported, so "declared but unused" and "used but indirect" are plain queries.
 */
export function dependencyUsage(
  requirements: ReadonlyArray<Without<RequirementRow, 'moduleId'>>,
  imports: ReadonlyArray<Without<ModuleImportRow, 'moduleId'>>,
): Array<Without<DependencyUsageRow, 'moduleId'>> {
  const rows = new Map<string, Without<DependencyUsageRow, 'moduleId'>>();
  for (const req of requirements) {
    if (rows.has(req.path)) continue;
    rows.set(req.path, { path: req.path, requirement: req.indirect ? 'indirect' : 'direct', version: req.version, importedFiles: 0, importedTestFiles: 0 });
  }
  for (const imp of imports) {
    if (imp.provider !== 'dependency' || imp.providerPath === null) continue;
    const row = rows.get(imp.providerPath) ?? { path: imp.providerPath, requirement: 'none', version: null, importedFiles: 0, importedTestFiles: 0 };
    row.importedFiles += imp.files;
    row.importedTestFiles += imp.testFiles;
    rows.set(imp.providerPath, row);
  }
  return [...rows.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** importPathsOf reads the import paths from a file's signals (`imports`: strings or `{path}`). */
export function importPathsOf(signals: unknown): string[] {
  const imports = (signals as { imports?: unknown } | null)?.imports;
  if (!Array.isArray(imports)) return [];
  const paths: string[] = [];
  for (const imp of imports) {
    if (typeof imp === 'string') paths.push(imp);
    else if (imp && typeof (imp as { path?: unknown }).path === 'string') paths.push((imp as { path: string }).path);
  }
  return paths;
}
