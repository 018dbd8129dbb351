// Every process the tests and benchmarks start (relays, Azurite, the demo)
// goes through spawnTracked, so that none can outlive what started it,
// whatever happened:
// - every Node process in it runs with scripts/lifeline.cjs preloaded, and
//   ends itself once the process that started it is gone (a test worker
//   killed on a timeout, SIGKILL, Ctrl-C);
// - each leads a process group of its own, killed whole;
// - those still running when this process exits are killed then;
// - a test file kills, and names, those still running when it ends
//   (test/support/children.ts).
// A relay from a timed-out test, whose stop never ran, once kept running 35
// minutes.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const LIFELINE = fileURLToPath(new URL('./lifeline.cjs', import.meta.url))

/** @type {Map<number, string>} what each running child is, by PID */
const running = new Map()

/** Kills the child's whole process group. */
function killGroup(pid) {
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // Gone already.
  }
}

process.on('exit', () => {
  for (const pid of running.keys()) killGroup(pid)
})

/**
 * spawn(command, args, options) as a tracked child in a process group of its
 * own; `what` names it when it has to be killed for its starter.
 * @param {string} what
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions} [options]
 * @returns {import('node:child_process').ChildProcess}
 */
export function spawnTracked(what, command, args, options = {}) {
  const env = { ...(options.env ?? process.env), ACR_LIFELINE_PID: String(process.pid) }
  if (!(env.NODE_OPTIONS ?? '').includes(LIFELINE)) env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(LIFELINE)}`.trim()
  const child = spawn(command, args, { ...options, env, detached: true })
  const pid = child.pid
  if (pid !== undefined) {
    running.set(pid, `${what} (PID ${pid})`)
    child.once('exit', () => running.delete(pid))
  }
  return child
}

/** Kills every tracked child still running; returns what each was, for the message that says so. */
export function killRunningChildren() {
  const killed = [...running.values()]
  for (const pid of running.keys()) killGroup(pid)
  running.clear()
  return killed
}
