// Fault injection for the relay's storage mode: an HTTP proxy on loopback
// between the relay and Azurite that fails one chosen storage request, and
// the cases built on it. Shared by test/relay/storage/storage-faults.e2e.test.ts
// (every point, one kind of fault each) and `npm run bench:faults` (every
// point with every kind, printed as a table).
//
// A point is the n-th storage request of one label (table:insert, budget:take,
// queue:send, poison:receive…) in an event's whole life, as a run without
// faults records it. A receive counts only when it delivered a message. The
// kinds of fault:
//   503    storage refuses the request, and the SDK's two retries of it, without doing it
//   reset  storage does it, and the connection is reset before its answer (the SDK retries)
//   hang   storage does it, and its answer never comes: the call runs past the relay's storage timeout
// A receive's fault always comes after storage did it (the message is then
// invisible for its lease): before, the proxy cannot know it would deliver.
//
// A case: a fresh relay process, fake GitHub and storage names; the sender
// delivers the event again after any answer but 2xx, as Event Grid does; the
// operator runs `poison replay --all` again until it exits 0. Once it
// settles, the invariant is checked: acknowledged => dispatched exactly once
// or listed by `poison list`; never acknowledged => dispatched at most once.
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer, request as httpRequest } from 'node:http'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { QueueClient } from '@azure/storage-queue'
import { uniqueStorageName } from './azurite.mjs'
import { spawnTracked } from './children.mjs'
import { repoRoot } from './runner.mjs'

export const FAULT_KINDS = ['503', 'reset', 'hang']
/** The lives a case follows: dispatched at once; refused by GitHub (404), poisoned, then replayed once the target is fixed. */
export const LIVES = ['dispatch', 'poison']

const SECRET = 'fault-secret-0123456789abcdef'
/** Seconds, as short as the settings allow, so that leases and storage timeouts play out in a few seconds. */
export const SHORT_SETTINGS = {
  RELAY_DEADLINE_SECONDS: '1',
  RELAY_DISPATCH_LEASE_SECONDS: '3',
  RELAY_RETRY_DELAY_SECONDS: '1',
  RELAY_MAX_RETRY_DELAY_SECONDS: '2',
  RELAY_STORAGE_TIMEOUT_SECONDS: '1.5'
}
/**
 * For recording a life without faults: the same relay with room to spare, so
 * that a loaded machine (a full npm test ran at load 11) adds no attempt of
 * its own to the recording: with a 1 s deadline, a slow acknowledgement was
 * delivered again and recorded twice. With no fault, the requests an event's
 * life makes do not depend on these settings; only a slow machine's timeouts
 * would add to them.
 */
export const RECORDING_SETTINGS = {
  ...SHORT_SETTINGS,
  RELAY_DEADLINE_SECONDS: '20',
  RELAY_DISPATCH_LEASE_SECONDS: '60',
  RELAY_STORAGE_TIMEOUT_SECONDS: '9'
}
const event = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/native-push.json'), 'utf8'))
const run = promisify(execFile)
// FAULTS_RELAY_DIR: another build of the relay (an older commit's dist/relay), to see the table break.
const relayEntry = join(process.env.FAULTS_RELAY_DIR ?? join(repoRoot, 'dist/relay'), 'index.js')
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms))

