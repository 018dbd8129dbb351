// The header chain as users run it: the action's main step writes
// X-Meta-Source-Client into config.json, the docker CLI sends it to dockerd,
// dockerd passes X-Meta-* headers on to the registry with every request of a
// push or a pull, and the post step puts config.json back byte for byte.
// Real dockerd, real distribution registry, a loopback proxy in between that
// records what the registry was sent. Also: the relay's Dockerfile, built on
// a base image made here from the Node 24 binary the tests run on, answering
// /healthz.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { repoRoot, runAction } from '../../../scripts/runner.mjs'
import { dockerUnavailable, startDockerDaemon, type CommandResult, type DockerDaemon } from '../../support/docker-daemon.js'
import { freePort, requireRegistryBinary, startRegistry, type LocalRegistry } from '../../support/registry.js'
import { fixture } from '../../support/fixtures.js'
import { findOnPath } from '../../../scripts/check-test-prerequisites.mjs'
import { NEEDS_DOCKER_REGISTRY, NEEDS_DOCKERD, SKIP_SWITCH } from '../../support/docker-tests.js'

// Contributors on machines without Docker can leave these suites out (ACR_SKIP_DOCKER_TESTS=1, which skips
// the tagged suites; with every suite skipped, vitest runs none of the file's hooks either); CI never does.
const NEEDS = { tags: [NEEDS_DOCKERD, NEEDS_DOCKER_REGISTRY] }

interface RecordedRequest {
  method: string
  url: string
  headers: IncomingHttpHeaders
}

/** Forwards everything to the registry unchanged (Host included, so the registry's upload URLs point back here) and records each request. */
async function startRecordingProxy(target: string): Promise<{ address: string; requests: RecordedRequest[]; server: Server }> {
  const requests: RecordedRequest[] = []
  const [hostname, port] = target.split(':')
  const server = createServer((incoming, outgoing) => {
    requests.push({ method: incoming.method ?? '', url: incoming.url ?? '', headers: incoming.headers })
    const upstream = request({ hostname, port: Number(port), method: incoming.method, path: incoming.url, headers: incoming.headers }, answer => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(outgoing)
    })
    upstream.on('error', error => outgoing.destroy(error))
    incoming.pipe(upstream)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return { address: `127.0.0.1:${(server.address() as AddressInfo).port}`, requests, server }
}

const work = mkdtempSync(join(tmpdir(), 'acr-docker-chain-'))
let daemon: DockerDaemon
let registry: LocalRegistry
let proxy: Awaited<ReturnType<typeof startRecordingProxy>>

beforeAll(async () => {
  const why = dockerUnavailable()
  if (why) throw new Error(`${why}. On a machine without Docker, set ${SKIP_SWITCH}=1 to leave these tests out.`)
  requireRegistryBinary()
  ;[daemon, registry] = await Promise.all([startDockerDaemon(), startRegistry('anonymous')])
  proxy = await startRecordingProxy(registry.host)
}, 120_000)

afterAll(async () => {
  proxy?.server.close()
  await Promise.all([daemon?.stop(), registry?.stop()])
  rmSync(work, { recursive: true, force: true })
}, 60_000)

function succeed(result: CommandResult): string {
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0)
  return result.stdout
}

/** Writes `files` and copies `copies` (path in the image → file here) into a folder, packed as a root file system for `docker import`. */
function rootfsTarball(name: string, files: Record<string, string>, copies: Record<string, string> = {}): string {
  const root = join(work, name)
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  for (const [path, source] of Object.entries(copies)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    copyFileSync(source, join(root, path))
  }
  const tarball = `${root}.tar`
  const tar = spawnSync('tar', ['-C', root, '-cf', tarball, '.'], { encoding: 'utf8' })
  expect(tar.status, tar.stderr).toBe(0)
  return tarball
}

