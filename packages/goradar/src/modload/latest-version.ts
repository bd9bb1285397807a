import { isPseudoVersion, semver } from '@goradar/gomod';

/**
 * latestTaggedVersion picks the version whose go.mod states a module's retractions and deprecation,
 * as the go command's "latest, ignoring retractions" query does over a proxy's tags: the highest
 * release, else the highest prerelease, leaving out invalid versions, pseudo-versions (not tags) and
 * the versions isExcluded rejects. Undefined when no tag is left; go then asks the proxy's `@latest`.
 * https://go.dev/ref/mod#version-queries
 */
export function latestTaggedVersion(versions: readonly string[], isExcluded: (v: string) => boolean = () => false): string | undefined {
  const tags = semver.sort(versions.filter((v) => semver.isValid(v) && !isPseudoVersion(v) && !isExcluded(v)));
  const releases = tags.filter((v) => semver.prerelease(v) === '');
  return releases[releases.length - 1] ?? tags[tags.length - 1];
}
