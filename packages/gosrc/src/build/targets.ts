/**
 * Build targets: the GOOS and GOARCH values Go knows, the `_GOOS`, `_GOARCH`, `_GOOS_GOARCH` and
 * `_test` file-name rules (https://pkg.go.dev/go/build#hdr-Build_Constraints), and the tags a
 * target satisfies (GOOS, GOARCH, `unix`, the OS a GOOS implies, go1.N release tags).
 */

/** KNOWN_OS lists every GOOS value go/build recognizes in file names and tags. */
export const KNOWN_OS: ReadonlySet<string> = new Set([
  'aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl',
  'netbsd', 'openbsd', 'plan9', 'solaris', 'wasip1', 'windows', 'zos',
]);

/** UNIX_OS lists the GOOS values that satisfy the `unix` tag. */
export const UNIX_OS: ReadonlySet<string> = new Set([
  'aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'linux', 'netbsd', 'openbsd', 'solaris',
]);

/** KNOWN_ARCH lists every GOARCH value go/build recognizes. */
export const KNOWN_ARCH: ReadonlySet<string> = new Set([
  '386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'loong64', 'mips', 'mipsle', 'mips64',
  'mips64le', 'mips64p32', 'mips64p32le', 'ppc', 'ppc64', 'ppc64le', 'riscv', 'riscv64', 's390', 's390x',
  'sparc', 'sparc64', 'wasm',
]);

/** FileNameConstraint is what a file name says about where the file builds. */
export interface FileNameConstraint {
  /** isTest is true for `*_test.go`. */
  isTest: boolean;
  goos: string | null;
  goarch: string | null;
}

/** fileNameConstraint reads the GOOS/GOARCH suffixes and the _test suffix of a file name (a path is fine). */
export function fileNameConstraint(fileName: string): FileNameConstraint {
  let base = fileName.slice(fileName.lastIndexOf('/') + 1);
  const isTest = base.endsWith('_test.go');
  // go/build reads suffixes only up to the first dot: gcm_v1.26_test.go has none.
  const dot = base.indexOf('.');
  if (dot >= 0) base = base.slice(0, dot);
  const underscore = base.indexOf('_');
  if (underscore < 0) return { isTest, goos: null, goarch: null };
  const parts = base.slice(underscore).split('_');
  if (parts[parts.length - 1] === 'test') parts.pop();
  const n = parts.length;
  const last = parts[n - 1] ?? '';
  const before = parts[n - 2] ?? '';
  if (n >= 2 && KNOWN_OS.has(before) && KNOWN_ARCH.has(last)) return { isTest, goos: before, goarch: last };
  if (KNOWN_OS.has(last)) return { isTest, goos: last, goarch: null };
  if (KNOWN_ARCH.has(last)) return { isTest, goos: null, goarch: last };
  return { isTest, goos: null, goarch: null };
}

/** BuildTarget is a GOOS/GOARCH pair with optional extra tags (cgo, custom tags). */
export interface BuildTarget {
  goos: string;
  goarch: string;
  tags?: readonly string[];
  /** goMinor is the newest Go 1.N release whose go1.N tags are satisfied (default: all). */
  goMinor?: number;
}

/** targetHasTag reports whether tag is satisfied when building for target, as go/build's matchTag decides. */
export function targetHasTag(target: BuildTarget, tag: string): boolean {
  if (tag === target.goos || tag === target.goarch) return true;
  if (target.tags?.includes(tag)) return true;
  if (tag === 'unix') return UNIX_OS.has(target.goos);
  if (tag === 'linux') return target.goos === 'android';
  if (tag === 'solaris') return target.goos === 'illumos';
  if (tag === 'darwin') return target.goos === 'ios';
  if (tag === 'gc') return true;
  const release = /^go1\.(\d+)$/.exec(tag);
  if (release) return Number(release[1]) <= (target.goMinor ?? Number.MAX_SAFE_INTEGER);
  return false;
}

/** fileNameMatchesTarget reports whether a file-name constraint allows target. */
export function fileNameMatchesTarget(c: FileNameConstraint, target: BuildTarget): boolean {
  if (c.goos !== null && !targetHasTag(target, c.goos)) return false;
  return c.goarch === null || c.goarch === target.goarch;
}
