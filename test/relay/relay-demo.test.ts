// `npm run relay:demo` as a user runs it: start it, copy the curl command it
// prints, run that command, see the stub GitHub print the dispatch, Ctrl-C.
import { spawn, spawnSync, type ChildProcess, type ChildProcessByStdio } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { spawnTracked } from '../../scripts/children.mjs'
import { repoRoot } from '../../scripts/runner.mjs'
import '../support/children.js'
import { fixture } from '../support/fixtures.js'

/** Splits a command line as sh does for the quoting the demo prints: bare words and '…' with '\'' inside. */
function shellWords(line: string): string[] {
  const words: string[] = []
  for (const match of line.trim().matchAll(/(?:'[^']*'|\\'|[^\s'\\])+/g)) {
    words.push(match[0].replace(/'([^']*)'|\\(')/g, (_all, quoted: string | undefined, escaped: string | undefined) => quoted ?? escaped ?? ''))
  }
  return words
}

interface CurlCommand {
  readonly words: string[]
  readonly url: string
  readonly headers: Record<string, string>
  readonly dataFile: string
}

function parseCurl(line: string): CurlCommand {
  const words = shellWords(line)
  expect(words[0]).toBe('curl')
  const headers: Record<string, string> = {}
  let url = ''
  let dataFile = ''
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!
    if (word === '-H') {
      const [name, ...value] = words[++i]!.split(':')
      headers[name!.trim().toLowerCase()] = value.join(':').trim()
    } else if (word === '--data') dataFile = words[++i]!.replace(/^@/, '')
    else if (!word.startsWith('-')) url = word
  }
  return { words, url, headers, dataFile }
}

const hasCurl = spawnSync('sh', ['-c', 'command -v curl']).status === 0

/** Runs the command as printed with curl when the machine has it, else sends the same request with fetch. */
async function send(command: CurlCommand): Promise<number> {
  if (hasCurl) {
    const result = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn('curl', ['-sS', ...command.words.slice(1)], { cwd: repoRoot })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', chunk => (stdout += chunk))
      child.stderr.on('data', chunk => (stderr += chunk))
      child.on('error', reject)
      child.on('close', status => resolve({ status, stdout, stderr }))
    })
    expect(result.status, result.stderr).toBe(0)
    return Number(/^HTTP\/[\d.]+ (\d{3})/.exec(result.stdout)?.[1])
  }
  const response = await fetch(command.url, {
    method: 'POST',
    headers: command.headers,
    body: readFileSync(join(repoRoot, command.dataFile))
  })
  return response.status
}

let demo: ChildProcess
let output = ''
let exited: Promise<number | null>

beforeAll(() => {
  // Its own process group, as a terminal's foreground job: Ctrl-C signals the whole group.
  const env = { ...process.env }
  delete env.INIT_CWD
  demo = spawnTracked('npm run relay:demo', 'npm', ['run', 'relay:demo'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
  demo.stdout!.on('data', chunk => (output += chunk))
  demo.stderr!.on('data', chunk => (output += chunk))
  exited = new Promise(resolve => demo.on('exit', code => resolve(code)))
})

async function waitForOutput(pattern: RegExp, from = 0): Promise<RegExpExecArray> {
  for (let waited = 0; waited < 20_000; waited += 50) {
    const found = pattern.exec(output.slice(from))
    if (found) return found
    await new Promise(resolve => setTimeout(resolve, 50))
  }
  throw new Error(`relay:demo did not print ${pattern}; it printed:\n${output}`)
}

/** The dispatches the stub printed after `from`: event type and client_payload. */
function printedDispatches(from = 0): Array<{ eventType: string; clientPayload: Record<string, any> }> {
  const lines = output.slice(from).split('\n')
  const found = []
  for (let i = 0; i < lines.length; i++) {
    const head = /^github {2}repository_dispatch to octo\/deploy: event_type "([^"]+)", client_payload:$/.exec(lines[i]!)
    if (!head) continue
    const end = lines.indexOf('        }', i)
    if (end === -1) continue
    found.push({ eventType: head[1]!, clientPayload: JSON.parse(lines.slice(i + 1, end + 1).join('\n')) })
  }
  return found
}

/** Whether any process of the group is left (npm, the demo script, the relay). */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