/** What a storage request is, from its method and path: undefined for what no event's life is made of (creating, listing, peeking). */
export function labelOf(service, method, url) {
  const parts = url.pathname.split('/').filter(Boolean)
  const resource = parts[1] ?? ''
  if (service === 'queue') {
    const queue = resource.endsWith('-poison') ? 'poison' : 'queue'
    if (parts.length === 3 && method === 'POST') return `${queue}:send`
    if (parts.length === 3 && method === 'GET' && url.searchParams.get('peekonly') !== 'true') return `${queue}:receive`
    if (parts.length === 4 && method === 'DELETE') return `${queue}:delete`
    if (parts.length === 4 && method === 'PUT') return `${queue}:update`
    return undefined
  }
  if (resource === 'Tables' || resource.startsWith('Tables(')) return undefined
  // The dispatch budget's one row: read, then written back with the permit taken before each request to GitHub.
  if (/^[a-z0-9]+budget(\(|$)/.test(decodeURIComponent(resource))) return method === 'GET' ? 'budget:read' : 'budget:take'
  if (/\(PartitionKey=.*\)$/.test(decodeURIComponent(resource))) {
    if (method === 'GET') return 'table:get'
    if (method === 'DELETE') return 'table:delete'
    return 'table:merge'
  }
  return method === 'POST' ? 'table:insert' : undefined
}

/**
 * The proxy: one port for the Queue service and one for the Table service,
 * each forwarding to Azurite's. `fault` ({ label, occurrence, kind }) fires
 * once; `outage` refuses a label for a while; `log` holds every labelled request.
 */
export async function startStorageProxy(azurite) {
  const counts = new Map()
  const log = []
  let refusing = { label: undefined, left: 0 }
  const hanging = new Set()
  const proxy = {
    fault: undefined,
    fired: undefined,
    /** An outage of one label: { label, until } refuses every such request (503) until then. */
    outage: undefined,
    log,
    connectionString: '',
    close: async () => {}
  }

  const bump = label => {
    const next = (counts.get(label) ?? 0) + 1
    counts.set(label, next)
    return next
  }
  const firesAt = (label, occurrence) => {
    const fault = proxy.fault
    return fault !== undefined && proxy.fired === undefined && fault.label === label && fault.occurrence === occurrence
  }
  const refuse = res => {
    res.writeHead(503, { 'content-type': 'application/xml', 'x-ms-error-code': 'ServerBusy' })
    res.end('<?xml version="1.0" encoding="utf-8"?><Error><Code>ServerBusy</Code><Message>injected</Message></Error>')
  }

  const handle = async (service, port, req, res) => {
    const chunks = []
    for await (const chunk of req) chunks.push(chunk)
    const body = Buffer.concat(chunks)
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const label = labelOf(service, req.method, url)
    const outage = proxy.outage
    if (label !== undefined && outage !== undefined && outage.label === label && Date.now() < outage.until) {
      log.push({ label, status: 503, injected: true })
      return refuse(res)
    }
    if (label !== undefined && refusing.left > 0 && refusing.label === label) {
      refusing.left--
      return refuse(res)
    }
    const receive = label?.endsWith(':receive') ?? false
    let occurrence = label !== undefined && !receive ? bump(label) : undefined
    let firing = occurrence !== undefined && firesAt(label, occurrence)
    if (firing && proxy.fault.kind === '503') {
      proxy.fired = { label, occurrence, kind: '503', at: Date.now() }
      refusing = { label, left: 2 }
      log.push({ label, occurrence, status: 503, injected: true })
      return refuse(res)
    }
    const answer = await forward(port, req, body)
    if (receive && answer.body.includes('<QueueMessage>')) {
      occurrence = bump(label)
      firing = firesAt(label, occurrence)
    }
    if (label !== undefined && (!receive || occurrence !== undefined)) log.push({ label, occurrence, status: answer.status, injected: firing })
    if (firing) {
      const kind = proxy.fault.kind
      proxy.fired = { label, occurrence, kind, at: Date.now() }
      if (kind === '503') {
        refusing = { label, left: 2 }
        return refuse(res)
      }
      if (kind === 'reset') return req.socket.destroy()
      // hang: no answer; the relay's timeout closes the connection.
      hanging.add(res)
      return
    }
    const headers = { ...answer.headers }
    delete headers['transfer-encoding']
    delete headers.connection
    delete headers['keep-alive']
    headers['content-length'] = String(answer.body.length)
    res.writeHead(answer.status, headers)
    res.end(answer.body)
  }

  const servers = []
  const ports = {}
  for (const [service, port] of [
    ['queue', azurite.queuePort],
    ['table', azurite.tablePort]
  ]) {
    const server = createServer((req, res) => {
      handle(service, port, req, res).catch(() => res.destroy())
    })
    await new Promise(resolve => server.listen(0, '127.0.0.1', resolve))
    servers.push(server)
    ports[service] = server.address().port
  }
  proxy.connectionString = azurite.connectionString
    .replace(`127.0.0.1:${azurite.queuePort}/`, `127.0.0.1:${ports.queue}/`)
    .replace(`127.0.0.1:${azurite.tablePort}/`, `127.0.0.1:${ports.table}/`)
  proxy.close = async () => {
    for (const res of hanging) res.destroy()
    await Promise.all(
      servers.map(
        server =>
          new Promise(resolve => {
            server.close(() => resolve())
            server.closeAllConnections()
          })
      )
    )
  }
  return proxy
}

function forward(port, req, body) {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: '127.0.0.1', port, method: req.method, path: req.url, headers: { ...req.headers, host: `127.0.0.1:${port}` } },
      answer => {
        const chunks = []
        answer.on('data', chunk => chunks.push(chunk))
        answer.on('end', () => resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: Buffer.concat(chunks) }))
        answer.on('error', reject)
      }
    )
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}

