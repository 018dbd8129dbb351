// The gate: which events a workflow acts on. Pure: the inputs arrive as text,
// the clock as an argument, and the answer is a Match with a reason a person
// can act on.
import { InputError } from '../errors.js'
import { timestampMillis } from '../event/grammar.js'
import { ARTIFACTS, isArtifact, type Artifact } from '../event/artifact.js'
import { ACR_ACTIONS, isAcrAction, type AcrAction, type AcrEvent } from '../event/types.js'
import { GlobList } from '../glob-list.js'
import type { SemverRange } from './semver-range.js'

export type Match = { readonly matched: true } | { readonly matched: false; readonly reason: string }

/** How far in the future an event may be dated before it is taken for a wrong clock. */
export const MAX_CLOCK_SKEW_SECONDS = 300

export interface Filters {
  /** Empty: every action. */
  readonly actions: ReadonlySet<AcrAction>
  /** Empty: every kind of artifact. */
  readonly artifacts: ReadonlySet<Artifact>
  readonly repositories: GlobList
  readonly tags: GlobList
  readonly semver?: SemverRange
  readonly registries: GlobList
  readonly maxAgeSeconds?: number
}

/** The filter inputs as text, exactly as the workflow gave them. */
export interface FilterInputs {
  readonly actions: string
  readonly artifacts: string
  readonly repositories: string
  readonly tags: string
  readonly semver: string
  readonly registries: string
  readonly 'max-age': string
}

/**
 * `parseRange` is semver-range.ts's parseSemverRange, passed in so that the
 * caller loads that chunk only when the semver input is set.
 */
export function parseFilters(inputs: FilterInputs, parseRange?: (text: string) => SemverRange): Filters {
  const semver = inputs.semver.trim()
  const repositories = globList('repositories', inputs.repositories)
  const registries = globList('registries', inputs.registries, { caseInsensitive: true })
  for (const pattern of repositories.patterns) checkRepositoryPattern(pattern)
  for (const pattern of registries.patterns) checkRegistryPattern(pattern)
  return {
    actions: nameSet('actions', 'action', inputs.actions, ACR_ACTIONS, isAcrAction),
    artifacts: nameSet('artifacts', 'artifact', inputs.artifacts, ARTIFACTS, isArtifact),
    repositories,
    tags: globList('tags', inputs.tags),
    semver: semver === '' ? undefined : requireRangeParser(parseRange)(semver),
    registries,
    maxAgeSeconds: inputs['max-age'].trim() === '' ? undefined : parseDuration('max-age', inputs['max-age'])
  }
}

/** A comma- or newline-separated list of names from a fixed set; "push delete" is a list written with spaces. */
function nameSet<T extends string>(
  input: string,
  noun: string,
  text: string,
  valid: readonly T[],
  isValid: (name: string) => name is T
): ReadonlySet<T> {
  const names = splitList(text)
  for (const name of names) {
    if (isValid(name)) continue
    // Every word valid while the whole name is not: it can only be several words.
    const words = name.split(/\s+/)
    if (words.every(word => isValid(word))) {
      throw new InputError(input, `"${name}" is several names: separate them with commas or newlines ("${words.join(', ')}")`)
    }
    throw new InputError(input, `unknown ${noun} "${name}"; valid ${input} are ${valid.join(', ')}`)
  }
  return new Set(names as T[])
}

function globList(input: string, text: string, options?: { caseInsensitive: boolean }): GlobList {
  const patterns = splitList(text)
  const bare = patterns.find(p => p === '!')
  if (bare !== undefined) throw new InputError(input, '"!" excludes nothing: write the pattern after it, e.g. "!**/test-*"')
  try {
    return new GlobList(patterns, options)
  } catch (error) {
    // Only on the way to an error: find which pattern it was, to name it.
    const invalid = patterns.find(pattern => {
      try {
        return !new GlobList([pattern])
      } catch {
        return true
      }
    })
    throw new InputError(input, `"${invalid}" is not a valid glob (${(error as Error).message})`)
  }
}

