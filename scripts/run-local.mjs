// `npm run sample -- [event.json] [input=value ...]`: runs dist/index.js on an
// event (test/fixtures/native-push.json by default) as a repository_dispatch
// run would, and prints the outputs it set. With source-client, the Docker
// config it writes is a temporary one (DOCKER_CONFIG), never the user's, and
// the post step runs after the main step, as on a runner.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describeUnknownInput, runAction, unknownInputs } from './runner.mjs'

const DEFAULT_EVENT = 'test/fixtures/native-push.json'
const USAGE = 'usage: npm run sample -- [event.json] [input=value ...]   e.g. npm run sample -- test/fixtures/eventgrid-push.json tags=v*'

function fail(message) {
  console.error(`sample: ${message}\n${USAGE}`)
  process.exit(2)
}

const args = process.argv.slice(2)
const eventArgs = args.filter(arg => !arg.includes('='))
const inputs = Object.fromEntries(args.filter(arg => arg.includes('=')).map(arg => [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]))
if (eventArgs.length > 1) fail(`expected one event file and input=value arguments; got ${eventArgs.map(a => `"${a}"`).join(', ')}`)
if (eventArgs[0] !== undefined && !eventArgs[0].endsWith('.json'))
  fail(`"${eventArgs[0]}" is neither an event file (.json) nor an input=value argument`)
if (Object.keys(inputs).some(name => name === '')) fail('an argument starts with "=": write input=value')
// The runner would only warn and run without it; a sample that ignores a misspelt filter would show every event matching.
const unknown = unknownInputs(Object.keys(inputs))
if (unknown.length > 0) fail(unknown.map(describeUnknownInput).join('; '))

// With the payload input, the event comes from there and no file is read.
const eventFile = inputs.payload ? undefined : (eventArgs[0] ?? DEFAULT_EVENT)
let clientPayload = {}
if (eventFile) {
  if (!existsSync(eventFile)) fail(`no such event file: ${eventFile}`)
  try {
    clientPayload = JSON.parse(readFileSync(resolve(eventFile), 'utf8'))
  } catch (error) {
    fail(`${eventFile} is not JSON: ${error.message}`)
  }
}

const dockerConfig = inputs['source-client'] ? mkdtempSync(join(tmpdir(), 'acr-sample-docker-')) : undefined
const step = {
  eventName: inputs.payload ? 'workflow_dispatch' : 'repository_dispatch',
  event: inputs.payload ? {} : { action: 'acr-push', client_payload: clientPayload },
  inputs,
  env: dockerConfig ? { DOCKER_CONFIG: dockerConfig } : {}
}
try {
  const main = runAction(step)
  // The action's own log, without its outputs group: the outputs are printed once, below.
  process.stderr.write(main.stdout.replace(/^::group::[^\n]*outputs\n(?:(?!::endgroup::)[^\n]*\n)*::endgroup::\n/m, ''))
  process.stderr.write(main.stderr)
  console.log(`# Node ${process.version}, event ${eventFile ?? 'from the payload input'}, exit code ${main.status}`)
  for (const [name, value] of Object.entries(main.outputs)) console.log(`${name}=${value}`)
  if (dockerConfig) {
    // Said only when the step did write it: a refused source-client (VSTS) fails the step before any write.
    if (main.outputs['docker-config']) {
      console.log(`# source-client wrote ${main.outputs['docker-config']} (a temporary DOCKER_CONFIG, not your own)`)
    } else console.log('# source-client wrote nothing: the step stopped before writing the Docker config')
    const post = runAction({ ...step, phase: 'post', state: main.state })
    process.stderr.write(post.stdout)
    console.log(`# post step: exit code ${post.status}`)
  }
  process.exitCode = main.status ?? 1
} finally {
  if (dockerConfig) rmSync(dockerConfig, { recursive: true, force: true })
}
