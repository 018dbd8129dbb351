// verify in the bundled action, run as the runner runs it, against a real
// registry, with a DOCKER_CONFIG holding the test's credentials.
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { runActionAsync } from '../../scripts/runner.mjs'
import { registryPayload, writeDockerConfig } from '../support/registry-event.js'
import { runnerCommands } from '../support/runner-commands.js'
import { NEEDS_DOCKER_REGISTRY } from '../support/docker-tests.js'
import {
  freePort,
  pushHelmChart,
  pushImage,
  pushIndex,
  REFRESH_TOKEN,
  startRegistry,
  USER,
  type Descriptor,
  type LocalRegistry
} from '../support/registry.js'

const DEPLOY_OUTPUTS = ['repository', 'tag', 'digest', 'registry', 'image', 'pinned-image', 'media-type', 'size', 'artifact', 'platforms']

/** The repository_dispatch event the relay sends for what the test pushed. */
function dispatch(host: string, repository: string, pushed: Descriptor, tag?: string) {
  return { action: 'acr-push', client_payload: registryPayload(host, repository, pushed, tag) }
}

let work: string
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'acr-verify-e2e-'))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

const dockerConfigFolder = (name: string, config: object) => writeDockerConfig(work, name, config)

describe('verify in the bundle: a token registry, as ACR (az acr login refresh token)', { tags: [NEEDS_DOCKER_REGISTRY] }, () => {
  let registry: LocalRegistry
  let dockerConfig: string
  let v1: Descriptor
  let index: Descriptor
  let chart: Descriptor
  beforeAll(async () => {
    registry = await startRegistry('token')
    dockerConfig = dockerConfigFolder('acr', {
      auths: { [registry.host]: { auth: Buffer.from('00000000-0000-0000-0000-000000000000:').toString('base64'), identitytoken: REFRESH_TOKEN } }
    })
    v1 = await pushImage(registry, 'team/web', 'v1.4.2')
    index = await pushIndex(registry, 'team/multi', 'v2.0.0')
    chart = await pushHelmChart(registry, 'charts/web', '1.2.0')
  }, 60_000)
  afterAll(async () => registry?.stop())

  const run = (event: object, inputs: Record<string, string>) =>
    runActionAsync({ event, inputs: { registries: '127.0.0.1:*', ...inputs }, env: { DOCKER_CONFIG: dockerConfig } })

  test('a current tag: matched, every output, verified in json and the summary', async () => {
    const result = await run(dispatch(registry.host, 'team/web', v1, 'v1.4.2'), { verify: 'tag' })
    expect(result.status, result.stdout).toBe(0)
    expect(result.outputs).toMatchObject({
      matched: 'true',
      image: `${registry.host}/team/web:v1.4.2`,
      'pinned-image': `${registry.host}/team/web@${v1.digest}`,
      artifact: 'image',
      platforms: ''
    })
    expect(JSON.parse(result.outputs.json!)).toMatchObject({ matched: true, verified: 'tag' })
    expect(result.stdout).toContain(
      `Verified against the registry: ${registry.host}/team/web@${v1.digest} exists, and ${registry.host}/team/web:v1.4.2 still points to it`
    )
    expect(result.summary).toContain('digest and tag, against the registry')
  })

  test('the refresh token and the bearer token are masked, and printed nowhere else', async () => {
    const result = await run(dispatch(registry.host, 'team/web', v1, 'v1.4.2'), { verify: 'digest' })
    const masks = runnerCommands(result.stdout).filter(c => c.name === 'add-mask')
    expect(masks.map(m => m.data)).toContain(REFRESH_TOKEN)
    expect(masks.some(m => /^eyJ/.test(m.data))).toBe(true)
    const unmasked = result.stdout.split('\n').filter(line => !line.startsWith('::add-mask::'))
    for (const mask of masks) expect(unmasked.join('\n')).not.toContain(mask.data)
  })

  test('an index: platforms from the manifest', async () => {
    const result = await run(dispatch(registry.host, 'team/multi', index, 'v2.0.0'), { verify: 'tag', artifacts: 'index, image' })
    expect(result.status, result.stdout).toBe(0)
    expect(result.outputs).toMatchObject({ matched: 'true', artifact: 'index', platforms: 'linux/amd64,linux/arm64/v8' })
    expect(JSON.parse(result.outputs.json!).platforms).toEqual(['linux/amd64', 'linux/arm64/v8'])
  })

  test('a Helm chart the event calls an image: artifact helm-chart, and artifacts is applied to it', async () => {
    const event = dispatch(registry.host, 'charts/web', chart, '1.2.0')
    const open = await run(event, { verify: 'digest' })
    expect(open.outputs.artifact).toBe('helm-chart')
    const gated = await run(event, { verify: 'digest', artifacts: 'index, image' })
    expect(gated.status, gated.stdout).toBe(0)
    expect(gated.outputs.matched).toBe('false')
    expect(JSON.parse(gated.outputs.json!).reason).toBe('artifact "helm-chart" is not one of artifacts "index", "image"')
  })

  test('a moved tag: matched=false, the reason, no deploy output', async () => {
    const old = await pushImage(registry, 'team/web', 'v1.5.0')
    const event = dispatch(registry.host, 'team/web', old, 'v1.5.0')
    const now = await pushImage(registry, 'team/web', 'v1.5.0')
    const result = await run(event, { verify: 'tag' })
    expect(result.status, result.stdout).toBe(0)
    expect(result.outputs.matched).toBe('false')
    for (const name of DEPLOY_OUTPUTS) expect(result.outputs, name).not.toHaveProperty(name)
    expect(JSON.parse(result.outputs.json!).reason).toBe(`stale: tag v1.5.0 now points to ${now.digest}`)
    expect(result.stdout).toContain(`::notice::Skipped: stale: tag v1.5.0 now points to ${now.digest}`)
  })

  test('a moved tag with on-mismatch: fail: a failed step, no output', async () => {
    const old = await pushImage(registry, 'team/web', 'v1.6.0')
    const event = dispatch(registry.host, 'team/web', old, 'v1.6.0')
    await pushImage(registry, 'team/web', 'v1.6.0')
    const result = await run(event, { verify: 'tag', 'on-mismatch': 'fail' })
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/::error::The push event did not pass verification against the registry: stale: tag v1\.6\.0 now points to sha256:/)
    expect(result.outputs).toEqual({})
  })

  test('wrong credentials: a failed step naming the host, the status and what to check', async () => {
    const wrong = dockerConfigFolder('acr-wrong', { auths: { [registry.host]: { identitytoken: 'expired-refresh-token' } } })
    const result = await runActionAsync({
      event: dispatch(registry.host, 'team/web', v1, 'v1.4.2'),
      inputs: { registries: '127.0.0.1:*', verify: 'digest' },
      env: { DOCKER_CONFIG: wrong }
    })
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(
      new RegExp(
        `::error::The token service 127\\.0\\.0\\.1:\\d+ of ${registry.host.replace(/\./g, '\\.')} answered HTTP 401: it refused the credentials`
      )
    )
    expect(result.stdout).toContain('that the password or token has not expired')
    expect(result.outputs).toEqual({})
  })

  test('a host not in registries is never asked: the filter refuses it', async () => {
    const before = registry.tokenServer!.grants.length
    const result = await run(dispatch(registry.host, 'team/web', v1, 'v1.4.2'), { verify: 'tag', registries: '*.azurecr.io' })
    expect(result.outputs.matched).toBe('false')
    expect(JSON.parse(result.outputs.json!).reason).toBe(`registry "${registry.host}" does not match registries "*.azurecr.io"`)
    expect(registry.tokenServer!.grants.length).toBe(before)
  })
})

