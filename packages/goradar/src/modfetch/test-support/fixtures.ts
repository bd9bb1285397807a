/**
 * Fixture modules for tests: a module version described by its files becomes the `.info`, `.mod` and
 * `.zip` a proxy serves, with its go.sum hashes, and can be laid out as a file:// GOPROXY directory.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { escapePath, escapeVersion, isPseudoVersion, semver } from '@goradar/gomod';
import { hashGoMod, hashZip } from '../dirhash.js';
import { createModuleZip } from '../zip-create.js';
import { ZipArchive } from '../zip-reader.js';

/** FixtureModule describes one module version by its files (go.mod defaults to `module <path>`). */
export interface FixtureModule {
  path: string;
  version: string;
  files?: Record<string, string | Buffer>;
  time?: string;
  /** noGoMod leaves go.mod out of the zip; the proxy serves the synthesized `module <path>` line. */
  noGoMod?: boolean;
}

/** BuiltModule is what a proxy serves for a fixture, with its hashes. */
export interface BuiltModule {
  path: string;
  version: string;
  info: string;
  mod: Buffer;
  zip: Buffer;
  sum: string;
  goModSum: string;
}

/** buildModule turns a fixture into proxy files. */
export function buildModule(fixture: FixtureModule): BuiltModule {
  const files: Record<string, string | Buffer> = { 'go.mod': `module ${fixture.path}\n`, ...(fixture.files ?? {}) };
  const mod = Buffer.from(fixture.noGoMod ? `module ${fixture.path}\n` : (files['go.mod'] as string | Buffer));
  if (fixture.noGoMod) delete files['go.mod'];
  const zip = createModuleZip(
    fixture,
    Object.entries(files).map(([path, content]) => ({ path, content: Buffer.from(content) })),
  );
  const info = JSON.stringify({ Version: fixture.version, Time: fixture.time ?? '2024-01-02T03:04:05Z' });
  return { path: fixture.path, version: fixture.version, info, mod, zip, sum: hashZip(new ZipArchive(zip)), goModSum: hashGoMod(mod) };
}

/** goSumLines returns the go.sum lines of built modules. */
export function goSumLines(mods: readonly BuiltModule[]): string {
  return mods.map((m) => `${m.path} ${m.version} ${m.sum}\n${m.path} ${m.version}/go.mod ${m.goModSum}\n`).join('');
}

/**
 * proxyFiles maps proxy-relative paths (`<escaped path>/@v/…`, `<escaped path>/@latest`) to contents
 * for built modules. As on proxy.golang.org, `@v/list` names tagged versions only, and `@latest`
 * answers the highest version (a pseudo-version when there is no tag).
 */
export function proxyFiles(mods: readonly BuiltModule[]): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const versions = new Map<string, string[]>();
  for (const m of mods) {
    const dir = `${escapePath(m.path)}/@v`;
    const v = escapeVersion(m.version);
    out.set(`${dir}/${v}.info`, Buffer.from(m.info));
    out.set(`${dir}/${v}.mod`, m.mod);
    out.set(`${dir}/${v}.zip`, m.zip);
    versions.set(dir, [...(versions.get(dir) ?? []), m.version]);
  }
  for (const [dir, list] of versions) out.set(`${dir}/list`, Buffer.from(semver.sort(list.filter((v) => !isPseudoVersion(v))).map((v) => `${v}\n`).join('')));
  for (const m of mods) {
    const all = semver.sort(versions.get(`${escapePath(m.path)}/@v`) ?? []);
    if (m.version === all[all.length - 1]) out.set(`${escapePath(m.path)}/@latest`, Buffer.from(m.info));
  }
  return out;
}

/** writeFileProxy lays built modules out as a GOPROXY directory (for GOPROXY=file://dir). */
export async function writeFileProxy(dir: string, mods: readonly BuiltModule[]): Promise<void> {
  for (const [rel, data] of proxyFiles(mods)) {
    const file = join(dir, ...rel.split('/'));
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(file, data);
  }
}