/** Hosts the first segment of a pattern could be: Docker's own test (a "." or ":", or localhost) narrowed to real domains. */
const REGISTRY_PREFIX = /^(?:localhost|[^/*?[{]+:\d+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:azurecr\.(?:io|cn|us)|io|com|net|org|dev|cloud))\//i

/** Repositories are matched as the event names them: no registry host, no leading slash. */
function checkRepositoryPattern(pattern: string): void {
  const glob = pattern.replace(/^!/, '')
  if (glob.startsWith('/')) {
    throw new InputError('repositories', `"${pattern}" starts with "/", which no repository does: write "${pattern.replace(/^(!?)\/+/, '$1')}"`)
  }
  const host = REGISTRY_PREFIX.exec(glob)?.[0]
  if (host) {
    throw new InputError(
      'repositories',
      `"${pattern}" starts with a registry host, which the repository does not hold: write "${pattern.replace(host, '')}", and put "${host.slice(0, -1)}" in registries`
    )
  }
}

/** Registries are host names (with an optional port): not URLs, not paths. */
function checkRegistryPattern(pattern: string): void {
  const glob = pattern.replace(/^!/, '')
  const url = /^[a-z][a-z0-9+.-]*:\/\/([^/]*)/i.exec(glob)
  if (url) throw new InputError('registries', `"${pattern}" is a URL; registries are host names: write "${url[1]}"`)
  if (glob.includes('/')) {
    throw new InputError(
      'registries',
      `"${pattern}" holds a "/"; registries are host names (e.g. myregistry.azurecr.io), and repositories go in repositories`
    )
  }
}

function requireRangeParser(parseRange: ((text: string) => SemverRange) | undefined): (text: string) => SemverRange {
  if (!parseRange) throw new Error('Internal error: the semver input is set but its range parser was not loaded')
  return parseRange
}

const DURATION_UNITS: Readonly<Record<string, number>> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }

/** `90s`, `15m`, `2h`, `1d` or a bare number of seconds. */
export function parseDuration(input: string, text: string): number {
  const match = /^(\d+)\s*([smhd]?)$/i.exec(text.trim())
  if (!match) {
    throw new InputError(input, `"${text.trim()}" is not a duration; use 90s, 15m, 2h, 1d or a number of seconds`)
  }
  return Number(match[1]) * DURATION_UNITS[match[2]!.toLowerCase()]!
}

/**
 * Splits an input on newlines and on commas outside braces, so that a brace
 * glob such as `{v1,v2}.*` stays one pattern. Empty items are dropped.
 */
export function splitList(text: string): string[] {
  const items: string[] = []
  for (const line of text.split(/\r?\n/)) {
    let depth = 0
    let current = ''
    for (const ch of line) {
      if (ch === '{') depth++
      else if (ch === '}') depth = Math.max(0, depth - 1)
      if (ch === ',' && depth === 0) {
        items.push(current)
        current = ''
      } else {
        current += ch
      }
    }
    items.push(current)
  }
  return items.map(item => item.trim()).filter(item => item !== '')
}

/** Checks the filters in a fixed order and reports the first that refuses the event. */
export function matchFilters(event: AcrEvent, filters: Filters, nowMillis: number): Match {
  if (filters.actions.size > 0 && !filters.actions.has(event.action)) {
    return refuse(`action "${event.action}" is not one of actions ${[...filters.actions].map(a => `"${a}"`).join(', ')}`)
  }
  if (filters.artifacts.size > 0 && !(event.artifact && filters.artifacts.has(event.artifact))) {
    return refuse(`artifact "${event.artifact ?? 'none'}" is not one of artifacts ${[...filters.artifacts].map(a => `"${a}"`).join(', ')}`)
  }
  return (
    matchGlobs(event, 'registry', event.registry, 'registries', filters.registries) ??
    matchGlobs(event, 'repository', event.repository, 'repositories', filters.repositories) ??
    matchGlobs(event, 'tag', event.tag, 'tags', filters.tags) ??
    matchSemver(event, filters.semver) ??
    matchAge(event, filters.maxAgeSeconds, nowMillis) ?? { matched: true }
  )
}

function refuse(reason: string): Match {
  return { matched: false, reason }
}

function matchGlobs(event: AcrEvent, field: string, value: string | undefined, input: string, globs: GlobList): Match | undefined {
  if (globs.isEmpty) return undefined
  if (value === undefined) return refuse(`the ${event.action} event has no ${field}, so it does not match ${input} ${globs.toString()}`)
  if (!globs.matches(value)) return refuse(`${field} "${value}" does not match ${input} ${globs.toString()}`)
  return undefined
}

function matchSemver(event: AcrEvent, range: SemverRange | undefined): Match | undefined {
  if (!range) return undefined
  const shown = `semver "${range.raw}"`
  if (event.tag === undefined) return refuse(`the ${event.action} event has no tag, so it does not match ${shown}`)
  switch (range.refusal(event.tag)) {
    case undefined:
      return undefined
    case 'not-semver':
      return refuse(`tag "${event.tag}" is not a semver version, so it does not match ${shown}`)
    case 'prerelease-outside':
      return refuse(
        `tag "${event.tag}" is outside ${shown} (a pre-release matches only a range that names a pre-release of the same major.minor.patch)`
      )
    case 'outside':
      return refuse(`tag "${event.tag}" is outside ${shown}`)
  }
}

function matchAge(event: AcrEvent, maxAgeSeconds: number | undefined, nowMillis: number): Match | undefined {
  if (maxAgeSeconds === undefined) return undefined
  const shown = `max-age ${describeDuration(maxAgeSeconds)}`
  if (event.timestamp === undefined) return refuse(`the ${event.action} event has no timestamp, so it does not match ${shown}`)
  const ageSeconds = (nowMillis - timestampMillis(event.timestamp)) / 1000
  if (ageSeconds < -MAX_CLOCK_SKEW_SECONDS) {
    return refuse(
      `timestamp ${event.timestamp} is ${describeDuration(-ageSeconds)} in the future, more than the ${describeDuration(MAX_CLOCK_SKEW_SECONDS)} allowed for clock skew`
    )
  }
  if (ageSeconds > maxAgeSeconds) {
    return refuse(`the event is ${describeDuration(ageSeconds)} old (timestamp ${event.timestamp}), older than ${shown}`)
  }
  return undefined
}

const DURATION_NAMES: ReadonlyArray<readonly [string, number]> = [
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1]
]

/** `14 days 18 hours`: the two largest units a person reads an age in; "over" when smaller units were left out. */
export function describeDuration(seconds: number): string {
  let rest = Math.round(seconds)
  const counts = DURATION_NAMES.map(([name, size]) => {
    const count = Math.floor(rest / size)
    rest -= count * size
    return [name, count] as const
  })
  const first = counts.findIndex(([, count]) => count > 0)
  if (first === -1) return '0 seconds'
  const shown = counts.slice(first, first + 2).filter(([, count]) => count > 0)
  const left = counts.slice(first + shown.length).some(([, count]) => count > 0)
  const text = shown.map(([name, count]) => `${count} ${name}${count === 1 ? '' : 's'}`).join(' ')
  return left ? `over ${text}` : text
}
