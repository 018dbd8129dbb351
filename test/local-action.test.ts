// `npm run local-action`, the template's way to run the action from source with
// GitHub's @github/local-action: CONTRIBUTING.md documents it beside `npm run sample`,
// so it is run here as a developer would run it.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { repoRoot } from '../scripts/runner.mjs'

const work = mkdtempSync(join(tmpdir(), 'acr-local-action-test-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function runLocalAction(settings: Record<string, string>, eventFile?: string): string {
  const envFile = join(work, `${Object.keys(settings).join('-') || 'defaults'}.env`)
  const example = readFileSync(join(repoRoot, '.env.example'), 'utf8')
  writeFileSync(
    envFile,
    `${example}\n${Object.entries(settings)
      .map(([name, value]) => `${name}=${value}`)
      .join('\n')}\n`
  )
  const args = ['scripts/local-action.mjs', ...(eventFile ? [eventFile] : []), '--env-file', envFile]
  const result = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } })
  expect(result.error).toBeUndefined()
  return result.stdout + result.stderr
}

/** local-action's table of the outputs the run set (before it, it prints action.yml's outputs with their descriptions). */
function outputsTable(log: string): string {
  return log.slice(log.lastIndexOf('Action Outputs'))
}

describe('npm run local-action', () => {
  test('runs main on the default fixture with .env.example and shows its outputs', () => {
    const log = runLocalAction({})
    expect(outputsTable(log)).toMatch(/'matched'\s*│\s*'true'/)
    expect(outputsTable(log)).toMatch(/'image'\s*│\s*'myregistry\.azurecr\.io\/team\/web:v1\.4\.2'/)
  }, 60_000)

  test('a filter from the env file applies, and a mismatch sets no deploy output', () => {
    const log = runLocalAction({ INPUT_TAGS: 'release-*' })
    expect(outputsTable(log)).toMatch(/'matched'\s*│\s*'false'/)
    expect(outputsTable(log)).not.toMatch(/'image'\s*│/)
  }, 60_000)

  test('source-client edits a temporary Docker config, and the post step removes it', () => {
    const log = runLocalAction({ 'INPUT_SOURCE-CLIENT': 'azure/aks' })
    const written = /Docker will send X-Meta-Source-Client: azure\/aks \(set in (\S+)\)/.exec(log)
    expect(written?.[1]).not.toContain(join('.docker', 'config.json'))
    expect(log).toContain(`Removed ${written?.[1]}, which this action had created`)
  }, 60_000)

  test('a bad payload fails with the field named and sets no output', () => {
    const bad = join(work, 'bad.json')
    writeFileSync(
      bad,
      JSON.stringify({
        id: 'x',
        timestamp: '2026-11-17T16:52:01Z',
        action: 'push',
        target: { repository: 'Team/Web', tag: 'v1', digest: 'sha256:' + 'a'.repeat(64) }
      })
    )
    const log = runLocalAction({}, bad)
    expect(log).toMatch(/::error::.*target\.repository/)
    expect(outputsTable(log)).toContain('No outputs were set')
  }, 60_000)
})
