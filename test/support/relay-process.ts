// The bundled relay as a child process, the way it runs in a container. It
// cannot outlive what started it (scripts/children.mjs); a test file that
// starts one imports ./children.js, which kills and names any left running.
import type { ChildProcess, ChildProcessByStdio } from 'node:child_process'
import { join, relative } from 'node:path'
import type { Readable } from 'node:stream'
import { spawnTracked } from '../../scripts/children.mjs'
import { repoRoot } from '../../scripts/runner.mjs'

export const RELAY_SECRET = 'test-secret-0123456789abcdef'

export interface RelayProcess {
  readonly url: string
  readonly child: ChildProcess
  /** Every JSON line the relay logged so far. */
  readonly logs: Array<Record<string, any>>
  readonly stderr: () => string
  /** The first log line of a request with this method, once the relay has written it. */
  requestLog(method: string): Promise<Record<string, any>>
  /** The first log line that `matches`, once the relay has written it: an answer can arrive before its log line. */
  logLine(matches: (line: Record<string, any>) => boolean, what: string): Promise<Record<string, any>>
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; headers: Headers; body: any; ms: number }>
  stop(): Promise<number | null>
}

/** Starts dist/relay/index.js, or the index.js of `folder` (a copy of it, as a container image holds it); `onLog` sees each log line as it comes. */
export async function startRelayProcess(
  env: Record<string, string>,
  folder = join(repoRoot, 'dist/relay'),
  onLog?: (line: Record<string, any>) => void
): Promise<RelayProcess> {
  const child = spawnTracked(`a relay (${relative(repoRoot, join(folder, 'index.js'))})`, process.execPath, ['index.js'], {
    cwd: folder,
    env: { PATH: process.env.PATH, RELAY_SECRET, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  }) as ChildProcessByStdio<null, Readable, Readable>
  const logs: Array<Record<string, any>> = []
  let stderr = ''
  child.stderr.on('data', chunk => (stderr += chunk))
  let buffered = ''
  const listening = new Promise<number>((resolve, reject) => {
    child.stdout.on('data', chunk => {
      buffered += chunk
      let newline: number
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = JSON.parse(buffered.slice(0, newline))
        buffered = buffered.slice(newline + 1)
        logs.push(line)
        onLog?.(line)
        if (line.message === 'listening') resolve(line.port)
      }
    })
    child.once('exit', code => reject(new Error(`relay exited with ${code}: ${stderr}`)))
  })
  const url = `http://127.0.0.1:${await listening}`
  async function logLine(matches: (line: Record<string, any>) => boolean, what: string): Promise<Record<string, any>> {
    for (let waited = 0; waited < 5000; waited += 10) {
      const line = logs.find(matches)
      if (line) return line
      await new Promise(resolve => setTimeout(resolve, 10))
    }
    throw new Error(`no log line for ${what}`)
  }
  return {
    url,
    child,
    logs,
    stderr: () => stderr,
    requestLog: method => logLine(entry => entry.method === method, `a ${method} request`),
    logLine,
    async post(body, headers = {}) {
      const started = Date.now()
      const response = await fetch(`${url}/`, {
        method: 'POST',
        headers: { authorization: `Bearer ${RELAY_SECRET}`, 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body)
      })
      const text = await response.text()
      return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined, ms: Date.now() - started }
    },
    stop() {
      return new Promise(resolve => {
        // Killed by a test (SIGKILL): it exited already, with no code.
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode)
        // 'close', not 'exit': the lines it wrote on its way out have been read by then.
        child.once('close', code => resolve(code))
        child.kill('SIGTERM')
      })
    }
  }
}
