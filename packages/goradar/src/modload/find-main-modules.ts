import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parseGoMod, parseGoWork, summaryFromGoMod, summaryFromGoWork, type MainModule, type Workspace } from '@goradar/gomod';
import { GoradarError } from '../errors.js';
import { mainVersionFixer } from './main-version-fixer.js';

/** MainModuleSet is what the module graph starts from: one main module, or a workspace of several. */
export interface MainModuleSet {
  mainModules: MainModule[];
  workspace?: Workspace;
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

/** findUpward returns the first directory at or above dir that holds a file named name, with that file. */
export async function findUpward(dir: string, name: string): Promise<string | undefined> {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (await isFile(join(d, name))) return join(d, name);
    if (dirname(d) === d) return undefined;
  }
}

/**
 * findWorkFile decides the go.work file as the go command does: GOWORK=off disables workspace mode,
 * an absolute GOWORK names the file, and an empty GOWORK (or `auto`) searches dir and its parents.
 * https://go.dev/ref/mod#workspaces
 */
export async function findWorkFile(dir: string, goWork: string): Promise<string | undefined> {
  if (goWork === 'off') return undefined;
  if (goWork === '' || goWork === 'auto') return findUpward(dir, 'go.work');
  if (!isAbsolute(goWork)) throw new GoradarError('ERR_USAGE', 'invalid GOWORK: not an absolute path');
  return goWork;
}

async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    throw new GoradarError('ERR_IO', `reading ${what}: ${(err as Error).message}`, { cause: err });
  }
}

/** readMainModule reads and strictly parses the go.mod in dir. */
export async function readMainModule(dir: string): Promise<MainModule> {
  const file = join(dir, 'go.mod');
  return mainModuleFromText(dir, file, await readText(file, file));
}

/**
 * mainModuleFromText parses a main module's go.mod strictly, checking its versions as the go command
 * does for main modules (mainVersionFixer); it throws GoradarError (ERR_INVALID_FILE) naming the file.
 */
export function mainModuleFromText(dir: string, file: string, text: string): MainModule {
  const result = parseGoMod(file, text, { fixVersion: mainVersionFixer });
  if (!result.ok) throw new GoradarError('ERR_INVALID_FILE', `errors parsing ${file}:\n${result.errors.message}`);
  const summary = summaryFromGoMod(result.value);
  if (summary.module === '') {
    throw new GoradarError('ERR_INVALID_FILE', `error reading ${file}: missing module declaration. To specify the module path:\n\tgo mod edit -module=example.com/mod`);
  }
  return { path: summary.module, dir, goModFile: file, summary };
}

/** readWorkspace reads a go.work file strictly and every module it uses, in `use` order. */
export async function readWorkspace(file: string): Promise<MainModuleSet> {
  return workspaceFromText(file, await readText(file, 'go.work'), (dir) => readText(join(dir, 'go.mod'), join(dir, 'go.mod')));
}

/**
 * workspaceFromText parses a go.work file strictly and reads (through readGoMod, given each module's
 * absolute directory) every module it uses, in `use` order.
 */
export async function workspaceFromText(file: string, text: string, readGoMod: (dir: string) => Promise<string>): Promise<MainModuleSet> {
  const result = parseGoWork(file, text);
  if (!result.ok) throw new GoradarError('ERR_INVALID_FILE', `errors parsing go.work:\n${result.errors.message}`);
  const summary = summaryFromGoWork(result.value);
  const dir = dirname(file);
  const seen = new Set<string>();
  const mainModules: MainModule[] = [];
  for (const use of result.value.use) {
    const root = isAbsolute(use.path) ? use.path : join(dir, use.path);
    if (seen.has(root)) {
      throw new GoradarError('ERR_INVALID_FILE', `error loading go.work:\n${file}:${use.position.line}: path ${root} appears multiple times in workspace`);
    }
    seen.add(root);
    mainModules.push(mainModuleFromText(root, join(root, 'go.mod'), await readGoMod(root)));
  }
  return { mainModules, workspace: { dir, file, summary } };
}

/**
 * findMainModules finds the main module(s) for dir: the workspace when a go.work file applies
 * (GOWORK), else the module whose go.mod is at or above dir.
 */
export async function findMainModules(dir: string, goWork: string): Promise<MainModuleSet> {
  const work = await findWorkFile(dir, goWork);
  if (work) return readWorkspace(work);
  const goMod = await findUpward(dir, 'go.mod');
  if (!goMod) {
    throw new GoradarError('ERR_NO_MAIN_MODULE', `go.mod file not found in current directory or any parent directory (${dir})`, {
      hint: "run goradar inside a Go module, or pass the module's directory",
    });
  }
  return { mainModules: [await readMainModule(dirname(goMod))] };
}
