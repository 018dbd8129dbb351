// `npm run bench:stress`: the relay (dist/relay, as a process) under the
// attacks and the GitHub outages of issue 9, full size, on loopback only, each
// bounded in count and time. Prints each figure beside its target; asserts
// nothing (timings belong in benchmarks, not tests). About 3 minutes.
// Node 24 strips the types of the test helpers it imports.
import { readFileSync } from 'node:fs'
import { connect } from 'node:net'
import { Worker } from 'node:worker_threads'
import './check-node.mjs'
import { startFakeGitHub } from '../test/support/fake-github.ts'
import { RELAY_SECRET, startRelayProcess } from '../test/support/relay-process.ts'

const sample = JSON.parse(readFileSync(new URL('../test/fixtures/native-push.json', import.meta.url), 'utf8'))
const OUTAGE_SECONDS = Number(process.env.STRESS_OUTAGE_SECONDS ?? 60)
const rows = []
const report = (scenario, figure, target, met) => {
  rows.push({ scenario, figure, target, met })
  console.log(`${met ? 'met ' : 'MISS'}  ${scenario}: ${figure}  (target: ${target})`)
}
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms))
const rssMb = pid => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN

/** Opens a socket, writes `head`, and resolves with what came back and when the socket closed. */
function holdSocket(port, head, { trickle = false } = {}) {
  return new Promise(resolve => {
    // From the first byte sent: the server's headers timeout starts with the request, not with the connection.
    let started = Date.now()
    let received = ''
    let timer
    const socket = connect(port, '127.0.0.1', () => {
      started = Date.now()
      if (!trickle) return socket.write(head)
      let i = 0
      socket.write(head[i++])
      timer = setInterval(() => (i < head.length ? socket.write(head[i++]) : clearInterval(timer)), 1000)
    })
    socket.setEncoding('utf8')
    socket.on('data', chunk => (received += chunk))
    socket.on('error', () => {})
    socket.on('close', () => {
      clearInterval(timer)
      resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(received)?.[1] ?? 0), closedAfterMs: Date.now() - started })
    })
    setTimeout(() => socket.destroy(), 60_000)
  })
}

// The prober runs in a thread of its own: the load this process generates
// (hundreds of sockets) must not delay the probes' own event loop, or the
// figure would be the load generator's latency rather than the relay's.
const PROBE_THREAD = `
const { parentPort, workerData } = require('node:worker_threads')
const latencies = []
let failed = 0
let stopping = false
parentPort.on('message', () => (stopping = true))
const probe = () => fetch(workerData.url + '/healthz', { signal: AbortSignal.timeout(2000) }).then(async r => (await r.text(), r.ok))
;(async () => {
  // Not timed: a thread's first fetch loads and compiles its HTTP client.
  await probe().catch(() => false)
  parentPort.postMessage({ ready: true })
  while (!stopping) {
    const started = performance.now()
    if (await probe().catch(() => false)) latencies.push(performance.now() - started)
    else failed++
    await new Promise(resolve => setTimeout(resolve, workerData.everyMs))
  }
  parentPort.postMessage({ latencies, failed })
  parentPort.close()
})()
`

/** /healthz once every `everyMs` from a thread of its own until stop(): latencies of the answered, and the count refused. */
async function startHealthProbe(url, everyMs = 100) {
  const worker = new Worker(PROBE_THREAD, { eval: true, workerData: { url, everyMs } })
  const messages = []
  const waiters = []
  worker.on('message', message => (waiters.length > 0 ? waiters.shift()(message) : messages.push(message)))
  const next = () => (messages.length > 0 ? Promise.resolve(messages.shift()) : new Promise(resolve => waiters.push(resolve)))
  await next()
  return {
    async stop() {
      worker.postMessage('stop')
      const result = await next()
      await worker.terminate()
      return result
    }
  }
}

async function withRelay(env, run) {
  const github = await startFakeGitHub()
  // The stub GitHub has no rate limit: the stress is on the relay, not on the pacing.
  const relay = await startRelayProcess({
    GITHUB_TOKEN: 'ghp_stress',
    GITHUB_REPOSITORY: 'org/deploy',
    GITHUB_API_URL: github.url,
    RELAY_GITHUB_RATE_LIMITS: 'none',
    RELAY_GITHUB_REQUEST_INTERVAL: '0',
    ...env
  })
  try {
    return await run({ relay, github, port: Number(new URL(relay.url).port), pid: relay.child.pid })
  } finally {
    await relay.stop()
    await github.close()
  }
}

