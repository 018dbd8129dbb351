// The gate: which events a workflow acts on. Pure: the inputs arrive as text,
// the clock as an argument, and the answer is a Match with a reason a person
// can act on.
import Range from 'semver/classes/range.js'
import parseSemver from 'semver/functions/parse.js'
import { InputError } from '../errors.js'
import { timestampMillis } from '../event/grammar.js'
import { ACR_ACTIONS, isAcrAction, type AcrAction, type AcrEvent } from '../event/types.js'
import { GlobList } from '../glob-list.js'

export type Match = { readonly matched: true } | { readonly matched: false; readonly reason: string }

/** How far in the future an event may be dated before it is taken for a wrong clock. */
export const MAX_CLOCK_SKEW_SECONDS = 300

export interface Filters {
  /** Empty: every action. */
  readonly actions: ReadonlySet<AcrAction>
  readonly repositories: GlobList
  readonly tags: GlobList
  readonly semver?: Range
  readonly registries: GlobList
  readonly maxAgeSeconds?: number
}

/** The filter inputs as text, exactly as the workflow gave them. */
export interface FilterInputs {
  readonly actions: string
  readonly repositories: string
  readonly tags: string
  readonly semver: string
  readonly registries: string
  readonly 'max-age': string
}

export function parseFilters(inputs: FilterInputs): Filters {
  const actions = splitList(inputs.actions)
  for (const action of actions) {
    if (!isAcrAction(action)) {
      throw new InputError('actions', `unknown action "${action}"; valid actions are ${ACR_ACTIONS.join(', ')}`)
    }
  }
  const semver = inputs.semver.trim()
  return {
    actions: new Set(actions as AcrAction[]),
    repositories: globList('repositories', inputs.repositories),
    tags: globList('tags', inputs.tags),
    semver: semver === '' ? undefined : parseRange(semver),
    registries: globList('registries', inputs.registries, { caseInsensitive: true }),
    maxAgeSeconds: inputs['max-age'].trim() === '' ? undefined : parseDuration('max-age', inputs['max-age'])
  }
}

function globList(input: string, text: string, options?: { caseInsensitive: boolean }): GlobList {
  const patterns = splitList(text)
  const bare = patterns.find(p => p === '!')
  if (bare !== undefined) throw new InputError(input, '"!" excludes nothing: write the pattern after it, e.g. "!**/test-*"')
  return new GlobList(patterns, options)
}

function parseRange(text: string): Range {
  try {
    return new Range(text)
  } catch {
    throw new InputError('semver', `"${text}" is not a valid semver range; use npm's syntax, e.g. ">=1.2.0 <2", "^3" or "~1.4"`)
  }
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
  if (value === undefined) return refuse(`the ${event.action} event has no ${field}, so it does not match ${input} ${globs}`)
  if (!globs.matches(value)) return refuse(`${field} "${value}" does not match ${input} ${globs}`)
  return undefined
}

function matchSemver(event: AcrEvent, range: Range | undefined): Match | undefined {
  if (!range) return undefined
  const shown = `semver "${range.raw}"`
  if (event.tag === undefined) return refuse(`the ${event.action} event has no tag, so it does not match ${shown}`)
  // One optional "v", then the version itself: semver's parser would take a second "v" too.
  const version = /^v?\d/.test(event.tag) ? parseSemver(event.tag.replace(/^v/, '')) : null
  if (!version) return refuse(`tag "${event.tag}" is not a semver version, so it does not match ${shown}`)
  if (!range.test(version)) {
    const prereleaseOnly = version.prerelease.length > 0 && new Range(range.raw, { includePrerelease: true }).test(version)
    const why = prereleaseOnly ? ' (a pre-release matches only a range that names a pre-release of the same major.minor.patch)' : ''
    return refuse(`tag "${event.tag}" is outside ${shown}${why}`)
  }
  return undefined
}

function matchAge(event: AcrEvent, maxAgeSeconds: number | undefined, nowMillis: number): Match | undefined {
  if (maxAgeSeconds === undefined) return undefined
  const shown = `max-age ${maxAgeSeconds}s`
  if (event.timestamp === undefined) return refuse(`the ${event.action} event has no timestamp, so it does not match ${shown}`)
  const ageSeconds = (nowMillis - timestampMillis(event.timestamp)) / 1000
  if (ageSeconds < -MAX_CLOCK_SKEW_SECONDS) {
    return refuse(`timestamp ${event.timestamp} is ${Math.round(-ageSeconds)}s in the future, more than the ${MAX_CLOCK_SKEW_SECONDS}s allowed for clock skew`)
  }
  if (ageSeconds > maxAgeSeconds) {
    return refuse(`the event is ${Math.round(ageSeconds)}s old (timestamp ${event.timestamp}), older than ${shown}`)
  }
  return undefined
}
