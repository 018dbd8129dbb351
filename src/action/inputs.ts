// Every input is read, defaulted and validated here, once, so that a bad input
// fails the step before anything else happens.
import * as core from '@actions/core'
import { InputError } from '../errors.js'
import type { FilterInputs, Filters } from './filter.js'
import { parseSourceClient, type SourceClient } from './source-client.js'

export const ON_MISMATCH = ['skip', 'fail'] as const
export type OnMismatch = (typeof ON_MISMATCH)[number]

export interface Inputs {
  /** JSON text of the event; empty means "use the repository_dispatch client_payload". */
  readonly payload: string
  /** Absent when every filter input is empty: every event matches. */
  readonly filters?: Filters
  readonly onMismatch: OnMismatch
  /** Absent: the Docker config is not touched. */
  readonly sourceClient?: SourceClient
}

export async function getInputs(): Promise<Inputs> {
  const filterInputs: FilterInputs = {
    actions: core.getInput('actions'),
    artifacts: core.getInput('artifacts'),
    repositories: core.getInput('repositories'),
    tags: core.getInput('tags'),
    semver: core.getInput('semver'),
    registries: core.getInput('registries'),
    'max-age': core.getInput('max-age')
  }
  const anyFilter = Object.values(filterInputs as Record<keyof FilterInputs, string>).some(text => text.trim() !== '')
  return {
    payload: core.getInput('payload'),
    // The glob and semver libraries are loaded only by steps that filter.
    filters: anyFilter ? await loadFilters(filterInputs) : undefined,
    onMismatch: parseOnMismatch(core.getInput('on-mismatch')),
    sourceClient: parseSourceClient(core.getInput('source-client'))
  }
}

/** The filter code, and semver's only when a range is given: both are lazy chunks. */
async function loadFilters(filterInputs: FilterInputs): Promise<Filters> {
  const { parseFilters } = await import('./filter.js')
  const parseRange = filterInputs.semver.trim() === '' ? undefined : (await import('./semver-range.js')).parseSemverRange
  return parseFilters(filterInputs, parseRange)
}

function parseOnMismatch(text: string): OnMismatch {
  const value = text === '' ? 'skip' : text
  if (!(ON_MISMATCH as readonly string[]).includes(value)) {
    throw new InputError('on-mismatch', `must be "skip" or "fail"; got "${text}"`)
  }
  return value as OnMismatch
}
