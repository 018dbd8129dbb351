// Real Docker for the tests: a dockerd of the test's own (sockets, data and
// containerd under a temp folder, so it never touches a daemon the machine
// runs), from Debian's docker.io, which .ci/run installs when it is missing.
// The registry it pushes to is registry.ts's.
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { stopProcess } from './registry.js'

const NEEDED = ['dockerd', 'docker']

/** Why these tests cannot run here, or undefined when they can. */
export function dockerUnavailable(): string | undefined {
  const missing = NEEDED.filter(name => spawnSync('sh', ['-c', `command -v ${name}`]).status !== 0)
  if (missing.length > 0) return `${missing.join(', ')} not found: install Debian's docker.io (bash .ci/run does, as root)`
  if (process.getuid?.() !== 0) return 'dockerd needs root'
  return undefined
}

async function waitFor(what: string, ready: () => boolean | Promise<boolean>, log: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`${what} did not start within ${timeoutMs / 1000} s:\n${log().slice(-3000)}`)
    await sleep(200)
  }
}

export interface CommandResult {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs a command without blocking the event loop: servers of the test itself (a proxy) must go on answering. */
export function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs = 300_000): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('error', reject)
    child.on('close', status => resolve({ status, stdout, stderr }))
  })
}

export interface DockerDaemon {
  /** DOCKER_HOST for the CLI. */
  readonly host: string
  /** Runs the docker CLI against this daemon with extra environment (DOCKER_CONFIG…). */
  docker(args: string[], env?: Record<string, string>): Promise<CommandResult>
  stop(): Promise<void>
}

export async function startDockerDaemon(): Promise<DockerDaemon> {
  const root = mkdtempSync(join(tmpdir(), 'acr-dockerd-'))
  const socket = join(root, 'docker.sock')
  const host = `unix://${socket}`
  let log = ''
  const child = spawn(
    'dockerd',
    [
      '--storage-driver=vfs',
      '--iptables=false',
      '--ip6tables=false',
      '--bridge=none',
      `--data-root=${join(root, 'data')}`,
      `--exec-root=${join(root, 'exec')}`,
      `--pidfile=${join(root, 'docker.pid')}`,
      `--host=${host}`
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] }
  )
  child.stdout.on('data', chunk => (log += chunk))
  child.stderr.on('data', chunk => (log += chunk))
  // The CLI is the one users have; nothing from the host's own Docker setup leaks in.
  const cliConfig = join(root, 'cli-config')
  mkdirSync(cliConfig)
  const docker = (args: string[], env: Record<string, string> = {}) =>
    runCommand('docker', args, { PATH: process.env.PATH, HOME: root, DOCKER_HOST: host, DOCKER_CONFIG: cliConfig, DOCKER_BUILDKIT: '0', ...env })
  try {
    await waitFor(
      'dockerd',
      async () => child.exitCode === null && (await docker(['version'])).status === 0,
      () => log
    )
  } catch (error) {
    await stopProcess(child, 15_000)
    throw error
  }
  return {
    host,
    docker,
    async stop() {
      await stopProcess(child, 15_000)
      // dockerd leaves its default network namespace mounted under the exec root.
      spawnSync('umount', [join(root, 'exec', 'netns', 'default')])
      rmSync(root, { recursive: true, force: true })
    }
  }
}
