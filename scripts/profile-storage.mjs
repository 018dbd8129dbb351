// `npm run profile:storage`: where the relay's CPU goes in storage mode. Builds
// the relay into a temporary folder with ncc's module stats, runs it under
// `node --cpu-prof` against Azurite and a stub GitHub, sends
// PROFILE_EVENTS events (default 2,000) from 20 connections, waits until all
// are dispatched, and prints acknowledgement p50/p99, the relay's CPU per
// stored event (/proc, the dispatch included) and the profile's self time by
// package (node_modules/…, the relay's own src/, Node's internals, GC).
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startAzurite } from './azurite.mjs'
import { repoRoot } from './runner.mjs'
import './check-node.mjs'

const EVENTS = Number(process.env.PROFILE_EVENTS ?? 2000)
const CONNECTIONS = 20
const SECRET = 'profile-secret-0123456789abcdef'
const event = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/native-push.json'), 'utf8'))
const work = mkdtempSync(join(tmpdir(), 'acr-relay-profile-'))
const out = join(work, 'relay')
const statsFile = join(work, 'stats.json')
execFileSync(
  process.execPath,
  [join(repoRoot, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', 'src/relay/index.ts', '-o', out, '--stats-out', statsFile, '--quiet'],
  {
    cwd: repoRoot,
    stdio: 'inherit'
  }
)

let dispatched = 0
const github = createServer((req, res) => {
  req.resume()
  req.on('end', () => {
    dispatched++
    res.writeHead(204)
    res.end()
  })
})
await new Promise(resolve => github.listen(0, '127.0.0.1', resolve))

function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
}

const azurite = await startAzurite()
const profileDir = join(work, 'profile')
const child = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profileDir, join(out, 'index.js')], {
  env: {
    PATH: process.env.PATH,
    RELAY_SECRET: SECRET,
    PORT: '0',
    GITHUB_TOKEN: 'ghp_profile',
    GITHUB_REPOSITORY: 'org/deploy',
    GITHUB_API_URL: `http://127.0.0.1:${github.address().port}`,
    RELAY_STORAGE_CONNECTION_STRING: azurite.connectionString,
    RELAY_STORAGE_NAME: 'profile'
  },
  stdio: ['ignore', 'pipe', 'inherit']
})
const port = await new Promise(resolve => {
  let buffered = ''
  const onData = chunk => {
    buffered += chunk
    const line = buffered.split('\n').find(text => text.includes('"listening"'))
    if (line) {
      child.stdout.off('data', onData)
      child.stdout.resume()
      resolve(JSON.parse(line).port)
    }
  }
  child.stdout.on('data', onData)
})

try {
  const send = async id => {
    const started = performance.now()
    const response = await fetch(`http://127.0.0.1:${port}/`, {
      method: 'POST',
      headers: { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...event, id })
    })
    await response.arrayBuffer()
    if (response.status !== 202) throw new Error(`answered ${response.status}`)
    return performance.now() - started
  }
  // Warm-up: compilation and the SDKs' first calls stay out of the figures (not out of the profile).
  for (let index = 0; index < 100; index++) await send(`warm-${index}`)
  while (dispatched < 100) await new Promise(resolve => setTimeout(resolve, 50))
  const cpuBefore = cpuMs(child.pid)
  const latencies = []
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (next < EVENTS) latencies.push(await send(`profile-${next++}`))
    })
  )
  const acknowledgedMs = performance.now() - started
  while (dispatched < EVENTS + 100) await new Promise(resolve => setTimeout(resolve, 50))
  const cpu = cpuMs(child.pid) - cpuBefore
  latencies.sort((a, b) => a - b)
  const at = share => latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))].toFixed(0)
  console.log(
    `${EVENTS} events from ${CONNECTIONS} connections: ${((EVENTS / acknowledgedMs) * 1000).toFixed(0)} acknowledged a second, p50 ${at(0.5)} ms, p99 ${at(0.99)} ms; relay CPU ${((cpu / EVENTS) * 1000).toFixed(0)} µs per stored event, its dispatch included`
  )
} finally {
  await new Promise(resolve => {
    child.once('exit', resolve)
    child.kill('SIGTERM')
  })
  await azurite.stop()
  github.close()
}

// Self time by package: each sample's function, its chunk file and line, the webpack module that line is in, that module's path.
const modulesById = new Map()
const visit = modules => {
  for (const module of modules ?? []) {
    modulesById.set(String(module.id), module.name)
    visit(module.modules)
  }
}
visit(JSON.parse(readFileSync(statsFile, 'utf8')).modules)
const moduleStarts = new Map()
const moduleAt = (file, line) => {
  if (!moduleStarts.has(file)) {
    const starts = []
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, index) => {
        const match = /^\/\*\*\*\/ (\d+):$/.exec(text)
        if (match) starts.push([index, match[1]])
      })
    moduleStarts.set(file, starts)
  }
  let found
  for (const [start, id] of moduleStarts.get(file)) if (start <= line) found = id
  return found === undefined ? undefined : modulesById.get(found)
}
const groupOf = frame => {
  if (frame.functionName === '(garbage collector)') return 'V8: garbage collector'
  if (frame.functionName === '(idle)') return undefined
  if (frame.functionName === '(program)') return 'V8: (program), native code outside JS'
  // V8's and Node's built-ins written in C++ (JSON.parse, a socket's write, an HMAC's digest) have no file.
  if (frame.url === '') return `native: ${frame.functionName || '(anonymous)'}`
  if (frame.url.startsWith('node:')) return `Node: ${frame.url.replace(/^node:internal\/|^node:/, '').split('/')[0]}`
  const name = moduleAt(new URL(frame.url).pathname, frame.lineNumber)
  if (!name) return 'relay bundle (webpack runtime)'
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(name)
  if (pkg) return pkg[1]
  return name
    .replace(/^\.\//, '')
    .replace(/^.*?(src\/)/, '$1')
    .replace(/\/[^/]+$/, '/')
}
const profileFile = readdirSync(profileDir).find(name => name.endsWith('.cpuprofile'))
const profile = JSON.parse(readFileSync(join(profileDir, profileFile), 'utf8'))
const nodes = new Map(profile.nodes.map(node => [node.id, node]))
const totals = new Map()
let busy = 0
profile.samples.forEach((id, index) => {
  const group = groupOf(nodes.get(id).callFrame)
  if (group === undefined) return
  const delta = profile.timeDeltas[index] ?? 0
  busy += delta
  totals.set(group, (totals.get(group) ?? 0) + delta)
})
console.log(`\nSelf time in the profile (the whole run, warm-up included), ${(busy / 1000).toFixed(0)} ms busy:`)
for (const [group, micros] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 24)) {
  console.log(`  ${((micros / busy) * 100).toFixed(1).padStart(5)} %  ${group}`)
}
rmSync(work, { recursive: true, force: true })