describe('source-client with real docker push and pull', NEEDS, () => {
  test('the registry sees X-Meta-Source-Client on every request while the header is set, and config.json comes back byte for byte', async () => {
    const dockerConfig = join(work, 'docker-config')
    mkdirSync(dockerConfig)
    const configPath = join(dockerConfig, 'config.json')
    // A config as users have it: their own formatting, and a header of their own that must survive.
    const original = '{\n\t"HttpHeaders": {\n\t\t"X-Meta-Team": "platform"\n\t},\n\t"detachKeys": "ctrl-e,e"\n}\n'
    writeFileSync(configPath, original)
    const env = { DOCKER_CONFIG: dockerConfig }
    const image = `${proxy.address}/team/web:v1`

    succeed(await daemon.docker(['import', rootfsTarball('app', { 'app/hello.txt': 'hello\n' }), image], env))
    // Without the action's header first: the proxy must be able to tell the difference.
    succeed(await daemon.docker(['push', image], env))
    const before = proxy.requests.splice(0)
    expect(before.length).toBeGreaterThan(0)
    expect(before.filter(r => r.headers['x-meta-source-client'] !== undefined)).toEqual([])
    expect(before.every(r => r.headers['x-meta-team'] === 'platform')).toBe(true)

    const event = { action: 'acr-push', client_payload: fixture('native-push.json') }
    const main = runAction({ event, inputs: { 'source-client': 'azure/aks' }, env })
    expect(main.status, main.stdout).toBe(0)
    expect(main.outputs['docker-config']).toBe(configPath)

    succeed(await daemon.docker(['tag', image, `${proxy.address}/team/web:v2`], env))
    succeed(await daemon.docker(['push', `${proxy.address}/team/web:v2`], env))
    succeed(await daemon.docker(['rmi', image, `${proxy.address}/team/web:v2`], env))
    succeed(await daemon.docker(['pull', image], env))
    const during = proxy.requests.splice(0)
    const paths = during.map(r => `${r.method} ${r.url}`)
    // Both directions went through: the v2 manifest was written, v1 resolved and its layer read.
    expect(paths).toContain('PUT /v2/team/web/manifests/v2')
    expect(paths).toContain('HEAD /v2/team/web/manifests/v1')
    expect(
      paths.some(path => path.startsWith('GET /v2/team/web/blobs/sha256:')),
      paths.join('\n')
    ).toBe(true)
    expect(during.filter(r => r.headers['x-meta-source-client'] !== 'azure/aks').map(r => `${r.method} ${r.url}`)).toEqual([])
    expect(during.every(r => r.headers['x-meta-team'] === 'platform')).toBe(true)

    const post = runAction({ event, phase: 'post', state: main.state, env })
    expect(post.status, post.stdout).toBe(0)
    expect(readFileSync(configPath, 'utf8')).toBe(original)

    succeed(await daemon.docker(['rmi', image], env))
    succeed(await daemon.docker(['pull', image], env))
    expect(proxy.requests.filter(r => r.headers['x-meta-source-client'] !== undefined)).toEqual([])
  }, 180_000)
})

describe("the relay's Dockerfile", NEEDS, () => {
  test('builds on a local Node 24 base image, answers /healthz, is healthy on the PORT it is given, and exits 0 on docker stop', async () => {
    // A base image with what node needs, a "node" user, and a shell and wget for the HEALTHCHECK, as the official image has.
    const programs = { 'usr/local/bin/node': process.execPath, 'bin/sh': realpathSync('/bin/sh'), 'usr/bin/wget': findOnPath('wget')! }
    const libraries = Object.values(programs).flatMap(program => spawnSync('ldd', [program], { encoding: 'utf8' }).stdout.match(/\/\S+/g) ?? [])
    const tarball = rootfsTarball(
      'node-base',
      { 'etc/passwd': 'root:x:0:0:root:/root:/bin/sh\nnode:x:1000:1000:node:/home/node:/bin/sh\n', 'etc/group': 'root:x:0:\nnode:x:1000:\n' },
      { ...programs, ...Object.fromEntries(libraries.map(library => [library.slice(1), library])) }
    )
    succeed(await daemon.docker(['import', '--change', 'ENV PATH=/usr/local/bin:/usr/bin:/bin', tarball, 'acr-test/node:24']))

    const build = await daemon.docker(['build', '--build-arg', 'NODE_IMAGE=acr-test/node:24', '-t', 'acr-webhook-relay:test', repoRoot])
    succeed(build)
    const port = await freePort()
    const container = succeed(
      await daemon.docker([
        'run',
        '--detach',
        '--network=host',
        '--env',
        `PORT=${port}`,
        // The image's HEALTHCHECK, checked every second rather than every 30.
        '--health-interval=1s',
        '--env',
        'RELAY_SECRET=container-test-secret-0123456789',
        '--env',
        'GITHUB_REPOSITORY=octo/deploy',
        '--env',
        'GITHUB_TOKEN=ghp_not_used_by_this_test',
        'acr-webhook-relay:test'
      ])
    ).trim()

    let health: Response | undefined
    for (let tries = 0; tries < 100 && !health; tries++) {
      health = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined)
      if (!health) await sleep(100)
    }
    expect(health?.status, (await daemon.docker(['logs', container])).stdout).toBe(200)
    // Not on the image's default 8080: the HEALTHCHECK must follow PORT to find it healthy.
    expect(port).not.toBe(8080)
    let healthStatus = ''
    for (let tries = 0; tries < 60 && healthStatus !== 'healthy'; tries++) {
      healthStatus = succeed(await daemon.docker(['inspect', '--format', '{{.State.Health.Status}}', container])).trim()
      if (healthStatus !== 'healthy') await sleep(500)
    }
    expect(healthStatus, succeed(await daemon.docker(['inspect', '--format', '{{json .State.Health}}', container]))).toBe('healthy')
    // The image runs as the unprivileged user the Dockerfile names.
    expect(succeed(await daemon.docker(['exec', container, 'node', '-e', 'console.log(process.getuid())'])).trim()).toBe('1000')

    succeed(await daemon.docker(['stop', '--time', '20', container]))
    expect(succeed(await daemon.docker(['inspect', '--format', '{{.State.ExitCode}}', container])).trim()).toBe('0')
  }, 300_000)
})
