// `npm run bench`: the cold wall time of one action step, beside `node -e 0`
// and beside bundles that only import @actions/core and set one output (the
// package as published, and as patched here), all measured in this run on this
// machine. Prints figures; asserts nothing.
// Wall time on a shared machine moves by several percent between runs; where
// valgrind is installed, each subject's instruction count (one callgrind run,
// all threads) is printed too, which repeats to within about 1%.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildBundle } from './bundles.mjs'
import { createStepEnvironment, repoRoot } from './runner.mjs'
import { median } from './statistics.mjs'
import { CALLGRIND_ARGS, collectedInstructions, hasValgrind, instructionsByKind, valgrindCommand } from './callgrind.mjs'
import './check-node.mjs'
// The tests' registry harness (Node 24 strips its types): the CNCF distribution registry on loopback.
import { pushImage, startRegistry, USER } from '../test/support/registry.ts'
// Sigstore instances made offline, and referrers pushed as OCI 1.1 clients push them: the attestation subject.
import { githubIdentity, loggedInstance, statement } from '../test/support/sigstore.ts'
import { pushBundle, pushReferrer } from '../test/support/referrers.ts'
// Notation material made offline: a Key Vault-style self-signed certificate, a JWS envelope, the trust store and policy.
import { notationPayload, notationReferrer, selfSignedSigner, signJws, trustPolicy, writeTrustStore } from '../test/support/notation.ts'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40)
const WARMUP = 3

// Two baselines that only import @actions/core and set one output: one of the
// package as this repository installs it (patches/ makes its OIDC client, and
// with it @actions/http-client and undici, load on first use), and one of the
// package as published, which is what any action built with it pays and what
// the cost goals were set against.
const coreVersion = JSON.parse(readFileSync(join(repoRoot, 'node_modules/@actions/core/package.json'), 'utf8')).version
// A folder of this run's own under .bench/: another run in the same checkout removes only its own, and callgrind
// exits 1 when the folder its output file goes to is gone.
const runDir = `.bench/run-${process.pid}`
const baselineDir = join(repoRoot, runDir, 'core-only')
const publishedDir = join(repoRoot, runDir, 'core-published')
for (const dir of [baselineDir, publishedDir]) {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'index.js'), "import * as core from '@actions/core'\ncore.setOutput('matched', 'true')\n")
}
// The published tarball, unpacked where the bundler looks first; its own dependencies resolve from the repository's node_modules.
const packed = spawnSync('npm', ['pack', `@actions/core@${coreVersion}`, '--pack-destination', publishedDir, '--silent'], { encoding: 'utf8' })
if (packed.status !== 0) throw new Error(`npm pack @actions/core@${coreVersion} failed: ${packed.stderr}`)
const publishedCore = join(publishedDir, 'node_modules/@actions/core')
mkdirSync(publishedCore, { recursive: true })
execFileSync('tar', ['-xzf', join(publishedDir, packed.stdout.trim()), '-C', publishedCore, '--strip-components=1'])
buildBundle(`${runDir}/core-only/index.js`, join(baselineDir, 'dist'))
buildBundle(`${runDir}/core-published/index.js`, join(publishedDir, 'dist'))

const sample = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/native-push.json'), 'utf8'))
const event = { action: 'acr-push', client_payload: sample }
const plain = createStepEnvironment({ event })
// The heaviest configuration: every filter (lazy-loads picomatch and semver) and
// source-client (lazy-loads the Docker config code and writes a config file).
const gated = createStepEnvironment({
  event,
  inputs: { actions: 'push', repositories: 'team/**', tags: 'v*', semver: '^1', registries: '*.azurecr.io', 'source-client': 'azure/aks' }
})
gated.env.DOCKER_CONFIG = join(gated.work, 'docker')
const filtered = createStepEnvironment({ event, inputs: { tags: 'v*', semver: '^1' } })
const tagsOnly = createStepEnvironment({ event, inputs: { tags: 'v*' } })

