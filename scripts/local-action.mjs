// `npm run local-action -- [event.json]`: runs src/action/main.ts from source
// with GitHub's @github/local-action, configured by .env (or .env.example when
// there is none). The ACR event file is wrapped into the repository_dispatch
// event the relay would send, unless the env file names an event of its own;
// DOCKER_CONFIG is a temporary folder unless the env file sets one, so that
// source-client never edits your own ~/.docker/config.json.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { parse } from 'dotenv'
import { repoRoot } from './runner.mjs'

const USAGE = 'usage: npm run local-action -- [event.json] [--env-file <file>]   (inputs come from .env, or .env.example without one)'
function usage(problem) {
  console.error(`local-action: ${problem}\n${USAGE}`)
  process.exit(2)
}

// The npm script ends in `--`: Node 24 reads --env-file even after the script's name (and stops with
// "not found" when the path is relative to where the user typed it), but not after `--`.
const args = process.argv.slice(2)
if (args[0] === '--') args.shift()
let parsed
try {
  parsed = parseArgs({ args, options: { 'env-file': { type: 'string' } }, allowPositionals: true, strict: true })
} catch (error) {
  usage(error.message)
}
const positionals = [...parsed.positionals]
// --env-file reaches this script three more ways, and each would otherwise be lost:
// - `node --env-file x scripts/local-action.mjs`: Node takes it as its own option (process.execArgv);
// - `npm run local-action --env-file=x` (no `--`): npm takes it as its config, npm_config_env_file=x;
// - `npm run local-action --env-file x`: the same with the value "true", and x left among the arguments.
const nodeFlag = process.execArgv.findIndex(arg => arg === '--env-file' || arg.startsWith('--env-file='))
const fromNode = nodeFlag === -1 ? undefined : (process.execArgv[nodeFlag].split('=')[1] ?? process.execArgv[nodeFlag + 1])
let fromNpm = process.env.npm_lifecycle_event === 'local-action' ? process.env.npm_config_env_file : undefined
if (fromNpm === 'true') {
  const value = positionals.findIndex(arg => !arg.endsWith('.json'))
  fromNpm = value === -1 ? undefined : positionals.splice(value, 1)[0]
  if (fromNpm === undefined) usage('--env-file needs a file')
}
const given = parsed.values['env-file'] ?? fromNode ?? fromNpm
if (given === '') usage('--env-file needs a file')
if (positionals.length > 1 || (positionals[0] !== undefined && !positionals[0].endsWith('.json'))) usage(`unexpected ${positionals.join(' ')}`)
// npm runs scripts from the repository root; a path the user typed is relative to where they typed it.
const here = process.env.INIT_CWD ?? process.cwd()
const envFile = given !== undefined ? resolve(here, given) : join(repoRoot, existsSync(join(repoRoot, '.env')) ? '.env' : '.env.example')
let settings
try {
  settings = readFileSync(envFile, 'utf8')
} catch (error) {
  usage(`cannot read the env file ${envFile}: ${error.message}`)
}
const configured = parse(settings)
const eventArgument = positionals[0]

const work = mkdtempSync(join(tmpdir(), 'acr-local-action-'))
const extra = []
if (!configured.GITHUB_EVENT_PATH) {
  const eventFile = resolve(here, eventArgument ?? join(repoRoot, 'test/fixtures/native-push.json'))
  let clientPayload
  try {
    clientPayload = JSON.parse(readFileSync(eventFile, 'utf8'))
  } catch (error) {
    console.error(`local-action: cannot read ${eventFile} as JSON: ${error.message}`)
    rmSync(work, { recursive: true, force: true })
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
  // local-action ends with status 0 when the action fails (its core.setFailed only records the failure):
  // the ::error:: line setFailed prints, which this action writes for nothing else, is how a failure is told.
  const { status, failed } = await new Promise((done, reject) => {
    const child = spawn(process.execPath, [bin, 'run', repoRoot, 'src/action/main.ts', join(work, '.env'), '--post', 'src/action/main.ts'], {
      stdio: ['inherit', 'pipe', 'inherit'],
      cwd: repoRoot,
      env: process.stdout.isTTY && !process.env.NO_COLOR ? { ...process.env, FORCE_COLOR: '1' } : process.env
    })
    let failed = false
    let line = ''
    child.stdout.on('data', chunk => {
      process.stdout.write(chunk)
      const lines = (line + chunk).split('\n')
      line = lines.pop()
      if (lines.some(text => text.startsWith('::error::'))) failed = true
    })
    child.on('error', reject)
    child.on('close', code => done({ status: code, failed: failed || line.startsWith('::error::') }))
  })
  console.log(`# local-action with ${envFile}${configured.GITHUB_EVENT_PATH ? '' : `, event ${eventArgument ?? 'test/fixtures/native-push.json'}`}`)
  if (failed) console.log('# the action failed (see the ::error:: line above)')
  process.exitCode = status !== 0 ? (status ?? 1) : failed ? 1 : 0
} finally {
  rmSync(work, { recursive: true, force: true })
}
