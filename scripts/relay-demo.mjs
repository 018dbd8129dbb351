// `npm run relay:demo`: the relay (dist/relay, as `npm run relay` runs it) in
// front of a stub GitHub, both on loopback on free ports, so that the relay can
// be tried with curl and nothing else. The stub prints each repository
// dispatch it receives; the relay's own JSON log lines are printed as they
// come. Ctrl-C stops both.
import { randomBytes } from 'node:crypto'
import { join, relative } from 'node:path'
import './check-node.mjs'
import { repoRoot } from './runner.mjs'

// Imported after the Node check: an older Node cannot load TypeScript at all.
const { startFakeGitHub } = await import('../test/support/fake-github.ts')
const { startRelayProcess } = await import('../test/support/relay-process.ts')

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
