// `npm run sample -- [event.json] [input=value ...]`: runs dist/index.js on an
// event (test/fixtures/native-push.json by default) as a repository_dispatch
// run would, and prints the outputs it set.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { runAction } from './runner.mjs'

const args = process.argv.slice(2)
const eventFile = args.find(arg => arg.endsWith('.json')) ?? 'test/fixtures/native-push.json'
const inputArgs = args.filter(arg => arg !== eventFile)
const inputs = Object.fromEntries(
  inputArgs.map(arg => {
    const eq = arg.indexOf('=')
    if (eq < 1) throw new Error(`expected input=value, got ${arg}`)
    return [arg.slice(0, eq), arg.slice(eq + 1)]
  })
)
const clientPayload = JSON.parse(readFileSync(resolve(eventFile), 'utf8'))
const result = runAction({
  eventName: 'repository_dispatch',
  event: { action: 'acr-push', client_payload: clientPayload },
  inputs
})

process.stderr.write(result.stdout)
process.stderr.write(result.stderr)
console.log(`# Node ${process.version}, event ${eventFile}, exit code ${result.status}`)
for (const [name, value] of Object.entries(result.outputs)) console.log(`${name}=${value}`)
process.exitCode = result.status ?? 1