const post = (relay, body) =>
  fetch(`${relay.url}/`, {
    method: 'POST',
    headers: { authorization: `Bearer ${RELAY_SECRET}`, 'content-type': 'application/json' },
    body: JSON.stringify(body)
  })
    .then(async r => ({ status: r.status, retryAfter: Number(r.headers.get('retry-after') ?? 0), text: await r.text() }))
    .catch(() => ({ status: 0, retryAfter: 0 }))

// 1. 800 senders without the secret, each declaring a 1 MiB - 1 body and holding it.
await withRelay({}, async ({ relay, port, pid }) => {
  const before = rssMb(pid)
  const health = await startHealthProbe(relay.url, 50)
  const head = `POST / HTTP/1.1\r\nhost: x\r\nauthorization: Bearer wrong-secret-0123456789\r\ncontent-type: application/json\r\ncontent-length: ${1024 * 1024 - 1}\r\n\r\n`
  const answers = await Promise.all(Array.from({ length: 800 }, () => holdSocket(port, head)))
  const growth = rssMb(pid) - before
  const { latencies } = await health.stop()
  report(
    '800 unauthenticated 1 MiB senders',
    `${answers.filter(a => a.status === 401).length}/800 answered 401, slowest after ${Math.max(...answers.map(a => a.closedAfterMs))} ms`,
    '401 on the headers',
    answers.every(a => a.status === 401)
  )
  report('800 unauthenticated 1 MiB senders', `RSS grew ${growth.toFixed(1)} MB`, 'under 64 MB', growth < 64)
  report(
    '800 unauthenticated 1 MiB senders',
    `/healthz p99 ${percentile(latencies, 0.99).toFixed(1)} ms over ${latencies.length} probes`,
    'under 100 ms',
    percentile(latencies, 0.99) < 100
  )
})

// 2. Slowloris: 3,000 connections sending their headers a byte a second.
await withRelay({}, async ({ relay, port }) => {
  const health = await startHealthProbe(relay.url, 200)
  const sockets = await Promise.all(
    Array.from({ length: 3000 }, () => holdSocket(port, 'POST / HTTP/1.1\r\nhost: x\r\nauthorization: Bearer x\r\n', { trickle: true }))
  )
  const { latencies, failed } = await health.stop()
  const held = sockets.filter(s => s.closedAfterMs > 1000)
  report(
    'slowloris, 3,000 connections',
    `${held.length} held (RELAY_MAX_CONNECTIONS 1024), the rest closed at once; the held cut at most ${(Math.max(...held.map(s => s.closedAfterMs)) / 1000).toFixed(1)} s after their first byte`,
    'cut within 1 s of the 10 s headers timeout',
    Math.max(...held.map(s => s.closedAfterMs)) <= 11_000
  )
  report(
    'slowloris, 3,000 connections',
    `/healthz answered ${latencies.length}, refused ${failed} while all connections were taken`,
    '/healthz answered throughout',
    failed === 0
  )
})

// 4. 200,000 pipelined requests on one connection.
await withRelay({}, async ({ port, pid }) => {
  const before = rssMb(pid)
  const { answered, peak } = await new Promise(resolve => {
    let text = ''
    let peakRss = before
    const socket = connect(port, '127.0.0.1', () => {
      const request = 'GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n'
      for (let i = 0; i < 200; i++) socket.write(request.repeat(1000))
    })
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(pid))), 20)
    socket.setEncoding('utf8')
    socket.on('data', chunk => (text += chunk))
    socket.on('error', () => {})
    socket.on('close', () => {
      clearInterval(sampler)
      resolve({ answered: text.split('HTTP/1.1 200').length - 1, peak: peakRss })
    })
  })
  report(
    '200,000 pipelined requests on one connection',
    `${answered} answered, then the connection closed; RSS peak +${(peak - before).toFixed(1)} MB`,
    'bounded per socket',
    answered <= 1000
  )
})