// verify: tag against a local registry, anonymous (GET of the manifest, HEAD of
// the tag) and behind htpasswd basic auth (a 401 first, as every registry with
// a login answers, then the same two with the credentials from DOCKER_CONFIG).
// The registry runs as its own process: the step's process is timed alone.
const anonymousRegistry = await startRegistry('anonymous')
const basicRegistry = await startRegistry('htpasswd')
const verifiedStep = async (registry, dockerConfig) => {
  const pushed = await pushImage(registry, 'team/web', 'v1.4.2')
  const payload = JSON.parse(JSON.stringify(sample))
  Object.assign(payload.target, { mediaType: pushed.mediaType, size: pushed.size, length: pushed.size, digest: pushed.digest })
  payload.request.host = registry.host
  const step = createStepEnvironment({ event: { action: 'acr-push', client_payload: payload }, inputs: { verify: 'tag', registries: '127.0.0.1:*' } })
  step.env.DOCKER_CONFIG = join(step.work, 'registry-login')
  mkdirSync(step.env.DOCKER_CONFIG)
  writeFileSync(join(step.env.DOCKER_CONFIG, 'config.json'), JSON.stringify(dockerConfig(registry.host)))
  return step
}
const verifiedAnonymous = await verifiedStep(anonymousRegistry, () => ({}))
const verifiedBasic = await verifiedStep(basicRegistry, host => ({
  auths: { [host]: { auth: Buffer.from(`${USER.username}:${USER.password}`).toString('base64') } }
}))
// verify: digest with signer-workflow: the referrers (a 404 from the API, then
// the sha256-<hex> tag index), one bundle's manifest and blob, and its
// verification against a trusted-root file (no TUF round trip), on top of
// verify: digest alone.
const attestedStep = async () => {
  const instance = await loggedInstance()
  const workflow = 'octo-org/web/.github/workflows/release.yml'
  // Another tag: moving v1.4.2 would make the verify: tag subjects stale.
  const pushed = await pushImage(anonymousRegistry, 'team/web', 'attested')
  await pushBundle(anonymousRegistry, 'team/web', pushed, await instance.sign(statement(pushed.digest), { identity: githubIdentity(workflow) }))
  const payload = JSON.parse(JSON.stringify(sample))
  Object.assign(payload.target, { mediaType: pushed.mediaType, size: pushed.size, length: pushed.size, digest: pushed.digest })
  payload.request.host = anonymousRegistry.host
  const plainVerify = createStepEnvironment({
    event: { action: 'acr-push', client_payload: payload },
    inputs: { verify: 'digest', registries: '127.0.0.1:*' }
  })
  const trustedRoot = join(plainVerify.work, 'trusted_root.jsonl')
  writeFileSync(trustedRoot, `${JSON.stringify(instance.trustedRoot)}\n`)
  const attested = createStepEnvironment({
    event: { action: 'acr-push', client_payload: payload },
    inputs: { verify: 'digest', registries: '127.0.0.1:*', 'signer-workflow': workflow, 'trusted-root': trustedRoot }
  })
  for (const step of [plainVerify, attested]) {
    step.env.DOCKER_CONFIG = join(step.work, 'registry-login')
    mkdirSync(step.env.DOCKER_CONFIG)
    writeFileSync(join(step.env.DOCKER_CONFIG, 'config.json'), '{}')
  }
  return { plainVerify, attested }
}
const { plainVerify: verifiedDigest, attested: verifiedAttested } = await attestedStep()
// verify: digest with the Notation inputs, as Azure documents signing with Notation and Key Vault: one JWS signature
// (PS256, a self-signed RSA 2048 certificate like Key Vault's), trusted by a strict trust policy naming its subject. The
// referrers (a 404 from the API, then the tag index), the signature's manifest and envelope, and its verification.
const notaryStep = async () => {
  const subject = 'C=US, ST=WA, L=Seattle, O=Contoso, CN=web-release'
  const signer = await selfSignedSigner(subject, { key: 'rsa2048' })
  const pushed = await pushImage(anonymousRegistry, 'team/web', 'notarized')
  await pushReferrer(
    anonymousRegistry,
    'team/web',
    pushed,
    await signJws(notationPayload(pushed), { chain: [signer] }),
    notationReferrer('application/jose+json', [signer])
  )
  const payload = JSON.parse(JSON.stringify(sample))
  Object.assign(payload.target, { mediaType: pushed.mediaType, size: pushed.size, length: pushed.size, digest: pushed.digest })
  payload.request.host = anonymousRegistry.host
  const step = createStepEnvironment({
    event: { action: 'acr-push', client_payload: payload },
    inputs: { verify: 'digest', registries: '127.0.0.1:*', 'notation-trust-policy': 'trustpolicy.json', 'notation-trust-store': 'truststore' }
  })
  writeTrustStore(join(step.work, 'truststore'), { ca: { contoso: [signer] } })
  writeFileSync(join(step.work, 'trustpolicy.json'), trustPolicy({ trustStores: ['ca:contoso'], trustedIdentities: [`x509.subject: ${subject}`] }))
  step.env.GITHUB_WORKSPACE = step.work
  step.env.DOCKER_CONFIG = join(step.work, 'registry-login')
  mkdirSync(step.env.DOCKER_CONFIG)
  writeFileSync(join(step.env.DOCKER_CONFIG, 'config.json'), '{}')
  return step
}
const verifiedNotation = await notaryStep()

