// Every input is read, defaulted and validated here, once, so that a bad input
// fails the step before anything else happens.
import * as core from '@actions/core'
import { InputError } from './errors.js'
import { parseFilters, type Filters } from './filter.js'

export const ON_MISMATCH = ['skip', 'fail'] as const
export type OnMismatch = (typeof ON_MISMATCH)[number]

export interface Inputs {
  /** JSON text of the event; empty means "use the repository_dispatch client_payload". */
  readonly payload: string
  readonly filters: Filters
  readonly onMismatch: OnMismatch
}

export function getInputs(): Inputs {
  return {
    payload: core.getInput('payload'),
    filters: parseFilters({
      actions: core.getInput('actions'),
      repositories: core.getInput('repositories'),
      tags: core.getInput('tags'),
      semver: core.getInput('semver'),
      registries: core.getInput('registries'),
      'max-age': core.getInput('max-age')
    }),
    onMismatch: parseOnMismatch(core.getInput('on-mismatch'))
  }
}

function parseOnMismatch(text: string): OnMismatch {
  const value = text === '' ? 'skip' : text
  if (!(ON_MISMATCH as readonly string[]).includes(value)) {
    throw new InputError('on-mismatch', `must be "skip" or "fail"; got "${text}"`)
  }
  return value as OnMismatch
}
