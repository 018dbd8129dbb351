// Where the event comes from: the payload input, else a repository_dispatch's client_payload.
import { describe, expect, test } from 'vitest'
import { PayloadError } from '../../src/errors.js'
import { selectEventSource, type RunnerEvent } from '../../src/event/source.js'

const dispatch =
  (payload: unknown, name = 'repository_dispatch') =>
  () =>
    ({ name, payload }) as RunnerEvent
const unread = () => {
  throw new Error('the runner event was read')
}

describe('selectEventSource', () => {
  test('the payload input wins, and the runner event is not read at all', () => {
    expect(selectEventSource(' {"action":"push"} ', unread)).toEqual({ payload: { action: 'push' }, path: 'payload' })
  })

  test('a payload input of white space is empty', () => {
    expect(selectEventSource(' \n', dispatch({ client_payload: { action: 'push' } }))).toEqual({
      payload: { action: 'push' },
      path: 'client_payload'
    })
  })

  test('errors in the payload input are rooted at payload', () => {
    expect(() => selectEventSource('{', unread)).toThrow(/^payload: is not valid JSON/)
  })

  test.each([
    ['missing', {}],
    ['null', { client_payload: null }],
    ['an event that is not an object', ['client_payload']]
  ])('a repository_dispatch with client_payload %s says what the relay must send', (_name, event) => {
    expect(() => selectEventSource('', dispatch(event))).toThrow(
      new PayloadError('client_payload', 'is missing from the repository_dispatch event: the relay must send the ACR event as client_payload')
    )
  })

  test('a client_payload nested too deep is refused with its path', () => {
    let deep: unknown = []
    for (let i = 0; i < 40; i++) deep = [deep]
    expect(() => selectEventSource('', dispatch({ client_payload: deep }))).toThrow(/^client_payload(\[0\]){32}: is nested deeper/)
  })

  test.each([
    ['push', '"push"'],
    ['', 'an unknown event (GITHUB_EVENT_NAME is not set)']
  ])('another trigger (%j) names itself and the fix', (name, shown) => {
    expect(() => selectEventSource('', dispatch({ client_payload: { action: 'push' } }, name))).toThrow(
      new PayloadError(
        'payload',
        `is empty and this run was triggered by ${shown}, which carries no ACR event: trigger the workflow with repository_dispatch, or pass the event in the "payload" input (for workflow_dispatch: payload: \${{ inputs.payload }})`
      )
    )
  })
})
