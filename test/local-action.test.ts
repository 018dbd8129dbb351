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

/**
 * `npm run local-action -- [event] --env-file <file>`, typed in a folder of the user's own with both paths
 * relative to it (Node 24 would take such an --env-file for its own and stop: "not found").
 */
function runLocalAction(settings: Record<string, string>, eventFile?: string, form: 'after --' | 'npm config' = 'after --') {
  const envFile = `${Object.keys(settings).join('-') || 'defaults'}.env`
  const example = readFileSync(join(repoRoot, '.env.example'), 'utf8')
  writeFileSync(
    join(work, envFile),
    `${example}\n${Object.entries(settings)
      .map(([name, value]) => `${name}=${value}`)
      .join('\n')}\n`
  )
  const args =
    form === 'after --'
      ? ['--prefix', repoRoot, 'run', 'local-action', '--', ...(eventFile ? [eventFile] : []), '--env-file', envFile]
      : ['--prefix', repoRoot, 'run', 'local-action', `--env-file=${envFile}`]
  const result = spawnSync('npm', args, { cwd: work, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } })
  expect(result.error).toBeUndefined()
  return { log: result.stdout + result.stderr, status: result.status }
}

/** local-action's table of the outputs the run set (before it, it prints action.yml's outputs with their descriptions). */
function outputsTable(log: string): string {
  return log.slice(log.lastIndexOf('Action Outputs'))
}

describe('npm run local-action', () => {
  test('runs main on the default fixture with .env.example and shows its outputs', () => {
    const { log, status } = runLocalAction({})
    expect(status, log).toBe(0)
    expect(outputsTable(log)).toMatch(/'matched'\s*│\s*'true'/)
    expect(outputsTable(log)).toMatch(/'image'\s*│\s*'myregistry\.azurecr\.io\/team\/web:v1\.4\.2'/)
  }, 60_000)

  test.each(['after --', 'npm config'] as const)(
    'a filter from the env file (--env-file %s) applies, and a mismatch sets no deploy output',
    form => {
      const { log, status } = runLocalAction({ INPUT_TAGS: 'release-*' }, undefined, form)
      expect(status, log).toBe(0)
      expect(log).toContain(`# local-action with ${join(work, 'INPUT_TAGS.env')}`)
      expect(outputsTable(log)).toMatch(/'matched'\s*│\s*'false'/)
      expect(outputsTable(log)).not.toMatch(/'image'\s*│/)
    },
    60_000
  )

  test('source-client edits a temporary Docker config, and the post step removes it', () => {
    const { log } = runLocalAction({ 'INPUT_SOURCE-CLIENT': 'azure/aks' })
    const written = /Docker will send X-Meta-Source-Client: azure\/aks \(set in (\S+)\)/.exec(log)
    expect(written?.[1]).not.toContain(join('.docker', 'config.json'))
    expect(log).toContain(`Removed ${written?.[1]}, which this action had created`)
  }, 60_000)

  test('a bad payload fails with the field named, sets no output, and exits non-zero', () => {
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
    const { log, status } = runLocalAction({}, 'bad.json')
    expect(status, log).toBe(1)
    expect(log).toMatch(/::error::.*target\.repository/)
    expect(outputsTable(log)).toContain('No outputs were set')
  }, 60_000)

  test('an option it does not know stops it with its usage, before anything runs', () => {
    const result = spawnSync('npm', ['--prefix', repoRoot, 'run', 'local-action', '--', '--env'], { cwd: work, encoding: 'utf8' })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('usage: npm run local-action -- [event.json] [--env-file <file>]')
    expect(result.stdout).not.toContain('Running Action')
  })
})