/** A GitHub that accepts (204) or refuses (404) every dispatch, and counts what it accepted, by event id. */
async function startGitHub() {
  const github = { refusing: false, accepted: new Map(), refused: 0, url: '', close: async () => {} }
  const server = createServer((req, res) => {
    const chunks = []
    req.on('data', chunk => chunks.push(chunk))
    req.on('end', () => {
      if (github.refusing) {
        github.refused++
        res.writeHead(404, { 'content-type': 'application/json' })
        res.end('{"message":"Not Found"}')
        return
      }
      const id = String(JSON.parse(Buffer.concat(chunks).toString('utf8')).client_payload?.id)
      github.accepted.set(id, (github.accepted.get(id) ?? 0) + 1)
      res.writeHead(204)
      res.end()
    })
  })
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve))
  github.url = `http://127.0.0.1:${server.address().port}`
  github.close = () =>
    new Promise(resolve => {
      server.close(() => resolve())
      server.closeAllConnections()
    })
  return github
}

/** dist/relay/index.js as a process; resolves once it listens. */
export async function startRelay(env) {
  const child = spawnTracked('a relay (dist/relay/index.js)', process.execPath, [relayEntry], {
    env: { PATH: process.env.PATH, RELAY_SECRET: SECRET, PORT: '0', GITHUB_TOKEN: 'ghp_faults', GITHUB_REPOSITORY: 'org/deploy', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const logs = []
  let stderr = ''
  child.stderr.on('data', chunk => (stderr += chunk))
  let buffered = ''
  const port = await new Promise((resolve, reject) => {
    child.stdout.on('data', chunk => {
      buffered += chunk
      let newline
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = JSON.parse(buffered.slice(0, newline))
        buffered = buffered.slice(newline + 1)
        logs.push(line)
        if (line.message === 'listening') resolve(line.port)
      }
    })
    child.once('exit', code => reject(new Error(`relay exited with ${code}: ${stderr}`)))
  })
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    logs,
    stop: () =>
      new Promise(resolve => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGKILL')
      })
  }
}

/** Delivers as Event Grid does: again after any answer but 2xx, until one comes or `giveUpMs` passed. True: acknowledged. */
export async function deliver(url, body, giveUpMs = 20_000) {
  const until = Date.now() + giveUpMs
  while (Date.now() < until) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30_000)
      })
      await response.arrayBuffer()
      if (response.status >= 200 && response.status < 300) return true
    } catch {
      // Refused or reset: delivered again like any failure.
    }
    await sleep(250)
  }
  return false
}

/** Whether the poison queue holds a message for the row, read straight from Azurite (the proxy neither sees nor counts it). */
export async function poisonListed(azurite, name, row) {
  const queue = new QueueClient(azurite.connectionString, `${name}-dispatches-poison`)
  try {
    const peeked = await queue.peekMessages({ numberOfMessages: 32 })
    return peeked.peekedMessageItems.some(item => JSON.parse(Buffer.from(item.messageText, 'base64').toString('utf8')).row === row)
  } catch (error) {
    if (error.statusCode === 404) return false
    throw error
  }
}

/**
 * Whether the outbox queue holds no message, visible or not, read straight
 * from Azurite: with none left, nothing can dispatch the event again (a row
 * left pending without a message is a stranded row, which a case with one
 * fault never leaves acknowledged without a message).
 */
export async function outboxEmpty(azurite, name) {
  const queue = new QueueClient(azurite.connectionString, `${name}-dispatches`)
  try {
    return ((await queue.getProperties()).approximateMessagesCount ?? 0) === 0
  } catch (error) {
    if (error.statusCode === 404) return true
    throw error
  }
}

/** How many messages the poison queue holds, visible or not (what `poison list` gives as approximateCount). */
async function poisonCount(azurite, name) {
  const queue = new QueueClient(azurite.connectionString, `${name}-dispatches-poison`)
  return (await queue.getProperties()).approximateMessagesCount ?? 0
}

/**
 * `poison replay --all` as an operator runs it: again until it exits 0 and
 * `poison list` counts no message (one a replay cut short still hides comes
 * back), within `ms`: the last exit code.
 */