// verify: tag with signer-workflow and attestation-source: github: the two
// registry requests of verify: tag, then GitHub's attestations API (a fake on
// loopback, in a process of its own) and one bundle verified against a
// trusted-root file. The issue's goal: at most 1.5x a verify: tag step.
const API_TOKEN = 'ghs_bench-token'
const apiAttestedStep = async () => {
  const instance = await loggedInstance()
  const workflow = 'octo-org/web/.github/workflows/release.yml'
  const pushed = await pushImage(anonymousRegistry, 'team/web', 'attested-by-api')
  const bundle = await instance.sign(statement(pushed.digest), { identity: githubIdentity(workflow) })
  const server = spawn(process.execPath, [join(repoRoot, 'scripts/bench/attestations-api.mjs')], { stdio: ['pipe', 'pipe', 'inherit'] })
  server.stdin.write(`${JSON.stringify({ token: API_TOKEN, scope: 'repos/octo-org/web', digest: pushed.digest, bundle })}\n`)
  const url = await new Promise((resolve, reject) => {
    server.stdout.setEncoding('utf8')
    server.stdout.once('data', line => resolve(line.trim()))
    server.once('exit', code => reject(new Error(`the fake attestations API exited with ${code}`)))
  })
  const payload = JSON.parse(JSON.stringify(sample))
  Object.assign(payload.target, { mediaType: pushed.mediaType, size: pushed.size, length: pushed.size, digest: pushed.digest })
  Object.assign(payload, { target: { ...payload.target, tag: 'attested-by-api' } })
  payload.request.host = anonymousRegistry.host
  const step = createStepEnvironment({
    event: { action: 'acr-push', client_payload: payload },
    inputs: { verify: 'tag', registries: '127.0.0.1:*', 'signer-workflow': workflow, 'attestation-source': 'github', 'github-token': API_TOKEN }
  })
  const trustedRoot = join(step.work, 'trusted_root.jsonl')
  writeFileSync(trustedRoot, `${JSON.stringify(instance.trustedRoot)}\n`)
  step.env['INPUT_TRUSTED-ROOT'] = trustedRoot
  step.env.GITHUB_API_URL = url
  step.env.DOCKER_CONFIG = join(step.work, 'registry-login')
  mkdirSync(step.env.DOCKER_CONFIG)
  writeFileSync(join(step.env.DOCKER_CONFIG, 'config.json'), '{}')
  return { step, server }
}
const { step: verifiedByApi, server: attestationsApi } = await apiAttestedStep()
const steps = [plain, tagsOnly, filtered, gated, verifiedAnonymous, verifiedBasic, verifiedDigest, verifiedAttested, verifiedNotation, verifiedByApi]

const action = join(repoRoot, 'dist/index.js')
const subjects = [
  { name: 'node -e 0', args: ['-e', '0'], step: plain },
  { name: 'core-only, published', args: [join(publishedDir, 'dist/index.js')], step: plain, bundle: join(publishedDir, 'dist') },
  { name: 'core-only, patched', args: [join(baselineDir, 'dist/index.js')], step: plain, bundle: join(baselineDir, 'dist') },
  { name: 'action step', args: [action], step: plain, bundle: join(repoRoot, 'dist') },
  { name: 'action, tags', args: [action], step: tagsOnly },
  { name: 'action, tags+semver', args: [action], step: filtered },
  { name: 'action, all inputs', args: [action], step: gated },
  { name: 'verify: tag, anon', args: [action], step: verifiedAnonymous },
  { name: 'verify: tag, basic', args: [action], step: verifiedBasic },
  { name: 'verify: digest, anon', args: [action], step: verifiedDigest },
  { name: 'digest + attestation', args: [action], step: verifiedAttested },
  { name: 'digest + notation', args: [action], step: verifiedNotation },
  { name: 'tag + attestation, API', args: [action], step: verifiedByApi }
]

