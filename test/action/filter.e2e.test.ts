// The gate as a workflow sees it: the bundled action run as a process.
import { describe, expect, test } from 'vitest'
import { runAction } from '../../scripts/runner.mjs'
import { fixture } from '../support/fixtures.js'

const pushEvent = { action: 'acr-push', client_payload: fixture('native-push.json') }
const DEPLOY_OUTPUTS = ['repository', 'tag', 'digest', 'registry', 'image', 'pinned-image', 'chart-name', 'chart-version', 'media-type', 'size']

describe('filters in the bundled action', () => {
  test('a matching event sets every deploy output', () => {
    const result = runAction({
      event: pushEvent,
      inputs: { actions: 'push', repositories: 'team/*', tags: 'v*', semver: '^1.4', registries: '*.azurecr.io' }
    })
    expect(result.status, result.stdout).toBe(0)
    expect(result.outputs).toMatchObject({ matched: 'true', image: 'myregistry.azurecr.io/team/web:v1.4.2' })
  })

  test('skip: the step succeeds with matched=false and nothing to deploy', () => {
    const result = runAction({ event: pushEvent, inputs: { tags: 'latest' } })
    expect(result.status, result.stdout).toBe(0)
    expect(result.outputs.matched).toBe('false')
    for (const name of DEPLOY_OUTPUTS) expect(result.outputs, name).not.toHaveProperty(name)
    expect(Object.keys(result.outputs).sort()).toEqual(['action', 'event-id', 'json', 'matched', 'timestamp'])
    expect(JSON.parse(result.outputs.json!)).toMatchObject({ matched: false, reason: 'tag "v1.4.2" does not match tags "latest"' })
    expect(result.stdout).toContain('::notice::Skipped: tag "v1.4.2" does not match tags "latest"')
    expect(result.summary).toContain('no: tag &#34;v1.4.2&#34; does not match tags &#34;latest&#34;')
  })

  test('fail: the step fails with the reason and sets no output', () => {
    const result = runAction({ event: pushEvent, inputs: { repositories: 'ops/**', 'on-mismatch': 'fail' } })
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('::error::The push event did not pass the filters: repository "team/web" does not match repositories "ops/**"')
    expect(result.outputs).toEqual({})
  })

  test('max-age skips a replayed old event', () => {
    // The fixture is dated 2026-11-17: older than a day whenever this runs.
    const result = runAction({ event: pushEvent, inputs: { 'max-age': '1d' } })
    expect(result.outputs.matched).toBe('false')
    expect(JSON.parse(result.outputs.json!).reason).toMatch(/^the event is (over )?\d+ days( \d+ hours?)? old .*older than max-age 1 day$/)
  })

  test.each([
    [{ semver: 'not a range' }, 'Input "semver": "not a range" is not a valid semver range'],
    [{ actions: 'upload' }, 'Input "actions": unknown action "upload"; valid actions are push, delete'],
    [{ 'max-age': '5 minutes' }, 'Input "max-age": "5 minutes" is not a duration'],
    [{ 'on-mismatch': 'ignore' }, 'Input "on-mismatch": must be "skip" or "fail"; got "ignore"']
  ])('an invalid input %j fails before anything is set', (inputs, message) => {
    const result = runAction({ event: pushEvent, inputs })
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(`::error::${message}`)
    expect(result.outputs).toEqual({})
  })
})
