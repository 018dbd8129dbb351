// `npm run relay:demo`: the relay (dist/relay, as `npm run relay` runs it) in
// front of a stub GitHub, both on loopback on free ports, so that the relay can
// be tried with curl and nothing else. The stub prints each repository
// dispatch it receives; the relay's own JSON log lines are printed as they
// come. Ctrl-C stops both, and so does SIGTERM to npm or to the demo itself:
// npm does not pass SIGTERM on to the script it runs, so the demo watches for
// its parent to go. It prints the PIDs it started.
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import './check-node.mjs'
import { repoRoot } from './runner.mjs'

// Imported after the Node check: an older Node cannot load TypeScript at all.
const { startFakeGitHub } = await import('../test/support/fake-github.ts')
const { startRelayProcess } = await import('../test/support/relay-process.ts')

/** The npm that runs this script: the parent, or above the sh npm starts scripts with (Linux: from /proc). */
function findNpm() {
  let pid = process.ppid
  for (let depth = 0; depth < 3; depth++) {
    let stat
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    } catch {
      return pid
    }
    // pid (comm) state ppid …: comm may hold spaces, so read after its closing parenthesis.
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
    if (!/^(sh|bash|dash)$/.test(comm)) return pid
    pid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
  }
  return pid
}
const alive = pid => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
const npmPid = findNpm()

const TARGET = 'octo/deploy'
const FIXTURE = 'native-push.json'
const secret = randomBytes(24).toString('hex')

const indent = text => text.replace(/^/gm, '        ')
const github = await startFakeGitHub({
  onDispatch: ({ target, body }) =>
    console.log(
      `github  repository_dispatch to ${target}: event_type ${JSON.stringify(body.event_type)}, client_payload:\n${indent(
        JSON.stringify(body.client_payload, null, 2)
      )}`
    )
})

let stopping = false
let relay
try {
  relay = await startRelayProcess(
    // The token only has to be well formed: the stub takes any.
    { RELAY_SECRET: secret, GITHUB_TOKEN: 'ghp_relay_demo', GITHUB_REPOSITORY: TARGET, GITHUB_API_URL: github.url },
    join(repoRoot, 'dist/relay'),
    line => console.log(`relay   ${JSON.stringify(line)}`)
  )
} catch (error) {
  await github.close()
  console.error(`relay:demo: the relay did not start: ${error.message}`)
  process.exit(1)
}
relay.child.once('exit', async code => {
  if (stopping) return
  console.error(`relay:demo: the relay exited (code ${code}):\n${relay.stderr()}`)
  await github.close()
  process.exit(1)
})

/** A shell word: quoted only when it has to be. */
const shellWord = word => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`)
// npm runs scripts from the repository root; INIT_CWD is where the user typed the command.
const here = process.env.INIT_CWD ?? process.cwd()
const fixturePath = name => relative(here, join(repoRoot, 'test/fixtures', name)) || name
const curl = name =>
  ['curl', '-i', `${relay.url}/`, '-H', `Authorization: Bearer ${secret}`, '-H', 'Content-Type: application/json', '--data', `@${fixturePath(name)}`]
    .map(shellWord)
    .join(' ')

console.log(
  [
    '',
    `The relay listens on ${relay.url}/ and dispatches to ${TARGET} on a stub GitHub at ${github.url}.`,
    `Its RELAY_SECRET for this run is generated: ${secret}`,
    'Send it a push event from another terminal:',
    '',
    `  ${curl(FIXTURE)}`,
    '',
    `Every file in ${fixturePath('')} works the same way (eventgrid-push.json, cloudevents-chart-push.json, native-delete.json, ...):`,
    'each is an event of its own, so the relay dispatches each once; the same file again within 10 minutes is answered as a duplicate.',
    'Ctrl-C stops the relay and the stub.',
    `PIDs: npm ${npmPid}, this demo (and the stub GitHub) ${process.pid}, the relay ${relay.child.pid}; SIGTERM to any of the first two stops them all.`,
    ''
  ].join('\n')
)

const stop = async signal => {
  if (stopping) return
  stopping = true
  console.log(`relay:demo: ${signal}, stopping the relay and the stub GitHub`)
  const code = await relay.stop()
  await github.close()
  process.exit(code ?? 0)
}
process.on('SIGINT', () => void stop('SIGINT'))
process.on('SIGTERM', () => void stop('SIGTERM'))
// npm exits on SIGTERM without passing it on (nor does the sh between them): once npm is gone, the demo stops too.
setInterval(() => {
  if (!alive(npmPid)) void stop(`npm (PID ${npmPid}) exited`)
}, 200).unref()
