// `npm run local-action -- [event.json]`: runs src/action/main.ts from source
// with GitHub's @github/local-action, configured by .env (or .env.example when
// there is none). The ACR event file is wrapped into the repository_dispatch
// event the relay would send, unless the env file names an event of its own;
// DOCKER_CONFIG is a temporary folder unless the env file sets one, so that
// source-client never edits your own ~/.docker/config.json.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'dotenv'
import { repoRoot } from './runner.mjs'

const USAGE = 'usage: npm run local-action -- [event.json] [--env-file <file>]   (inputs come from .env, or .env.example without one)'
const args = process.argv.slice(2)
let envFile = existsSync(join(repoRoot, '.env')) ? '.env' : '.env.example'
const envFlag = args.indexOf('--env-file')
if (envFlag !== -1) {
  envFile = args[envFlag + 1] ?? ''
  args.splice(envFlag, 2)
}
if (envFile === '' || args.length > 1 || (args[0] !== undefined && !args[0].endsWith('.json'))) {
  console.error(USAGE)
  process.exit(2)
}
const settings = readFileSync(resolve(repoRoot, envFile), 'utf8')
const configured = parse(settings)

const work = mkdtempSync(join(tmpdir(), 'acr-local-action-'))
const extra = []
if (!configured.GITHUB_EVENT_PATH) {
  const eventFile = resolve(args[0] ?? 'test/fixtures/native-push.json')
  let clientPayload
  try {
    clientPayload = JSON.parse(readFileSync(eventFile, 'utf8'))
  } catch (error) {
    console.error(`local-action: cannot read ${eventFile} as JSON: ${error.message}`)
    process.exit(2)
  }
  writeFileSync(join(work, 'event.json'), JSON.stringify({ action: 'acr-push', client_payload: clientPayload }))
  extra.push(`GITHUB_EVENT_PATH=${join(work, 'event.json')}`)
}
if (!configured.DOCKER_CONFIG) extra.push(`DOCKER_CONFIG=${join(work, 'docker')}`)
// local-action loads the env file with override: later lines win, so the additions go last.
writeFileSync(join(work, '.env'), `${settings}\n${extra.join('\n')}\n`)

try {
  const bin = join(repoRoot, 'node_modules', '@github', 'local-action', 'bin', 'local-action.js')
  const result = spawnSync(process.execPath, [bin, 'run', repoRoot, 'src/action/main.ts', join(work, '.env'), '--post', 'src/action/main.ts'], {
    stdio: 'inherit',
    cwd: repoRoot
  })
  console.log(`# local-action with ${envFile}${configured.GITHUB_EVENT_PATH ? '' : `, event ${args[0] ?? 'test/fixtures/native-push.json'}`}`)
  process.exitCode = result.status ?? 1
} finally {
  rmSync(work, { recursive: true, force: true })
}
