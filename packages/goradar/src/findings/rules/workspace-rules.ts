import type { NewFinding } from '../../store/types.js';
import { siblingFile } from '../fact-index.js';
import { missingSums, neededSums } from '../go-sum-needs.js';
import type { Rule, RuleContext, ScopedWorkspace } from '../rule-context.js';
import { scopedWorkspaces, workspaceFinding } from '../rule-context.js';
import { atLeast, missingSpec } from './go-sum-rules.js';
import { graphErrorSpec } from './manifest-rules.js';
import { importPathsOf, rootsOf, workspaceGraphFactsOf } from './graph-facts.js';

/** workspaceGraphErrorRule flags go.work files whose module graph could not be loaded in workspace mode, with the reason. */
export const workspaceGraphErrorRule: Rule = (ctx) =>
  scopedWorkspaces(ctx.index).flatMap((scope) => (scope.workspace.manifestError === null && scope.workspace.graphError !== null ? [workspaceFinding(scope, graphErrorSpec(scope.workspace.graphError, 'workspace'))] : []));

function workspaceSumFindings(ctx: RuleContext, scope: ScopedWorkspace): NewFinding[] {
  const { workspace } = scope;
  const graph = workspaceGraphFactsOf(ctx, workspace);
  const members = ctx.index.modulesByWorkspace.get(workspace.id) ?? [];
  if (!graph || members.some((m) => m.manifestError !== null || ctx.index.goSumByModule.get(m.id)?.parseError)) return [];
  // Workspace mode reads every member's go.sum and the go.work.sum; a workspace graph is never pruned to its roots.
  const entries = [...members.flatMap((m) => ctx.index.goSumEntriesByModule.get(m.id) ?? []), ...(ctx.index.workspaceSumEntriesByWorkspace.get(workspace.id) ?? [])];
  const needed = neededSums({ ...graph, importPaths: importPathsOf(ctx, members), roots: rootsOf(ctx, members), pruned: false, goModForZips: atLeast(workspace.goVersion, '1.21') });
  const missing = missingSums(needed, entries);
  if (missing.length === 0) return [];
  return [workspaceFinding(scope, missingSpec(siblingFile(workspace.dir, 'go.work.sum'), missing, false))];
}

/**
 * workspaceSumRule flags a go.work workspace whose build (workspace mode) needs checksums that
 * neither the go.sum files of its modules nor its go.work.sum record: go would refuse to build it.
 * https://go.dev/ref/mod#workspaces
 */
export const workspaceSumRule: Rule = (ctx) => scopedWorkspaces(ctx.index).flatMap((scope) => workspaceSumFindings(ctx, scope));
