// Runs the bundled action as a process the way the GitHub runner does: inputs
// as INPUT_* variables (action.yml defaults filled in), the event file at
// GITHUB_EVENT_PATH, and outputs, state and summary read back from the files
// the runner provides. Used by the end-to-end tests and by `npm run sample`.
import { spawn, spawnSync } from 'node:child_process'
import { chownSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const actionManifest = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8'))

/**
 * Prepares what the runner prepares for one step: a work folder with the event
 * file and the empty command files, and the environment that points at them.
 *
 * @param {object} options
 * @param {Record<string, string>} [options.inputs] inputs by their action.yml name
 * @param {string} [options.eventName] GITHUB_EVENT_NAME
 * @param {unknown} [options.event] the triggering event, written to GITHUB_EVENT_PATH
 * @param {Record<string, string>} [options.state] STATE_* carried over from the main step
 * @param {Record<string, string | undefined>} [options.env] extra environment
 * @param {{ uid: number, gid: number }} [options.user] run the step as this user (the step's files become theirs)
 * @param {string} [options.githubToken] the job's token, what `${{ github.token }}` defaults evaluate to
 */
export function createStepEnvironment(options = {}) {
  const { inputs = {}, eventName = 'repository_dispatch', event = {}, state = {}, env = {} } = options
  // The runner only warns about an input action.yml does not declare, and the step runs without it: a
  // misspelt filter would pass every event. Here it is an error, so that no test or sample runs that way.
  const unknown = unknownInputs(Object.keys(inputs))
  if (unknown.length > 0) throw new Error(unknown.map(describeUnknownInput).join('; '))
  const work = mkdtempSync(join(tmpdir(), 'acr-action-run-'))
  const files = {
    GITHUB_EVENT_PATH: join(work, 'event.json'),
    GITHUB_OUTPUT: join(work, 'output'),
    GITHUB_STATE: join(work, 'state'),
    GITHUB_STEP_SUMMARY: join(work, 'summary.md')
  }
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(event))
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) writeFileSync(files[name], '')
  if (options.user) for (const path of [work, ...Object.values(files)]) chownSync(path, options.user.uid, options.user.gid)

  /** @type {Record<string, string>} */
  const inputEnv = {}
  for (const [name, spec] of Object.entries(actionManifest.inputs ?? {})) {
    inputEnv[inputVariable(name)] = evaluateDefault(String(spec?.default ?? ''), options)
  }
  for (const [name, value] of Object.entries(inputs)) inputEnv[inputVariable(name)] = value
  const stateEnv = Object.fromEntries(Object.entries(state).map(([name, value]) => [`STATE_${name}`, value]))

  return {
    work,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: eventName,
      RUNNER_TEMP: work,
      ...files,
      ...inputEnv,
      ...stateEnv,
      ...env
    },
    /** Reads back what the step wrote. */
    read() {
      return {
        outputs: parseCommandFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
        state: parseCommandFile(readFileSync(files.GITHUB_STATE, 'utf8')),
        summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')
      }
    },
    cleanup() {
      rmSync(work, { recursive: true, force: true })
    }
  }
}

/**
 * Runs one step of the action (action.yml's `main` or `post`) as a process.
 *
 * The post step gets the main step's saved state as `state` (GITHUB_STATE
 * → STATE_*), as the runner carries it: `runAction({ ...step, phase: 'post', state: main.state })`.
 *
 * @param {Parameters<typeof createStepEnvironment>[0] & { phase?: 'main' | 'post' }} [options]
 * @returns {{ status: number | null, stdout: string, stderr: string, outputs: Record<string, string>, state: Record<string, string>, summary: string }}
 */
export function runAction(options = {}) {
  const step = createStepEnvironment(options)
  try {
    const entry = join(repoRoot, actionManifest.runs[options.phase ?? 'main'])
    const result = spawnSync(process.execPath, [entry], { cwd: step.work, encoding: 'utf8', env: step.env, ...options.user })
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, ...step.read() }
  } finally {
    step.cleanup()
  }
}

/**
 * As runAction, without blocking the caller's event loop: for tests whose
 * servers (a token server, a fake API) run in the test's own process.
 *
 * @param {Parameters<typeof runAction>[0]} [options]
 * @returns {Promise<ReturnType<typeof runAction>>}
 */
export async function runActionAsync(options = {}) {
  const step = createStepEnvironment(options)
  try {
    const entry = join(repoRoot, actionManifest.runs[options.phase ?? 'main'])
    const child = spawn(process.execPath, [entry], { cwd: step.work, env: step.env, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    const status = await new Promise((resolve, reject) => {
      child.on('error', reject)
      child.on('close', code => resolve(code))
    })
    return { status, stdout, stderr, ...step.read() }
  } finally {
    step.cleanup()
  }
}

/**
 * Input names action.yml does not declare, each with the declared name nearest
 * to it (by edit distance), or undefined when none is close.
 *
 * @param {string[]} names
 * @returns {Array<{ name: string, nearest: string | undefined }>}
 */
export function unknownInputs(names) {
  const declared = Object.keys(actionManifest.inputs ?? {})
  return names
    .filter(name => !declared.includes(name))
    .map(name => {
      const [nearest] = declared
        .map(candidate => ({ candidate, distance: editDistance(name.toLowerCase(), candidate) }))
        .filter(({ candidate, distance }) => distance <= Math.max(2, Math.floor(candidate.length / 3)))
        .sort((a, b) => a.distance - b.distance)
      return { name, nearest: nearest?.candidate }
    })
}

/** @param {{ name: string, nearest: string | undefined }} unknown */
export function describeUnknownInput({ name, nearest }) {
  const declared = Object.keys(actionManifest.inputs ?? {}).join(', ')
  return `unknown input "${name}"${nearest ? ` (did you mean "${nearest}"?)` : ''}; action.yml declares ${declared}`
}

/** Levenshtein distance. */
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]
}

/**
 * A default as the runner evaluates it: `${{ github.token }}` is the job's
 * token (`options.githubToken`, empty when the step has none); other
 * defaults are plain text.
 *
 * @param {string} text
 * @param {{ githubToken?: string }} options
 */
function evaluateDefault(text, options) {
  return text.replace(/\$\{\{\s*github\.token\s*\}\}/g, options.githubToken ?? '')
}

/** The runner's rule: spaces become underscores, then upper case. */
export function inputVariable(name) {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** Parses GITHUB_OUTPUT / GITHUB_STATE: `name<<delimiter\nvalue\ndelimiter` blocks or `name=value` lines. */
export function parseCommandFile(text) {
  /** @type {Record<string, string>} */
  const values = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line === '') continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const end = lines.indexOf(delimiter, i + 1)
      if (end === -1) throw new Error(`unterminated value for ${name}`)
      if (Object.hasOwn(values, name)) throw new Error(`${name} was set twice`)
      values[name] = lines.slice(i + 1, end).join('\n')
      i = end
    } else {
      const eq = line.indexOf('=')
      if (eq === -1) throw new Error(`malformed line: ${line}`)
      values[line.slice(0, eq)] = line.slice(eq + 1)
    }
  }
  return values
}
