// `npm test`'s first check: without root, dockerd or docker-registry it stops
// at once, naming what is missing, how to install it and the switch that
// leaves those suites out. Run as npm runs it, with a PATH made here that holds
// exactly the programs each case has.
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { repoRoot } from '../scripts/runner.mjs'

const work = mkdtempSync(join(tmpdir(), 'acr-prerequisites-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** A folder for PATH holding stand-ins for `programs` (the check only looks for them). */
function binFolder(programs: string[]): string {
  const folder = join(work, programs.join('-') || 'none')
  mkdirSync(folder, { recursive: true })
  for (const name of programs) {
    writeFileSync(join(folder, name), '#!/bin/sh\nexit 0\n')
    chmodSync(join(folder, name), 0o755)
  }
  return folder
}

/** The check as a module, with the folders it takes for the system's: what it says when a program is only there. */
async function missingWith(programs: string[], system: string[]): Promise<string[]> {
  const { missingDockerPrerequisites } = (await import('../scripts/check-test-prerequisites.mjs')) as {
    missingDockerPrerequisites: (env: Record<string, string>, systemPath: string) => string[]
  }
  return missingDockerPrerequisites({ PATH: binFolder(programs) }, binFolder(system))
}

function check(programs: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [join(repoRoot, 'scripts/check-test-prerequisites.mjs')], {
    env: { PATH: binFolder(programs), ...env },
    encoding: 'utf8'
  })
}

const root = process.getuid?.() === 0

describe('npm test checks its prerequisites first', () => {
  test.each([
    [['docker'], ['dockerd', 'docker-registry']],
    [['dockerd', 'docker'], ['docker-registry']],
    [['docker-registry'], ['dockerd', 'docker']],
    [[], ['dockerd', 'docker', 'docker-registry']]
  ])('with %j on PATH it stops, naming %j, the install command, how to run as root and the switch', (present, absent) => {
    const result = check(present)
    expect(result.status).toBe(1)
    // Named with its package, or, where this machine has it outside the test's PATH (dockerd in /usr/sbin), as not on PATH.
    for (const name of absent) expect(result.stderr).toMatch(new RegExp(`^  - ${name} (on PATH|is installed .* but not on your PATH)`, 'm'))
    for (const name of present) expect(result.stderr).not.toMatch(new RegExp(`^  - ${name} (on PATH|is installed)`, 'm'))
    expect(result.stderr).toContain('sudo apt-get install docker.io docker-registry')
    expect(result.stderr).toContain('sudo env "PATH=$PATH" npm test')
    expect(result.stderr).toContain('ACR_SKIP_DOCKER_TESTS=1 npm test')
    expect(result.stderr.includes('  - root:')).toBe(!root)
  })

  test('dockerd installed where Debian puts it (/usr/sbin) but not on PATH: "not on your PATH", naming the folder, not the package', async () => {
    const missing = await missingWith(['docker', 'docker-registry'], ['dockerd'])
    const dockerd = missing.find(line => line.startsWith('dockerd'))
    expect(dockerd).toMatch(/^dockerd is installed \(.*\/dockerd\) but not on your PATH: add .* to it/)
    expect(dockerd).not.toContain('docker.io')
    expect(missing.some(line => line.startsWith('docker '))).toBe(false)
  })

  test('a program installed nowhere is named with its package', async () => {
    const missing = await missingWith(['docker'], [])
    expect(missing).toContain('dockerd on PATH (Debian and Ubuntu package docker.io)')
    expect(missing.find(line => line.startsWith('docker-registry'))).toMatch(
      /docker-registry on PATH \(.*package docker-registry, or DOCKER_REGISTRY_BINARY\)/
    )
  })

  test('DOCKER_REGISTRY_BINARY stands for docker-registry on PATH', () => {
    const registry = join(binFolder(['docker-registry']), 'docker-registry')
    const result = check(['dockerd', 'docker'], { DOCKER_REGISTRY_BINARY: registry })
    expect(result.stderr).not.toContain('docker-registry on PATH')
  })

  test.runIf(root)('as root with all of them it lets the run go on, silently', () => {
    const result = check(['dockerd', 'docker', 'docker-registry'])
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout + result.stderr).toBe('')
  })

  test('ACR_SKIP_DOCKER_TESTS=1 lets the run go on without any of them, and says what it leaves out', () => {
    const result = check([], { ACR_SKIP_DOCKER_TESTS: '1' })
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toContain('the suites that need dockerd or docker-registry are left out')
  })
})

describe('a run with ACR_SKIP_DOCKER_TESTS=1', () => {
  test('leaves out the suites that need dockerd or docker-registry and says so in its last line', () => {
    // A vitest run of its own, as a contributor starts it, on the file whose suites all need both.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV'))
    const result = spawnSync(
      process.execPath,
      [join(repoRoot, 'node_modules/vitest/vitest.mjs'), 'run', 'test/action/docker-config/docker-chain.e2e.test.ts'],
      {
        cwd: repoRoot,
        env: { ...env, ACR_SKIP_DOCKER_TESTS: '1', NO_COLOR: '1' },
        encoding: 'utf8',
        timeout: 60_000
      }
    )
    expect(result.status, result.stdout + result.stderr).toBe(0)
    const lines = result.stdout.trim().split('\n')
    expect(lines.at(-1)).toBe(
      ' left out: 2 suites (2 tests) that need dockerd/docker-registry (ACR_SKIP_DOCKER_TESTS=1), in test/action/docker-config/docker-chain.e2e.test.ts'
    )
    expect(result.stdout).toMatch(/Tests +2 skipped \(2\)/)
  }, 60_000)
})
