// Where the ACR event comes from: the `payload` input when given, otherwise
// the client_payload of a repository_dispatch run.
import { PayloadError } from '../errors.js'
import { checkJsonDepth, isJsonObject, ownField, parseUntrustedJson } from './json.js'

export interface EventSource {
  readonly payload: unknown
  /** The root of every path in an error message: `payload` or `client_payload`. */
  readonly path: string
}

export interface RunnerEvent {
  /** GITHUB_EVENT_NAME */
  readonly name: string
  /** The parsed contents of GITHUB_EVENT_PATH. */
  readonly payload: unknown
}

/**
 * `readRunnerEvent` is called only when the payload input is empty: a step
 * given its event must not fail on a runner event file it does not need.
 */
export function selectEventSource(payloadInput: string, readRunnerEvent: () => RunnerEvent): EventSource {
  if (payloadInput.trim() !== '') {
    return { payload: parseUntrustedJson(payloadInput, 'payload'), path: 'payload' }
  }
  const runnerEvent = readRunnerEvent()
  if (runnerEvent.name === 'repository_dispatch') {
    const clientPayload = isJsonObject(runnerEvent.payload) ? ownField(runnerEvent.payload, 'client_payload') : undefined
    if (clientPayload === undefined || clientPayload === null) {
      throw new PayloadError('client_payload', 'is missing from the repository_dispatch event: the relay must send the ACR event as client_payload')
    }
    checkJsonDepth(clientPayload, 'client_payload')
    return { payload: clientPayload, path: 'client_payload' }
  }
  const trigger = runnerEvent.name ? `"${runnerEvent.name}"` : 'an unknown event (GITHUB_EVENT_NAME is not set)'
  throw new PayloadError(
    'payload',
    `is empty and this run was triggered by ${trigger}, which carries no ACR event: trigger the workflow with repository_dispatch, or pass the event in the "payload" input (for workflow_dispatch: payload: \${{ inputs.payload }})`
  )
}