function timeOnce(subject) {
  writeFileSync(subject.step.env.GITHUB_OUTPUT, '')
  rmSync(join(subject.step.work, 'docker'), { recursive: true, force: true })
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, subject.args, { cwd: subject.step.work, env: subject.step.env, stdio: 'ignore' })
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status !== 0) throw new Error(`${subject.name} exited with ${result.status}`)
  return elapsed
}

/** Bytes of every file in a bundle folder, and of its entry file alone. */
function bundleSize(folder) {
  const files = readdirSync(folder).filter(name => name.endsWith('.js'))
  const total = files.reduce((sum, name) => sum + statSync(join(folder, name)).size, 0)
  return { entry: statSync(join(folder, 'index.js')).size, total, chunks: files.length - 1 }
}

function printRatios(figures, what) {
  const ratio = (a, b) => (figures[a] / figures[b]).toFixed(3)
  console.log(`Ratios of ${what}:`)
  console.log(`  against the published @actions/core ${coreVersion} alone (the baseline of the cost goals):`)
  console.log(`    action step:                          ${ratio('action step', 'core-only, published')}x (goal: at most 1.05x)`)
  console.log(`    action, tags:                         ${ratio('action, tags', 'core-only, published')}x`)
  console.log(`    action, tags+semver:                  ${ratio('action, tags+semver', 'core-only, published')}x (goal: at most 1.10x)`)
  console.log(`    action, all inputs:                   ${ratio('action, all inputs', 'core-only, published')}x`)
  console.log(`  against @actions/core as installed here (patched), i.e. the action's own code and libraries:`)
  console.log(`    action step:                          ${ratio('action step', 'core-only, patched')}x`)
  console.log(`    action, tags:                         ${ratio('action, tags', 'core-only, patched')}x`)
  console.log(`    action, tags+semver:                  ${ratio('action, tags+semver', 'core-only, patched')}x`)
  console.log(`  action, tags+semver / action step:      ${ratio('action, tags+semver', 'action step')}x (what a gate adds to a step)`)
  console.log(`  verify: tag, anonymous / action step:   ${ratio('verify: tag, anon', 'action step')}x`)
  console.log(`  verify: tag, basic auth / action step:  ${ratio('verify: tag, basic', 'action step')}x`)
  console.log(`  digest + attestation / verify: digest:  ${ratio('digest + attestation', 'verify: digest, anon')}x (what the attestation check adds)`)
  console.log(
    `  digest + notation / verify: digest:     ${ratio('digest + notation', 'verify: digest, anon')}x (what the Notation check adds; goal: at most 1.3x)`
  )
  console.log(`  tag + attestation, API / verify: tag:   ${ratio('tag + attestation, API', 'verify: tag, anon')}x (goal: at most 1.5x)`)
  console.log(`  action step / node -e 0:                ${ratio('action step', 'node -e 0')}x`)
  console.log(`  core-only, published / node -e 0:       ${ratio('core-only, published', 'node -e 0')}x`)
  console.log(`  core-only, patched / node -e 0:         ${ratio('core-only, patched', 'node -e 0')}x`)
}

/**
 * Instructions of one cold run of each subject under callgrind, or undefined
 * without valgrind; with a table of what each action subject spent beyond
 * the core-only bundle, by kind of work, so that a change in cost can be
 * traced to parsing, regular expressions or garbage collection.
 */
