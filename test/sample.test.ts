// `npm run sample -- [event.json] [input=value ...]`, run as a developer runs it.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { repoRoot, runAction } from '../scripts/runner.mjs'

const sample = (...args: string[]) =>
  spawnSync(process.execPath, [join(repoRoot, 'scripts/run-local.mjs'), ...args], { cwd: repoRoot, encoding: 'utf8' })

describe('npm run sample', () => {
  test('runs the filters it is given', () => {
    const result = sample('tags=v9*')
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toContain('matched=false')
  })

  test.each([
    ['tag=v9*', 'unknown input "tag" (did you mean "tags"?)'],
    ['registry=*.azurecr.io', 'unknown input "registry" (did you mean "registries"?)'],
    ['maxage=1d', 'unknown input "maxage" (did you mean "max-age"?)'],
    ['flavour=mild', 'unknown input "flavour"; action.yml declares payload, actions,']
  ])('a misspelt input (%s) stops the run, naming it and the nearest real one', (argument, message) => {
    const result = sample(argument)
    expect(result.status).toBe(2)
    expect(result.stderr).toContain(`sample: ${message}`)
    expect(result.stdout).not.toContain('matched=')
  })
})

describe('npm run sample with source-client', () => {
  test('a value the action refuses (VSTS): the step fails, and no write is claimed', () => {
    const result = sample('source-client=VSTS')
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('# source-client wrote nothing: the step stopped before writing the Docker config')
    expect(result.stdout).not.toMatch(/# source-client wrote \//)
  })

  test('a value it takes: the file it wrote is named', () => {
    const result = sample('source-client=azure/aks')
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/# source-client wrote \/.*\/config\.json \(a temporary DOCKER_CONFIG, not your own\)/)
  })
})

describe("runAction (the tests' runner)", () => {
  test('refuses an input action.yml does not declare, instead of running without it', () => {
    expect(() => runAction({ inputs: { tag: 'v*' } })).toThrow('unknown input "tag" (did you mean "tags"?)')
  })
})
