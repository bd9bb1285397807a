import { canonicalVersion, checkPathMajor, InvalidVersionError, ModuleError, splitPathVersion, type VersionFixer } from '@goradar/gomod';

/**
 * mainVersionFixer checks the versions of a main module's go.mod as the go command does when it
 * reads one (modload.fixVersion): gopkg.in `-gopkgin-` prefixes are dropped, and a canonical version
 * must match the path's major version suffix. Non-canonical versions (branch names, `v1.2`) would
 * need a network query; offline they are an error.
 */
export const mainVersionFixer: VersionFixer = (path, version) => {
  let v = version;
  if (path.startsWith('gopkg.in/') && v.includes('-gopkgin-')) v = v.slice(v.indexOf('-gopkgin-') + '-gopkgin-'.length);
  const split = splitPathVersion(path);
  if (!split) throw new ModuleError(path, '', new InvalidVersionError(v, `malformed module path ${JSON.stringify(path)}`));
  if (v !== '' && canonicalVersion(v) === v) {
    const err = checkPathMajor(v, split.pathMajor);
    if (err) throw new ModuleError(path, v, err);
    return v;
  }
  throw new ModuleError(path, v, new Error('non-canonical version: resolving it needs a network query (run `go mod tidy`)'));
};
