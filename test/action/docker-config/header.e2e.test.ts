// Main and post as the runner runs them: the same bundle twice, with the
// state the main step saved handed to the post step as STATE_* variables.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { runAction } from '../../../scripts/runner.mjs'
import { fixture } from '../../support/fixtures.js'

const event = { action: 'acr-push', client_payload: fixture('native-push.json') }
let dockerConfig: string
let configPath: string
beforeEach(() => {
  dockerConfig = join(mkdtempSync(join(tmpdir(), 'acr-e2e-docker-')), 'docker')
  configPath = join(dockerConfig, 'config.json')
})
afterEach(() => rmSync(join(dockerConfig, '..'), { recursive: true, force: true }))

function main(inputs: Record<string, string>) {
  return runAction({ event, inputs, env: { DOCKER_CONFIG: dockerConfig } })
}
function post(state: Record<string, string>) {
  return runAction({ event, phase: 'post', state, env: { DOCKER_CONFIG: dockerConfig } })
}

describe('source-client through main and post', () => {
  test('writes the header for the job, then puts the config back byte for byte', () => {
    mkdirSync(dockerConfig)
    const original = '{\n\t"auths": {\n\t\t"myregistry.azurecr.io": {\n\t\t\t"auth": "dXNlcjpwYXNz"\n\t\t}\n\t},\n\t"credsStore": "desktop"\n}'
    writeFileSync(configPath, original)

    const first = main({ 'source-client': 'azure/aks' })
    expect(first.status, first.stdout).toBe(0)
    expect(first.outputs['docker-config']).toBe(configPath)
    expect(JSON.parse(readFileSync(configPath, 'utf8')).HttpHeaders).toEqual({ 'X-Meta-Source-Client': 'azure/aks' })
    expect(first.state.isPost).toBe('true')
    // The state never carries the file's contents: it holds credentials.
    expect(JSON.stringify(first.state)).not.toContain('dXNlcjpwYXNz')

    const second = post(first.state)
    expect(second.status, second.stdout).toBe(0)
    expect(second.stdout).toContain(`Restored ${configPath} to what it was before this job set X-Meta-Source-Client`)
    expect(readFileSync(configPath, 'utf8')).toBe(original)
  })

  test('a docker login between main and post is kept; only the header goes', () => {
    const first = main({ 'source-client': 'azure/aks' })
    expect(first.status, first.stdout).toBe(0)
    // What docker login does to the file: read it, add an auth, write it all again.
    const config = JSON.parse(readFileSync(configPath, 'utf8'))
    config.auths = { 'myregistry.azurecr.io': { auth: 'dXNlcjpwYXNz' } }
    writeFileSync(configPath, JSON.stringify(config, null, '\t'))

    const second = post(first.state)
    expect(second.status, second.stdout).toBe(0)
    expect(JSON.parse(readFileSync(configPath, 'utf8'))).toEqual({ auths: { 'myregistry.azurecr.io': { auth: 'dXNlcjpwYXNz' } } })
  })

  test('creates the config when missing, and the post step removes it', () => {
    const first = main({ 'source-client': 'azure/app-service/web-apps' })
    expect(first.status, first.stdout).toBe(0)
    expect(existsSync(configPath)).toBe(true)
    const second = post(first.state)
    expect(second.stdout).toContain(`Removed ${configPath}, which this action had created`)
    expect(existsSync(dockerConfig)).toBe(false)
  })

  test('an unknown cloud is written with a warning that lists the known ones', () => {
    const result = main({ 'source-client': 'github/actions' })
    expect(result.status).toBe(0)
    expect(result.stdout).toContain(
      '::warning::source-client cloud "github" is not one ACR documents (azure, azurestack, china, germany, azureusdod, azureusgov, on-prem)'
    )
    expect(JSON.parse(readFileSync(configPath, 'utf8')).HttpHeaders['X-Meta-Source-Client']).toBe('github/actions')
  })

  test('an invalid value fails the step and writes nothing', () => {
    const result = main({ 'source-client': 'Azure AKS' })
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('::error::Input "source-client": must be <cloud>/<service>')
    expect(result.outputs).toEqual({})
    expect(existsSync(dockerConfig)).toBe(false)
  })

  test('a malformed config fails the step, names the file, and stays as it was', () => {
    mkdirSync(dockerConfig)
    writeFileSync(configPath, '{"auths": ')
    const result = main({ 'source-client': 'azure/aks' })
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(`::error::${configPath} is not valid JSON`)
    expect(result.outputs).toEqual({})
    expect(readFileSync(configPath, 'utf8')).toBe('{"auths": ')
  })

  test('without source-client the config is not touched and post does nothing', () => {
    const first = main({})
    expect(first.outputs).not.toHaveProperty('docker-config')
    expect(existsSync(dockerConfig)).toBe(false)
    const second = post(first.state)
    expect(second.status).toBe(0)
    expect(second.stdout).toBe('')
  })

  test('post after a failed main step does nothing', () => {
    const first = runAction({ event: { action: 'acr-push' }, inputs: { 'source-client': 'azure/aks' }, env: { DOCKER_CONFIG: dockerConfig } })
    expect(first.status).toBe(1)
    const second = post(first.state)
    expect(second.status).toBe(0)
    expect(existsSync(dockerConfig)).toBe(false)
  })
})