// 5. 2,000 events at once while GitHub hangs, paced as by default (the budget and one request a second): /healthz meanwhile.
await withRelay(
  { RELAY_DEADLINE_SECONDS: '10', RELAY_MAX_CONNECTIONS: '4096', RELAY_GITHUB_RATE_LIMITS: '80/1m,500/1h', RELAY_GITHUB_REQUEST_INTERVAL: '1' },
  async ({ relay, github, pid }) => {
    github.answerAlways({ status: 204, delayMs: 8000 })
    const before = rssMb(pid)
    const started = Date.now()
    const health = await startHealthProbe(relay.url, 50)
    const answers = await Promise.all(
      Array.from({ length: 2000 }, (_, i) => post(relay, { ...sample, id: `hang-${i}` }).then(a => ({ ...a, ms: Date.now() - started })))
    )
    const { latencies, failed } = await health.stop()
    const p99 = percentile(latencies, 0.99)
    report(
      '2,000 events while GitHub hangs',
      `/healthz p99 ${p99.toFixed(1)} ms over ${latencies.length} probes, ${failed} unanswered`,
      'under 1 s (a liveness probe must not restart the relay)',
      p99 < 1000 && failed === 0
    )
    const retryAfters = answers.filter(a => a.status === 503).map(a => a.retryAfter)
    report(
      '2,000 events while GitHub hangs',
      `Retry-After of the 503s: median ${percentile(retryAfters, 0.5)} s, max ${Math.max(0, ...retryAfters)} s`,
      'at most the hourly window (3,600 s)',
      retryAfters.every(seconds => seconds >= 1 && seconds <= 3600)
    )
    const fast503 = answers.filter(a => a.status === 503 && a.ms < 2000)
    report(
      '2,000 events while GitHub hangs',
      `at most ${github.maxConcurrent} dispatches in flight to GitHub`,
      'at most RELAY_MAX_DISPATCHES_IN_FLIGHT (20)',
      github.maxConcurrent <= 20
    )
    report(
      '2,000 events while GitHub hangs',
      `${fast503.length} answered 503 with Retry-After within 2 s, ${answers.filter(a => a.status === 202).length} dispatched, RSS +${(rssMb(pid) - before).toFixed(1)} MB`,
      'the rest wait in a bounded queue or get 503 at once',
      true
    )
  }
)

// 6. GitHub answers 500 for a minute, then recovers; senders retry as Event Grid does (after Retry-After, else 10 s).
await withRelay({}, async ({ relay, github }) => {
  const events = Math.round((OUTAGE_SECONDS * 1180) / 60)
  github.answerAlways({ status: 500 })
  setTimeout(() => github.answerAlways(undefined), OUTAGE_SECONDS * 1000)
  const deliver = async i => {
    const givingUpAt = Date.now() + OUTAGE_SECONDS * 1000 + 120_000
    while (Date.now() < givingUpAt) {
      const answer = await post(relay, { ...sample, id: `outage-${i}` })
      if (answer.status >= 200 && answer.status < 300) return true
      await sleep((answer.retryAfter || 10) * 1000)
    }
    return false
  }
  const delivered = await Promise.all(Array.from({ length: events }, (_, i) => sleep((i * OUTAGE_SECONDS * 1000) / events).then(() => deliver(i))))
  const perId = new Map()
  for (const dispatch of github.dispatches) perId.set(dispatch.body.client_payload.id, (perId.get(dispatch.body.client_payload.id) ?? 0) + 1)
  const twice = [...perId.values()].filter(count => count > 1).length
  report(
    `GitHub 500 for ${OUTAGE_SECONDS} s, ${events} events`,
    `${github.attempts.length} calls to GitHub, ${(github.attempts.length / events).toFixed(2)} per event`,
    'an outage does not multiply traffic',
    github.attempts.length / events < 2
  )
  report(
    `GitHub 500 for ${OUTAGE_SECONDS} s, ${events} events`,
    `${twice} dispatched twice, ${delivered.filter(d => !d).length} lost`,
    '0 twice, 0 lost',
    twice === 0 && delivered.every(Boolean)
  )
})

// 8. SIGTERM while one client trickles its headers.
await withRelay({}, async ({ relay, port }) => {
  void holdSocket(port, 'POST / HTTP/1.1\r\nhost: x\r\n', { trickle: true })
  await sleep(500)
  const started = Date.now()
  const code = await relay.stop()
  report(
    'SIGTERM with a client trickling its headers',
    `exit ${code} after ${Date.now() - started} ms`,
    'exit 0, without waiting for it',
    code === 0 && Date.now() - started < 3000
  )
})

console.log(`\n${rows.filter(r => r.met).length} of ${rows.length} targets met`)
process.exit(0)
