// source-client on a self-hosted runner where jobs share one HOME, so one
// Docker config: the committed bundle run as the runner runs it, the main
// step's saved state carried into the post step (runAction's state), two jobs
// interleaved on one HOME, and a config that changes under the post step.
import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { repoRoot, runAction } from '../../../scripts/runner.mjs'
import { fixture } from '../../support/fixtures.js'

const LOGGED_IN =
  '{\n\t"auths": {\n\t\t"myregistry.azurecr.io": {\n\t\t\t"auth": "dXNlcjpwYXNz"\n\t\t}\n\t},\n\t"HttpHeaders": {\n\t\t"User-Agent": "ci/1.0"\n\t}\n}\n'

let home: string
let folder: string
let configPath: string
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'acr-shared-home-'))
  folder = join(home, '.docker')
  configPath = join(folder, 'config.json')
})
afterEach(() => rmSync(home, { recursive: true, force: true }))

type Job = { value: string; state?: Record<string, string> }
const event = { action: 'acr-push', client_payload: fixture('native-push.json') }

function main(job: Job, user?: { uid: number; gid: number }): void {
  const result = runAction({ event, inputs: { 'source-client': job.value }, env: { HOME: home }, user })
  expect(result.status, result.stdout).toBe(0)
  job.state = result.state
}

function post(job: Job, user?: { uid: number; gid: number }): string {
  const result = runAction({ event, phase: 'post', state: job.state, env: { HOME: home }, user })
  // Cleanup never changes the job's result.
  expect(result.status, result.stdout).toBe(0)
  expect(result.stdout).not.toContain('::error::')
  return result.stdout
}

const header = () => (existsSync(configPath) ? JSON.parse(readFileSync(configPath, 'utf8')).HttpHeaders?.['X-Meta-Source-Client'] : undefined)

/** Every entry below the folder with its kind, link target and bytes: "as it was" means all of these. */
function snapshot(root: string): Record<string, string> {
  const entries: Record<string, string> = {}
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      const stat = lstatSync(path)
      if (stat.isSymbolicLink()) entries[path] = `link -> ${readlinkSync(path)}`
      else if (stat.isDirectory()) {
        entries[path] = `dir ${(stat.mode & 0o777).toString(8)}`
        walk(path)
      } else entries[path] = `file ${(stat.mode & 0o777).toString(8)} ${readFileSync(path, 'base64')}`
    }
  }
  if (existsSync(root)) walk(root)
  return entries
}

describe('two jobs on one HOME', () => {
  const starts: Array<[string, (() => void) | undefined]> = [
    [
      'a logged-in config',
      () => {
        mkdirSync(folder)
        writeFileSync(configPath, LOGGED_IN, { mode: 0o600 })
      }
    ],
    ['no config at all', undefined],
    [
      'a blank config.json',
      () => {
        mkdirSync(folder)
        writeFileSync(configPath, '\n  \n')
      }
    ]
  ]
  const orders = [
    ['A main, B main, A post, B post', ['A', 'B', 'a', 'b']],
    ['A main, B main, B post, A post', ['A', 'B', 'b', 'a']],
    ['A main, A post, B main, B post', ['A', 'a', 'B', 'b']]
  ] as const

  describe.each(starts)('starting from %s', (_start, prepare) => {
    test.each(orders)(
      "%s, different values: after every post the running job's header is in effect; after the last, the folder is as before",
      (_name, steps) => {
        prepare?.()
        const before = snapshot(home)
        const jobs: Record<string, Job> = { A: { value: 'azure/aks' }, B: { value: 'azure/aci' } }
        const running: string[] = []
        for (const step of steps) {
          const name = step.toUpperCase()
          if (step === name) {
            main(jobs[name]!)
            running.push(name)
            expect(header()).toBe(jobs[name]!.value)
          } else {
            post(jobs[name]!)
            running.splice(running.indexOf(name), 1)
            if (running.length > 0) expect(header()).toBe(jobs[running.at(-1)!]!.value)
          }
        }
        expect(snapshot(home)).toEqual(before)
      }
    )
  })

  test('the same value in both jobs: the first post leaves it for the job still running', () => {
    mkdirSync(folder)
    writeFileSync(configPath, LOGGED_IN, { mode: 0o600 })
    const a = { value: 'azure/aks' }
    const b = { value: 'azure/aks' }
    main(a)
    main(b)
    post(a)
    expect(header()).toBe('azure/aks')
    post(b)
    expect(readFileSync(configPath, 'utf8')).toBe(LOGGED_IN)
    expect(readdirSync(folder)).toEqual(['config.json'])
  })
})

