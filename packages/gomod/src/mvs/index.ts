// The module graph: Minimal Version Selection, graph pruning, replace/exclude, workspaces.
export type { ModuleSource } from './module-source.js';
export { ModuleNotFoundError } from './module-source.js';
export { RequirementGraph, formatModule, moduleKey, type VersionComparer } from './graph.js';
export { buildList, req, upgrade, upgradeAll, comparerFromMax, withTargetRequirements, type Reqs, type UpgradeReqs, type DowngradeReqs } from './mvs.js';
export { downgrade } from './downgrade.js';
export { BuildListError, type BuildListStep } from './build-list-error.js';
export { compareVersions, compareByPathAndVersion, sortModules } from './compare.js';
export { GraphSetupError, GoModMismatchError } from './errors.js';
export {
  EXPLICIT_INDIRECT_VERSION,
  GO_STRICT_VERSION,
  emptySummary,
  goModVersion,
  goWorkVersion,
  pruningForGoVersion,
  type GoModSummary,
  type GoWorkSummary,
  type Pruning,
  type Replacement,
  type Requirement,
  type Retraction,
} from './summary.js';
export { ReplacementTable, type MainModule, type ResolvedReplacement, type Workspace } from './replacements.js';
export type { LoadedSummary, ParseGoModSummary, ReadLocalGoMod } from './summary-loader.js';
export { ModuleGraph, type GraphEdge } from './module-graph.js';
export { GO_MOD_DIRTY, loadModuleGraph, type LoadModuleGraphOptions, type RootFixup } from './load-module-graph.js';
export { parseDependencyGoMod, summaryFromGoMod, summaryFromGoWork } from './summary-from-modfile.js';
export { isRetracted, retractionsOf } from './retractions.js';
export { cleanPath, dirName, isAbsolutePath, joinPath, relativePath, resolvePath } from './dir-path.js';