function countInstructions() {
  if (!hasValgrind()) return undefined
  const counts = {}
  const kinds = {}
  // Only these are broken down by kind: the action's own work is each of them less the first.
  const analysed = ['core-only, patched', 'action step', 'action, tags', 'action, tags+semver']
  for (const subject of subjects) {
    writeFileSync(subject.step.env.GITHUB_OUTPUT, '')
    writeFileSync(subject.step.env.GITHUB_STATE, '')
    rmSync(join(subject.step.work, 'docker'), { recursive: true, force: true })
    const outFile = analysed.includes(subject.name) ? join(repoRoot, runDir, `callgrind.${subjects.indexOf(subject)}`) : '/dev/null'
    const valgrind = valgrindCommand(subject.step.env)
    const result = spawnSync(valgrind.command, [...CALLGRIND_ARGS, `--callgrind-out-file=${outFile}`, process.execPath, ...subject.args], {
      cwd: subject.step.work,
      env: valgrind.env,
      encoding: 'utf8'
    })
    const collected = collectedInstructions(result.stderr)
    if (result.status !== 0 || collected === undefined) {
      // Callgrind exits 1 on its own errors too (an output file it cannot open): say what valgrind and the step said.
      const said = result.stderr
        .split('\n')
        .filter(line => /Error|error|fatal/.test(line))
        .slice(-5)
        .join('\n  ')
      throw new Error(`${subject.name} under valgrind: exit ${result.status}${said ? `\n  ${said}` : ''}\n  stdout: ${result.stdout.slice(-500)}`)
    }
    if ((subject.step === verifiedAttested || subject.step === verifiedByApi) && subject.step.read().outputs.attestation !== 'verified')
      throw new Error(`${subject.name} under valgrind: not attested`)
    if (subject.step === verifiedNotation && subject.step.read().outputs.notation !== 'verified')
      throw new Error(`${subject.name} under valgrind: no Notation signature verified`)
    counts[subject.name] = collected
    if (outFile !== '/dev/null') kinds[subject.name] = instructionsByKind(outFile)
  }
  console.log("Instructions, one run each under valgrind --tool=callgrind (without V8's random hash-seed setup):")
  for (const subject of subjects) console.log(`  ${subject.name.padEnd(20)} ${(counts[subject.name] / 1e6).toFixed(1).padStart(7)} M`)
  const base = kinds[analysed[0]]
  if (base) {
    const shown = analysed.slice(1).filter(name => kinds[name])
    console.log(`Millions of instructions beyond the core-only bundle as patched here, by kind of work (callgrind's self cost per function):`)
    console.log(`  ${''.padEnd(22)}${shown.map(name => name.padStart(22)).join('')}`)
    for (const kind of Object.keys(base)) {
      const cells = shown.map(name => ((kinds[name][kind] - base[kind]) / 1e6).toFixed(1).padStart(22))
      console.log(`  ${kind.padEnd(22)}${cells.join('')}`)
    }
  }
  return counts
}

try {
  for (const subject of subjects.slice(3)) {
    timeOnce(subject)
    if (subject.step.read().outputs.repository !== 'team/web') throw new Error(`${subject.name} did not set its outputs`)
    if ((subject.step === verifiedAttested || subject.step === verifiedByApi) && subject.step.read().outputs.attestation !== 'verified')
      throw new Error(`${subject.name}: not attested`)
    if (subject.step === verifiedNotation && subject.step.read().outputs.notation !== 'verified')
      throw new Error(`${subject.name}: ${subject.step.read().outputs.json}`)
  }

  const times = new Map(subjects.map(s => [s.name, []]))
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    // Rotate the order so that drift on a shared machine spreads over all three.
    for (let i = 0; i < subjects.length; i++) {
      const subject = subjects[(round + i) % subjects.length]
      const ms = timeOnce(subject)
      if (round >= WARMUP) times.get(subject.name).push(ms)
    }
  }

  const medians = Object.fromEntries(subjects.map(s => [s.name, median(times.get(s.name))]))
  console.log(`Node ${process.version}, ${ROUNDS} cold runs each (after ${WARMUP} warm-up rounds), median wall time:`)
  for (const subject of subjects) {
    const size = subject.bundle ? bundleSize(subject.bundle) : undefined
    const sizeText = size
      ? `  index.js ${(size.entry / 1024).toFixed(0)} KiB${size.chunks ? `, with ${size.chunks} lazy chunks ${(size.total / 1024).toFixed(0)} KiB` : ''}`
      : ''
    console.log(`  ${subject.name.padEnd(20)} ${medians[subject.name].toFixed(1).padStart(7)} ms${sizeText}`)
  }
  printRatios(medians, 'wall time')
  const instructions = countInstructions()
  if (instructions) printRatios(instructions, 'instructions')
  else console.log('  (install valgrind for instruction counts, which repeat far better than wall time)')
} finally {
  for (const step of steps) step.cleanup()
  await anonymousRegistry.stop()
  await basicRegistry.stop()
  attestationsApi.stdin.end()
  rmSync(join(repoRoot, runDir), { recursive: true, force: true })
  try {
    rmdirSync(join(repoRoot, '.bench'))
  } catch {
    // Another run's folder is still there.
  }
}
