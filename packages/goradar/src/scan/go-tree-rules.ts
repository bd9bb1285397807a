/**
 * The go command's rules for which directories and files of a tree take part in a build, as
 * `go list ./...` applies them. https://pkg.go.dev/cmd/go#hdr-Package_lists_and_patterns
 */

/**
 * isIgnoredDirName reports whether the go command ignores a directory of this name: names
 * starting with '.' or '_', and `testdata`. (`vendor` is handled by isVendorDir.)
 */
export function isIgnoredDirName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('_') || name === 'testdata';
}

/** isVendorDir reports whether a directory is a vendor directory, which `./...` never enters. */
export function isVendorDir(name: string): boolean {
  return name === 'vendor';
}

/** isSkippedDir reports whether a module scan skips the directory name entirely. */
export function isSkippedDir(name: string): boolean {
  return isIgnoredDirName(name) || isVendorDir(name);
}

/**
 * isGoSourceName reports whether a file name is a Go source file the go command considers:
 * it ends in `.go` and does not start with '.' or '_'.
 */
export function isGoSourceName(name: string): boolean {
  return name.endsWith('.go') && !name.startsWith('.') && !name.startsWith('_');
}

/** isTestFileName reports whether a Go file is a test file (`_test.go`). */
export function isTestFileName(name: string): boolean {
  return name.endsWith('_test.go');
}

/** ManifestName is a file name the scan reads as a module manifest. */
export type ManifestName = 'go.mod' | 'go.work' | 'go.sum' | 'go.work.sum';

/** isManifestName reports whether name is go.mod, go.work, go.sum or go.work.sum. */
export function isManifestName(name: string): name is ManifestName {
  return name === 'go.mod' || name === 'go.work' || name === 'go.sum' || name === 'go.work.sum';
}
