// Every input is read, defaulted and validated here, once, so that a bad input
// fails the step before anything else happens.
import * as core from '@actions/core'

export interface Inputs {
  /** JSON text of the event; empty means "use the repository_dispatch client_payload". */
  readonly payload: string
}

export function getInputs(): Inputs {
  return {
    payload: core.getInput('payload')
  }
}
