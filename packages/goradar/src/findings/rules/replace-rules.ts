import { posix } from 'node:path';
import type { ReplaceRow } from '../../store/types.js';
import type { FindingSpec, Rule } from '../rule-context.js';
import { isParsed, moduleFinding, scopedModules } from '../rule-context.js';

/** ReplaceClass is how a replace directive redirects a module. https://go.dev/ref/mod#go-mod-file-replace */
export type ReplaceClass = 'local-inside' | 'local-outside' | 'fork' | 'pin';

/** isAbsoluteDir reports whether a replacement directory is rooted (Unix, UNC-like or drive letter). */
function isAbsoluteDir(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:/.test(path);
}

/**
 * classifyReplace says what a replace line does: a directory inside or outside the repository
 * (resolved against the module's directory), another module path (a fork), or another version of
 * the same module (a pin).
 */
export function classifyReplace(replace: Pick<ReplaceRow, 'oldPath' | 'newPath' | 'newVersion'>, moduleDir: string): ReplaceClass {
  if (replace.newVersion === null) {
    if (isAbsoluteDir(replace.newPath)) return 'local-outside';
    const resolved = posix.normalize(posix.join(moduleDir === '' ? '.' : moduleDir, replace.newPath.replace(/\\/g, '/')));
    return resolved === '..' || resolved.startsWith('../') ? 'local-outside' : 'local-inside';
  }
  return replace.newPath === replace.oldPath ? 'pin' : 'fork';
}

function describeTarget(r: ReplaceRow): string {
  const old = r.oldVersion ? `${r.oldPath}@${r.oldVersion}` : r.oldPath;
  const target = r.newVersion ? `${r.newPath}@${r.newVersion}` : r.newPath;
  return `${old} => ${target}`;
}

function replaceSpec(r: ReplaceRow, cls: ReplaceClass): FindingSpec {
  const evidence = { oldPath: r.oldPath, oldVersion: r.oldVersion, newPath: r.newPath, newVersion: r.newVersion, class: cls };
  const base = { line: r.line, evidence };
  switch (cls) {
    case 'local-outside':
      return { ...base, kind: 'replace-local', severity: 'high', message: `replace ${describeTarget(r)} points outside the repository: the module builds only on this machine` };
    case 'local-inside':
      return { ...base, kind: 'replace-local', severity: 'info', message: `replace ${describeTarget(r)} uses a directory inside the repository` };
    case 'fork':
      return { ...base, kind: 'replace-fork', severity: 'medium', message: `replace ${describeTarget(r)} substitutes a fork (another module path)` };
    case 'pin':
      return { ...base, kind: 'replace-pin', severity: 'low', message: `replace ${describeTarget(r)} pins another version of the same module` };
  }
}

/** replaceRule names every replace directive of the latest snapshots by what it does. */
export const replaceRule: Rule = (ctx) =>
  scopedModules(ctx.index)
    .filter((s) => isParsed(s.module))
    .flatMap((scope) =>
      (ctx.index.replacesByModule.get(scope.module.id) ?? []).map((r) =>
        moduleFinding(scope, replaceSpec(r, classifyReplace(r, scope.module.dir))),
      ),
    );
