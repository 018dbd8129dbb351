// The `semver` filter's range, in npm's syntax. A lazy chunk of its own:
// loading semver costs more than the rest of the filters together (26 million
// instructions against picomatch's 13, measured with callgrind), so a gate
// on tags alone does not pay for it.
import Range from 'semver/classes/range.js'
import parseSemver from 'semver/functions/parse.js'
import { InputError } from '../errors.js'

export interface SemverRange {
  /** The range as the workflow wrote it. */
  readonly raw: string
  /** Why the tag does not match, or undefined when it does. */
  refusal(tag: string): 'not-semver' | 'outside' | 'prerelease-outside' | undefined
}

export function parseSemverRange(text: string): SemverRange {
  let range: Range
  try {
    range = new Range(text)
  } catch {
    throw new InputError('semver', `"${text}" is not a valid semver range; use npm's syntax, e.g. ">=1.2.0 <2", "^3" or "~1.4"`)
  }
  return {
    raw: range.raw,
    refusal: tag => {
      // One optional "v", then the version itself: semver's parser would take a second "v" too.
      const version = /^v?\d/.test(tag) ? parseSemver(tag.replace(/^v/, '')) : null
      if (!version) return 'not-semver'
      if (range.test(version)) return undefined
      const prereleaseOnly = version.prerelease.length > 0 && new Range(range.raw, { includePrerelease: true }).test(version)
      return prereleaseOnly ? 'prerelease-outside' : 'outside'
    }
  }
}