describe('config.json changed under the post step', () => {
  test('a directory now: a warning that says what was left and what to do; the job passes', () => {
    const job = { value: 'azure/aks' }
    main(job)
    rmSync(configPath)
    mkdirSync(configPath)
    const stdout = post(job)
    expect(stdout).toContain(
      `::warning::Could not restore X-Meta-Source-Client in ${configPath} (EISDIR: it is a directory now): the value "azure/aks" this job set may be left in it`
    )
    expect(stdout).toContain('remove "X-Meta-Source-Client" from its HttpHeaders if no other job uses source-client')
  })

  test("unreadable by the job's user (EACCES): a warning, the job passes", context => {
    const user = runnerUser()
    if (typeof user === 'string') return context.skip(user)
    chownSync(home, user.uid, user.gid)
    const job = { value: 'azure/aks' }
    main(job, user)
    expect(header()).toBe('azure/aks')
    chmodSync(configPath, 0o000)
    const stdout = post(job, user)
    expect(stdout).toContain(`::warning::Could not restore X-Meta-Source-Client in ${configPath} (EACCES: this job's user may not read or write it)`)
  })
})

test('config.json -> store/l2 -> real.json, real.json missing: the chain is followed to its end, every link kept, and the folder comes back as it was', () => {
  mkdirSync(join(folder, 'store'), { recursive: true })
  symlinkSync('store/l2', configPath)
  symlinkSync('real.json', join(folder, 'store', 'l2'))
  const before = snapshot(home)
  const job = { value: 'azure/aks' }
  main(job)
  expect(lstatSync(configPath).isSymbolicLink()).toBe(true)
  expect(lstatSync(join(folder, 'store', 'l2')).isSymbolicLink()).toBe(true)
  expect(JSON.parse(readFileSync(join(folder, 'store', 'real.json'), 'utf8')).HttpHeaders['X-Meta-Source-Client']).toBe('azure/aks')
  post(job)
  expect(snapshot(home)).toEqual(before)
})

/** A user other than root, for EACCES: root reads any file. Created when the tests run as root; otherwise the reason to skip. */
function runnerUser(): { uid: number; gid: number } | string {
  if (process.getuid?.() !== 0) {
    return process.getuid ? { uid: process.getuid(), gid: process.getgid!() } : 'no POSIX users on this platform'
  }
  const name = 'acr-action-test'
  const exists = spawnSync('id', ['-u', name], { encoding: 'utf8' })
  if (exists.status !== 0) {
    const created = spawnSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', name], { encoding: 'utf8' })
    if (created.status !== 0)
      return `running as root and cannot create a user for the EACCES case: ${created.stderr.trim() || created.error?.message}`
  }
  const uid = Number(spawnSync('id', ['-u', name], { encoding: 'utf8' }).stdout)
  const gid = Number(spawnSync('id', ['-g', name], { encoding: 'utf8' }).stdout)
  // The step runs as that user from this clone: a clone in a folder it cannot enter (a mktemp -d folder, a 0700
  // home such as root's) fails the spawn before the action runs, which is no test of the action.
  const bundle = join(repoRoot, 'dist/index.js')
  const reach = spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(bundle)}, require('node:fs').constants.R_OK)`], {
    uid,
    gid,
    encoding: 'utf8'
  })
  if (reach.status !== 0) {
    return `user ${name} cannot reach this clone's Node or dist/index.js (${reach.error?.message ?? reach.stderr.trim().split('\n')[0]}): the clone sits in a folder it cannot enter; clone it where other users can read (not a 0700 home or a mktemp -d folder) to run this case`
  }
  return { uid, gid }
}