describe('verify in the bundle: htpasswd basic auth (docker/login-action)', { tags: [NEEDS_DOCKER_REGISTRY] }, () => {
  let registry: LocalRegistry
  let v1: Descriptor
  beforeAll(async () => {
    registry = await startRegistry('htpasswd')
    v1 = await pushImage(registry, 'team/web', 'v1.4.2')
  }, 60_000)
  afterAll(async () => registry?.stop())

  test('a current tag: matched; the password is masked', async () => {
    const dockerConfig = dockerConfigFolder('htpasswd', {
      auths: { [registry.host]: { auth: Buffer.from(`${USER.username}:${USER.password}`).toString('base64') } }
    })
    const result = await runActionAsync({
      event: dispatch(registry.host, 'team/web', v1, 'v1.4.2'),
      inputs: { registries: '127.0.0.1:*', verify: 'tag' },
      env: { DOCKER_CONFIG: dockerConfig }
    })
    expect(result.status, result.stdout).toBe(0)
    expect(result.outputs.matched).toBe('true')
    expect(
      runnerCommands(result.stdout)
        .filter(c => c.name === 'add-mask')
        .map(c => c.data)
    ).toContain(USER.password)
  })
})

describe('verify in the bundle: failures before and without a registry', () => {
  const someDigest = { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${'a'.repeat(64)}`, size: 1 }

  test('the registry is down: a failed step, no output', async () => {
    const host = `127.0.0.1:${await freePort()}`
    const result = await runActionAsync({
      event: dispatch(host, 'team/web', someDigest, 'v1'),
      inputs: { registries: '127.0.0.1:*', verify: 'digest' }
    })
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(`::error::Cannot reach the registry ${host} (ECONNREFUSED)`)
    expect(result.outputs).toEqual({})
  })

  test.each([
    [{ verify: 'tag' }, 'Input "verify": "tag" needs registries to name the hosts it may call'],
    [
      { verify: 'digest', registries: '!evil.example' },
      'Input "verify": "digest" needs registries, which holds only exclusions (!evil.example), to name also the hosts it may call'
    ],
    [{ verify: 'tag', registries: '*' }, 'Input "verify": registries "*" allows any host'],
    [{ verify: 'tag', registries: '?*' }, 'Input "verify": registries "?*" allows any host'],
    [{ verify: 'tag', registries: '*.*' }, 'Input "verify": registries "*.*" allows any host'],
    [{ verify: 'digest', registries: 'myregistry.azurecr.io, *:*' }, 'Input "verify": registries "*:*" allows any host'],
    [{ verify: 'yes', registries: 'r.azurecr.io' }, 'Input "verify": must be empty, "digest" or "tag"; got "yes"']
  ])('%j is refused before any connection', async (inputs, message) => {
    // The event names a listener that counts connections: a refused input must make none.
    let connections = 0
    const listener = createServer(socket => {
      connections++
      socket.destroy()
    })
    await new Promise<void>(resolve => listener.listen(0, '127.0.0.1', resolve))
    const host = `127.0.0.1:${(listener.address() as AddressInfo).port}`
    try {
      const result = await runActionAsync({ event: dispatch(host, 'team/web', someDigest, 'v1'), inputs })
      expect(result.status).toBe(1)
      expect(result.stdout).toContain(`::error::${message}`)
      expect(result.outputs).toEqual({})
      expect(connections).toBe(0)
    } finally {
      listener.close()
    }
  })

  test('a chart event has no host: the reason says it cannot be verified', async () => {
    const { fixture } = await import('../support/fixtures.js')
    const result = await runActionAsync({
      event: { action: 'acr-chart_push', client_payload: fixture('native-chart-push.json') },
      inputs: { registries: '*.azurecr.io', verify: 'digest' }
    })
    expect(result.status, result.stdout).toBe(0)
    expect(result.outputs.matched).toBe('false')
    expect(JSON.parse(result.outputs.json!).reason).toBe(
      'the chart_push event has no registry, so it does not match registries "*.azurecr.io"; and the chart_push event carries no registry host (chart events and events from connected registries name none), so verify: digest cannot check it against a registry'
    )
  })
})
