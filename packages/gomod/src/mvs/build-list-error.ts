import { ModuleError, type ModuleVersion } from '../module/index.js';
import { formatModule } from './graph.js';

/** BuildListStep is one module on the requirement path to a failure, with why it leads to the next. */
export interface BuildListStep {
  module: ModuleVersion;
  /** reason is `requires` or `updating to`; empty for the last step. */
  reason: string;
}

function causeText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * BuildListError reports a module whose requirements could not be loaded, with the requirement path
 * that led to it from a main module; its message is the go command's:
 * `a@v1 requires\n\tb@v2: reading …`.
 */
export class BuildListError extends Error {
  readonly steps: readonly BuildListStep[];
  override readonly cause: unknown;

  constructor(cause: unknown, path: readonly ModuleVersion[], isVersionChange?: (from: ModuleVersion, to: ModuleVersion) => boolean) {
    const steps: BuildListStep[] = path.map((m, i) => {
      const next = path[i + 1];
      if (!next) return { module: m, reason: '' };
      return { module: m, reason: isVersionChange?.(m, next) ? 'updating to' : 'requires' };
    });
    super(formatBuildListError(cause, steps));
    this.name = 'BuildListError';
    this.steps = steps;
    this.cause = cause;
  }

  /** module is the module whose requirements could not be loaded. */
  get module(): ModuleVersion | undefined {
    return this.steps[this.steps.length - 1]?.module;
  }
}

function formatBuildListError(cause: unknown, allSteps: readonly BuildListStep[]): string {
  let start = 0;
  while (start < allSteps.length && allSteps[start]?.module.version === '') start++;
  const steps = allSteps.slice(start);
  const last = steps[steps.length - 1];
  if (!last) return causeText(cause);
  const head = steps
    .slice(0, -1)
    .map((s) => `${formatModule(s.module)} ${s.reason}\n\t`)
    .join('');
  if (cause instanceof ModuleError) {
    const actual = { path: cause.path, version: cause.version };
    if (actual.path === last.module.path && actual.version === last.module.version) return head + cause.message;
    return `${head}${formatModule(last.module)} (replaced by ${formatModule(actual)}): ${causeText(cause.err)}`;
  }
  return `${head}${formatModule(last.module)}: ${causeText(cause)}`;
}