/** Kills what is left of the group and waits until npm's exit has been seen: the file's check for children left running comes after. */
async function killGroup(child: ChildProcess): Promise<void> {
  const gone = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise(resolve => child.once('exit', resolve))
  if (groupAlive(child.pid!)) process.kill(-child.pid!, 'SIGKILL')
  await gone
}

afterAll(() => killGroup(demo))

describe('npm run relay:demo', () => {
  let command: CurlCommand

  test('prints a curl command with the relay URL, a bearer secret and a bundled fixture', async () => {
    const [line] = await waitForOutput(/^ {2}curl .+$/m)
    command = parseCurl(line)
    expect(command.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    expect(command.headers.authorization).toMatch(/^Bearer \S{16,}$/)
    expect(command.headers['content-type']).toBe('application/json')
    expect(command.dataFile).toBe('test/fixtures/native-push.json')
  })

  test('the printed command is dispatched once, and the stub GitHub prints the event type and client_payload', async () => {
    const from = output.length
    expect(await send(command)).toBe(202)
    await waitForOutput(/^ {8}}$/m, from)
    expect(printedDispatches(from)).toEqual([
      { eventType: 'acr-push', clientPayload: expect.objectContaining({ id: (fixture('native-push.json') as any).id, action: 'push' }) }
    ])
  })

  test('another fixture right after it is dispatched too, not answered as a duplicate', async () => {
    const from = output.length
    const otherFile = (word: string) => word.replace('native-push.json', 'cloudevents-chart-push.json')
    const other = { ...command, words: command.words.map(otherFile), dataFile: otherFile(command.dataFile) }
    expect(await send(other)).toBe(202)
    await waitForOutput(/^ {8}}$/m, from)
    expect(printedDispatches(from)).toEqual([{ eventType: 'acr-chart_push', clientPayload: expect.objectContaining({ action: 'chart_push' }) }])
  })

  test('Ctrl-C stops the relay and the stub: nothing of the demo is left running or listening', async () => {
    const stub = (await waitForOutput(/stub GitHub at (http:\/\/127\.0\.0\.1:\d+)/))[1]!
    process.kill(-demo.pid!, 'SIGINT')
    await exited
    await waitForOutput(/relay:demo: SIGINT, stopping the relay and the stub GitHub/)
    for (let waited = 0; groupAlive(demo.pid!) && waited < 20_000; waited += 50) await new Promise(resolve => setTimeout(resolve, 50))
    expect(groupAlive(demo.pid!), output).toBe(false)
    await expect(fetch(command.url)).rejects.toThrow()
    await expect(fetch(stub)).rejects.toThrow()
    expect(output).not.toMatch(/Error|exited \(code/)
  })
})

describe('npm run relay:demo stopped with kill -TERM', () => {
  test.each(['npm', 'demo'] as const)(
    'SIGTERM to the %s process stops the demo and the relay; the PIDs it printed are gone',
    async target => {
      const env = { ...process.env }
      delete env.INIT_CWD
      const child = spawnTracked('npm run relay:demo', 'npm', ['run', 'relay:demo'], {
        cwd: repoRoot,
        env,
        stdio: ['ignore', 'pipe', 'pipe']
      }) as ChildProcessByStdio<null, Readable, Readable>
      let text = ''
      child.stdout.on('data', chunk => (text += chunk))
      child.stderr.on('data', chunk => (text += chunk))
      try {
        let pids: RegExpExecArray | null = null
        for (let waited = 0; !pids && waited < 20_000; waited += 50) {
          pids = /PIDs: npm (\d+), this demo \(and the stub GitHub\) (\d+), the relay (\d+)/.exec(text)
          await new Promise(resolve => setTimeout(resolve, 50))
        }
        expect(pids, text).not.toBeNull()
        const [npm, script, relay] = [Number(pids![1]), Number(pids![2]), Number(pids![3])]
        expect(npm).toBe(child.pid)
        process.kill(target === 'npm' ? npm : script, 'SIGTERM')
        const alive = (pid: number) => {
          try {
            process.kill(pid, 0)
            return true
          } catch {
            return false
          }
        }
        for (let waited = 0; (alive(script) || alive(relay)) && waited < 20_000; waited += 50) await new Promise(resolve => setTimeout(resolve, 50))
        expect({ demo: alive(script), relay: alive(relay) }, text).toEqual({ demo: false, relay: false })
      } finally {
        await killGroup(child)
      }
    },
    40_000
  )
})
