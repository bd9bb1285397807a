import type { NewFinding, RepoRow, SnapshotRow } from '../../store/types.js';
import { manifestFile, siblingFile } from '../fact-index.js';
import type { FindingSpec, Rule, RuleContext } from '../rule-context.js';
import { moduleFinding, scopedModules } from '../rule-context.js';

interface ManifestError {
  file: string;
  line: number | null;
  message: string;
  moduleId: number | null;
}

/** lineOf extracts the line from a Go error text `file:line:col: …` naming file, if present. */
export function lineOf(message: string, file: string): number | null {
  const base = file.split('/').pop() ?? file;
  const m = /(?:^|[\s/])([^\s/:]+):(\d+)(?::\d+)?: /.exec(message);
  return m && m[1] === base ? Number(m[2]) : null;
}

function snapshotErrors(ctx: RuleContext, snapshot: SnapshotRow): ManifestError[] {
  const errors = new Map<string, ManifestError>();
  const add = (e: ManifestError): void => {
    if (!errors.has(e.file)) errors.set(e.file, e);
  };
  for (const p of ctx.index.problemsBySnapshot.get(snapshot.id) ?? []) {
    if (p.kind === 'manifest') add({ file: p.file, line: p.line ?? lineOf(p.message, p.file), message: p.message, moduleId: p.moduleId });
  }
  for (const m of ctx.index.modulesBySnapshot.get(snapshot.id) ?? []) {
    const file = manifestFile(m.dir);
    if (m.manifestError !== null) add({ file, line: lineOf(m.manifestError, file), message: m.manifestError, moduleId: m.id });
    const sum = ctx.index.goSumByModule.get(m.id);
    const sumFile = siblingFile(m.dir, 'go.sum');
    if (sum?.parseError) add({ file: sumFile, line: lineOf(sum.parseError, sumFile), message: sum.parseError, moduleId: m.id });
  }
  for (const w of ctx.index.workspacesBySnapshot.get(snapshot.id) ?? []) {
    const file = siblingFile(w.dir, 'go.work');
    if (w.manifestError !== null) add({ file, line: lineOf(w.manifestError, file), message: w.manifestError, moduleId: null });
  }
  return [...errors.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function toFinding(repo: RepoRow, snapshot: SnapshotRow, e: ManifestError): NewFinding {
  return {
    kind: 'unparseable-manifest',
    severity: 'high',
    repoId: repo.id,
    snapshotId: snapshot.id,
    moduleId: e.moduleId,
    file: e.file,
    line: e.line,
    commit: snapshot.commit,
    message: `${e.file} does not parse: ${e.message}`,
    evidenceJson: JSON.stringify({ repo: repo.name, point: snapshot.point, file: e.file, error: e.message }),
  };
}

/**
 * manifestRule turns every go.mod, go.work or go.sum of the latest snapshots that does not parse
 * into a finding with Go's error text: one broken file never stops the fleet's report.
 */
export const manifestRule: Rule = (ctx) =>
  ctx.index.latest.flatMap((snapshot) => {
    const repo = ctx.index.repoById.get(snapshot.repoId);
    return repo ? snapshotErrors(ctx, snapshot).map((e) => toFinding(repo, snapshot, e)) : [];
  });

/** graphErrorSpec describes a module graph (of a module, or a go.work's workspace) that could not be loaded. */
export function graphErrorSpec(error: string, whose: 'module' | 'workspace'): FindingSpec {
  const what = whose === 'module' ? 'the module graph' : "the workspace's module graph";
  return { kind: 'graph-error', severity: 'medium', line: null, message: `${what} could not be loaded: ${error}`, evidence: { error } };
}

/** graphErrorRule flags parsed modules whose build list could not be loaded, with the reason. */
export const graphErrorRule: Rule = (ctx) =>
  scopedModules(ctx.index).flatMap((scope) => (scope.module.manifestError === null && scope.module.graphError !== null ? [moduleFinding(scope, graphErrorSpec(scope.module.graphError, 'module'))] : []));
