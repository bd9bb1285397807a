/**
 * The JSON views printed by `go mod edit -json` and `go work edit -json`: Go's field names and
 * order, empty lists as null, omitted empty fields, duplicates removed as edit removes them, and
 * entries with an empty key left out, because edit's clean-up (File.Cleanup) takes an empty key
 * for a deleted entry: `godebug =v`, `require "" v1.0.0`, `retract ""`, `use ""` … (their lines
 * still print with -fmt). https://go.dev/ref/mod#go-mod-edit, https://go.dev/ref/mod#go-work-edit
 */
import { removeDups } from './normalize.js';
import type { GoMod, GoModJson, GoWork, GoWorkJson, ModuleVersionJson, ReplaceDirective, ReplaceSide } from './types.js';

/** toGoModJson returns the object `go mod edit -json` prints for mod. */
export function toGoModJson(mod: GoMod): GoModJson {
  const { lists } = removeDups({ exclude: mod.exclude, replace: mod.replace, tool: mod.tool, ignore: mod.ignore });
  const deprecated = mod.module?.deprecated ?? '';
  return {
    Module: { Path: mod.module?.path ?? '', ...omitEmpty('Deprecated', deprecated) },
    ...omitEmpty('Go', mod.go?.version ?? ''),
    ...omitEmpty('Toolchain', mod.toolchain?.name ?? ''),
    ...godebugJson(mod.godebug.filter((g) => g.key !== '')),
    Require: orNull(mod.require.filter((r) => r.path !== '').map((r) => ({ Path: r.path, ...omitEmpty('Version', r.version), ...(r.indirect ? { Indirect: true as const } : {}) }))),
    Exclude: orNull((lists.exclude ?? []).filter((e) => e.path !== '').map((e) => toModuleVersionJson(e))),
    Replace: replacesJson(lists.replace),
    Retract: orNull(mod.retract.filter((r) => r.low !== '' || r.high !== '').map((r) => ({ ...omitEmpty('Low', r.low), ...omitEmpty('High', r.high), ...omitEmpty('Rationale', r.rationale) }))),
    Tool: orNull((lists.tool ?? []).map((t) => ({ Path: t.path }))),
    Ignore: orNull((lists.ignore ?? []).map((i) => ({ Path: i.path }))),
  };
}

/** toGoWorkJson returns the object `go work edit -json` prints for work (no toolchain or godebug). */
export function toGoWorkJson(work: GoWork): GoWorkJson {
  const { lists } = removeDups({ replace: work.replace });
  return {
    ...(work.go?.version ? { Go: work.go.version } : {}),
    Use: orNull(work.use.filter((u) => u.path !== '').map((u) => ({ DiskPath: u.path, ...omitEmpty('ModPath', u.modulePath ?? '') }))),
    Replace: replacesJson(lists.replace),
  };
}

function godebugJson(godebug: GoMod['godebug']): Pick<GoModJson, 'GoDebug'> {
  return godebug.length === 0 ? {} : { GoDebug: godebug.map((g) => ({ Key: g.key, Value: g.value })) };
}

function replacesJson(replace: readonly ReplaceDirective[]): GoModJson['Replace'] {
  return orNull(replace.filter((r) => r.old.path !== '').map((r) => ({ Old: toModuleVersionJson(r.old), New: toModuleVersionJson(r.new) })));
}

function toModuleVersionJson(side: ReplaceSide): ModuleVersionJson {
  return { Path: side.path, ...omitEmpty('Version', side.version ?? '') };
}

function orNull<T>(list: T[]): T[] | null {
  return list.length === 0 ? null : list;
}

function omitEmpty<K extends string>(key: K, value: string): { [P in K]?: string } {
  return (value === '' ? {} : { [key]: value }) as { [P in K]?: string };
}
