// The same promise as runner-output.test.ts, kept by the bundle run as the
// runner runs it: nothing from the payload reaches the runner's command stream.
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { runAction } from '../../scripts/runner.mjs'
import { cloneFixture } from '../support/fixtures.js'
import { runnerCommands } from '../support/runner-commands.js'

const INJECTION = '##[set-output name=tag;]$(id)#'

describe('dist/index.js as the runner runs it', () => {
  test(`a User-Agent of ${INJECTION} on a push by digest: tag stays empty, no command is injected`, () => {
    const payload = cloneFixture('native-push-by-digest.json')
    payload.request.useragent = INJECTION
    const result = runAction({ event: { action: 'acr-push', client_payload: payload } })
    expect(result.status, result.stdout).toBe(0)
    expect(result.outputs.tag).toBeUndefined()
    expect(runnerCommands(result.stdout).map(c => `${c.syntax}:${c.name}`)).toEqual(['v2:group', 'v2:endgroup'])
    // The free text is still there, for fromJSON, unchanged.
    expect(JSON.parse(result.outputs.json!).request.userAgent).toBe(INJECTION)
  })

  test('a forged save-state in a request id does not reach the post step', () => {
    const payload = cloneFixture('native-push.json')
    payload.request.id = '##[save-state name=isPost;]false'
    const result = runAction({ event: { action: 'acr-push', client_payload: payload } })
    expect(result.status, result.stdout).toBe(0)
    expect(runnerCommands(result.stdout).filter(c => c.syntax === 'v1')).toEqual([])
    expect(result.state).toEqual({ isPost: 'true' })
  })

  test('a bad value quoted in the error message cannot start a command either', () => {
    const payload = cloneFixture('native-push.json')
    payload.target.tag = `${INJECTION}\n::set-output name=digest::x`
    const result = runAction({ event: { action: 'acr-push', client_payload: payload } })
    expect(result.status).toBe(1)
    expect(runnerCommands(result.stdout).map(c => `${c.syntax}:${c.name}`)).toEqual(['v2:error'])
    expect(result.outputs).toEqual({})
  })

  test('a job summary that cannot be written fails the step with no output set', () => {
    const folder = mkdtempSync(join(tmpdir(), 'acr-summary-'))
    mkdirSync(join(folder, 'summary.md'))
    try {
      const result = runAction({
        event: { action: 'acr-push', client_payload: cloneFixture('native-push.json') },
        env: { GITHUB_STEP_SUMMARY: join(folder, 'summary.md') }
      })
      expect(result.status).toBe(1)
      expect(result.stdout).toMatch(/::error::/)
      expect(result.outputs).toEqual({})
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})