async function replayAll(azurite, connectionString, name, replays, settings, ms = 60_000) {
  let code = 1
  const until = Date.now() + ms
  while (Date.now() < until) {
    code = await run(process.execPath, [relayEntry, 'poison', 'replay', '--all'], {
      // A longer storage timeout than the relay's: a loaded machine (the case's relay, Azurite, other cases) starting a
      // process and its SDKs must not fail the operator's every try; a hang still ends within seconds.
      env: {
        PATH: process.env.PATH,
        RELAY_STORAGE_CONNECTION_STRING: connectionString,
        RELAY_STORAGE_NAME: name,
        ...settings,
        RELAY_STORAGE_TIMEOUT_SECONDS: String(Math.max(4, Number(settings.RELAY_STORAGE_TIMEOUT_SECONDS)))
      }
    }).then(
      ({ stdout }) => (replays.push(stdout.trim()), 0),
      error => (
        replays.push(`exit ${error.code}: ${String(error.stdout).trim()} ${String(error.stderr).slice(0, 300)}`),
        typeof error.code === 'number' ? error.code : 1
      )
    )
    // 3: nothing left to replay (a replay before it was cut short after finishing): done too.
    if ((code === 0 || code === 3) && (await poisonCount(azurite, name)) === 0) return 0
    await sleep(1_000)
  }
  return code
}

async function waitUntil(condition, ms) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (await condition()) return true
    await sleep(200)
  }
  return false
}

/**
 * One case: the event's life with `fault` (undefined: none, to record it),
 * the relay run with `settings`. Resolves to what happened and whether the
 * invariant held, and the storage requests the proxy saw.
 */
export async function runCase(azurite, life, fault, settings = SHORT_SETTINGS) {
  const started = Date.now()
  const proxy = await startStorageProxy(azurite)
  proxy.fault = fault
  const github = await startGitHub()
  const name = uniqueStorageName()
  const row = `fault-${name}`
  github.refusing = life === 'poison'
  const relay = await startRelay({
    ...settings,
    GITHUB_API_URL: github.url,
    RELAY_STORAGE_CONNECTION_STRING: proxy.connectionString,
    RELAY_STORAGE_NAME: name
  })
  // Settled: the event's fate known, and no message left that could change it.
  const settle = async () => {
    await waitUntil(() => outboxEmpty(azurite, name), 30_000)
    // A request still hanging at the proxy ends within the storage timeout.
    await sleep(1_500)
  }
  const dispatched = () => github.accepted.get(row) ?? 0
  try {
    const acknowledged = await deliver(`${relay.url}/`, { ...event, id: row })
    let poisonedFirst
    let replayExit
    const replays = []
    if (life === 'poison') {
      // GitHub refuses until the operator fixes the target: the event must be listed by then.
      await waitUntil(() => poisonListed(azurite, name, row), 20_000)
      // Any later poison message (a storage failure between the two writes poisons again) has its chance too.
      await settle()
      poisonedFirst = await poisonListed(azurite, name, row)
      github.refusing = false
      replayExit = await replayAll(azurite, proxy.connectionString, name, replays, settings)
    }
    await waitUntil(() => dispatched() > 0, 15_000)
    await settle()
    const listed = await poisonListed(azurite, name, row)
    const count = dispatched()
    const held = acknowledged
      ? (count === 1 || (count === 0 && listed)) && (life !== 'poison' || (poisonedFirst === true && count === 1 && !listed))
      : count <= 1
    return {
      life,
      fault,
      fired: proxy.fired !== undefined,
      acknowledged,
      dispatched: count,
      listed,
      poisonedFirst,
      replayExit,
      replays,
      held,
      ms: Date.now() - started,
      log: proxy.log
    }
  } finally {
    await relay.stop()
    await proxy.close()
    await github.close()
  }
}

/** The points of a life: every labelled storage request of a run without faults, as label and occurrence. */
export async function recordLife(azurite, life) {
  const result = await runCase(azurite, life, undefined, RECORDING_SETTINGS)
  if (!result.held) throw new Error(`the ${life} life without faults broke the invariant: ${JSON.stringify(result)}`)
  return result.log.map(({ label, occurrence }) => ({ label, occurrence }))
}

/** Runs `cases` (functions returning promises) `concurrency` at a time, in order of their results' places. */
export async function runAll(cases, concurrency) {
  const results = new Array(cases.length)
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < cases.length) {
        const index = next++
        results[index] = await cases[index]()
      }
    })
  )
  return results
}
