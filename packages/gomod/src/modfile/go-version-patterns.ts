/**
 * The version patterns of go and toolchain lines (golang.org/x/mod/modfile rule.go).
 * https://go.dev/ref/mod#go-mod-file-go, https://go.dev/ref/mod#go-mod-file-toolchain
 */

/** GO_VERSION_RE matches a valid `go` line version: 1.21, 1.21.0, 1.21rc1 (modfile.GoVersionRE). */
export const GO_VERSION_RE = /^([1-9][0-9]*)\.(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))?([a-z]+[0-9]+)?$/;

/**
 * LAX_GO_VERSION_RE rescues a dependency's `go` line written in a newer syntax; group 1 is the
 * major.minor kept (`v1.2.3` → `1.2`, `1.21.0-custom` → `1.21`).
 */
export const LAX_GO_VERSION_RE = /^v?(([1-9][0-9]*)\.(0|[1-9][0-9]*))([^0-9][^\n]*)$/;

/**
 * TOOLCHAIN_RE is the deliberately loose check of a toolchain name: `default`, or anything starting
 * `go1` followed by the end or a dot (modfile.ToolchainRE).
 */
export const TOOLCHAIN_RE = /^default$|^go1($|\.)/;
