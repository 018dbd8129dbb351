// verify against a real registry (the CNCF distribution registry, started
// here on loopback) in its three modes, with manifests this test pushes.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { RegistryError } from '../../src/action/registry-client.js'
import { verifyEvent, type VerifyOptions } from '../../src/action/verify.js'
import type { VerifyMode } from '../../src/action/inputs.js'
import { GlobList } from '../../src/glob-list.js'
import {
  freePort,
  pushCosignSignature,
  pushHelmChart,
  pushImage,
  pushIndex,
  REFRESH_TOKEN,
  startRegistry,
  USER,
  type Descriptor,
  type LocalRegistry,
  type RegistryMode
} from '../support/registry.js'
import { registryEvent, writeDockerConfig } from '../support/registry-event.js'
import { NEEDS_DOCKER_REGISTRY } from '../support/docker-tests.js'

let work: string
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'acr-verify-'))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** A DOCKER_CONFIG folder holding `config` as config.json; returns the file's path. */
const dockerConfig = (name: string, config: object) => join(writeDockerConfig(work, name, config), 'config.json')

const basicAuth = (host: string, username = USER.username, password = USER.password) => ({
  auths: { [host]: { auth: Buffer.from(`${username}:${password}`).toString('base64') } }
})

function options(registry: LocalRegistry, mode: VerifyMode, configPath: string, secrets: string[] = []): VerifyOptions {
  return {
    mode,
    registries: new GlobList(['127.0.0.1:*'], { caseInsensitive: true }),
    dockerConfigPath: configPath,
    onSecret: secret => secrets.push(secret),
    timeoutMs: 5000
  }
}

/** Each mode with the credentials that open it; the token mode twice, as ACR is used: a password, and az acr login's refresh token. */
const MODES: Array<{ name: string; mode: RegistryMode; config: (host: string) => object }> = [
  { name: 'anonymous', mode: 'anonymous', config: () => ({}) },
  { name: 'htpasswd, basic auth', mode: 'htpasswd', config: host => basicAuth(host) },
  { name: 'token, basic grant', mode: 'token', config: host => basicAuth(host) },
  {
    name: 'token, refresh-token grant (az acr login)',
    mode: 'token',
    config: host => ({
      auths: { [host]: { auth: Buffer.from('00000000-0000-0000-0000-000000000000:').toString('base64'), identitytoken: REFRESH_TOKEN } }
    })
  }
]

describe.each(MODES)('verify against a registry: $name', { tags: [NEEDS_DOCKER_REGISTRY] }, ({ name, mode, config }) => {
  let registry: LocalRegistry
  let configPath: string
  let v1: Descriptor
  let v2: Descriptor
  beforeAll(async () => {
    registry = await startRegistry(mode)
    configPath = dockerConfig(name.replace(/\W+/g, '-'), config(registry.host))
    v1 = await pushImage(registry, 'team/web', 'v1.4.2')
    v2 = await pushImage(registry, 'team/web', 'v1.4.3')
  }, 60_000)
  afterAll(async () => registry?.stop())

  test('digest present: verified, artifact image, no platforms', async () => {
    const secrets: string[] = []
    const result = await verifyEvent(registryEvent(registry.host, 'team/web', v1, 'v1.4.2'), options(registry, 'digest', configPath, secrets))
    expect(result).toEqual({ verified: true, artifact: 'image', platforms: [], summary: `${registry.host}/team/web@${v1.digest} exists` })
    if (mode !== 'anonymous') expect(secrets.length).toBeGreaterThan(0)
  })

  test('digest absent: a mismatch naming the manifest', async () => {
    const missing = { ...v1, digest: `sha256:${'0'.repeat(64)}` }
    const result = await verifyEvent(registryEvent(registry.host, 'team/web', missing, 'v1.4.2'), options(registry, 'digest', configPath))
    expect(result).toEqual({
      verified: false,
      reason: `the registry has no manifest ${registry.host}/team/web@sha256:${'0'.repeat(64)} (deleted since, or never pushed there)`
    })
  })

  test('tag current: verified, and the tag still points at the digest', async () => {
    const result = await verifyEvent(registryEvent(registry.host, 'team/web', v2, 'v1.4.3'), options(registry, 'tag', configPath))
    expect(result).toMatchObject({
      verified: true,
      summary: `${registry.host}/team/web@${v2.digest} exists, and ${registry.host}/team/web:v1.4.3 still points to it`
    })
  })

  test('tag moved: stale, naming where it points now', async () => {
    const first = await pushImage(registry, 'team/web', 'v1.4.4')
    const event = registryEvent(registry.host, 'team/web', first, 'v1.4.4')
    const now = await pushImage(registry, 'team/web', 'v1.4.4')
    expect(await verifyEvent(event, options(registry, 'tag', configPath))).toEqual({
      verified: false,
      reason: `stale: tag v1.4.4 now points to ${now.digest}`
    })
    // The same event with verify: digest still passes: the old manifest exists.
    expect((await verifyEvent(event, options(registry, 'digest', configPath))).verified).toBe(true)
  })

  test('an event for an older digest replayed under a tag that moved on (a rollback) is stale', async () => {
    const rollback = registryEvent(registry.host, 'team/web', v1, 'v1.4.3')
    expect(await verifyEvent(rollback, options(registry, 'tag', configPath))).toEqual({
      verified: false,
      reason: `stale: tag v1.4.3 now points to ${v2.digest}`
    })
  })

  test('tag deleted, manifest kept: stale', async () => {
    const pushed = await pushImage(registry, 'team/web', 'v0.9.0')
    registry.untag('team/web', 'v0.9.0')
    const result = await verifyEvent(registryEvent(registry.host, 'team/web', pushed, 'v0.9.0'), options(registry, 'tag', configPath))
    expect(result).toEqual({ verified: false, reason: `stale: tag v0.9.0 no longer exists in ${registry.host}/team/web` })
  })

  test('manifest deleted with its tags: no manifest; and the delete event itself is verified', async () => {
    const pushed = await pushImage(registry, 'team/web', 'v0.8.0')
    await registry.deleteManifest('team/web', pushed.digest)
    const push = await verifyEvent(registryEvent(registry.host, 'team/web', pushed, 'v0.8.0'), options(registry, 'tag', configPath))
    expect(push).toMatchObject({ verified: false, reason: expect.stringMatching(/^the registry has no manifest/) })
    const deleted = await verifyEvent(registryEvent(registry.host, 'team/web', pushed, undefined, 'delete'), options(registry, 'digest', configPath))
    expect(deleted).toMatchObject({ verified: true })
  })

  test('a delete event for a manifest that is there again is stale', async () => {
    const result = await verifyEvent(registryEvent(registry.host, 'team/web', v1, undefined, 'delete'), options(registry, 'tag', configPath))
    expect(result).toEqual({
      verified: false,
      reason: `stale: the registry still has ${registry.host}/team/web@${v1.digest}, which this delete event says is gone (pushed again since, or never deleted there)`
    })
  })

  test('an index with two platforms: artifact index, platforms from the manifest (buildx attestations left out)', async () => {
    const index = await pushIndex(registry, 'team/multi', 'v2.0.0')
    const result = await verifyEvent(registryEvent(registry.host, 'team/multi', index, 'v2.0.0'), options(registry, 'tag', configPath))
    expect(result).toMatchObject({ verified: true, artifact: 'index', platforms: ['linux/amd64', 'linux/arm64/v8'] })
  })

  test('a Helm chart, which the event reads as an image: helm-chart from its config media type', async () => {
    const chart = await pushHelmChart(registry, 'charts/web', '1.2.0')
    const event = registryEvent(registry.host, 'charts/web', chart, '1.2.0')
    expect(event.artifact).toBe('image')
    expect(await verifyEvent(event, options(registry, 'tag', configPath))).toMatchObject({ verified: true, artifact: 'helm-chart', platforms: [] })
  })

  test('a cosign signature pushed by digest, which the event reads as an image: signature from its layers', async () => {
    const signature = await pushCosignSignature(registry, 'team/web', v2)
    const byDigest = registryEvent(registry.host, 'team/web', signature)
    expect(byDigest.artifact).toBe('image')
    expect(await verifyEvent(byDigest, options(registry, 'digest', configPath))).toMatchObject({ verified: true, artifact: 'signature' })
    const tagged = registryEvent(registry.host, 'team/web', signature, `${v2.digest.replace(':', '-')}.sig`)
    expect(await verifyEvent(tagged, options(registry, 'tag', configPath))).toMatchObject({ verified: true, artifact: 'signature' })
  })

  test('a host not in registries is never asked', async () => {
    const result = await verifyEvent(registryEvent(registry.host, 'team/web', v1, 'v1.4.2'), {
      ...options(registry, 'digest', configPath),
      registries: new GlobList(['*.azurecr.io'], { caseInsensitive: true })
    })
    expect(result).toEqual({ verified: false, reason: `registry "${registry.host}" is not in registries "*.azurecr.io", so it was not asked` })
  })

  if (mode !== 'anonymous') {
    test('wrong credentials fail with the host, the status and what to check', async () => {
      const wrong = dockerConfig(`${name.replace(/\W+/g, '-')}-wrong`, basicAuth(registry.host, USER.username, 'not-the-password'))
      const failure = verifyEvent(registryEvent(registry.host, 'team/web', v1, 'v1.4.2'), options(registry, 'digest', wrong))
      await expect(failure).rejects.toBeInstanceOf(RegistryError)
      await expect(failure).rejects.toThrow(
        /answered HTTP 401: it refused the credentials the Docker config holds for 127\.0\.0\.1:\d+: check the login step/
      )
    })

    test('no credentials at all: fails and says to log in', async () => {
      const none = dockerConfig(`${name.replace(/\W+/g, '-')}-none`, {})
      await expect(verifyEvent(registryEvent(registry.host, 'team/web', v1, 'v1.4.2'), options(registry, 'digest', none))).rejects.toThrow(
        /answered HTTP 401: it requires credentials, and the Docker config has none for 127\.0\.0\.1:\d+: log in before this step/
      )
    })
  }

  if (mode === 'token') {
    test('one token serves both requests of verify: tag', async () => {
      const before = registry.tokenServer!.grants.length
      await verifyEvent(registryEvent(registry.host, 'team/web', v2, 'v1.4.3'), options(registry, 'tag', configPath))
      expect(registry.tokenServer!.grants.length - before).toBe(1)
    })

    test('the bearer token obtained is handed to onSecret for masking', async () => {
      const secrets: string[] = []
      await verifyEvent(registryEvent(registry.host, 'team/web', v2, 'v1.4.3'), options(registry, 'digest', configPath, secrets))
      expect(secrets.some(secret => /^eyJ[\w-]+\.[\w-]+\.[\w-]+$/.test(secret))).toBe(true)
    })
  }
})

describe('verify when the registry is down', () => {
  test('connection refused fails with the host and what to check', async () => {
    const port = await freePort()
    const host = `127.0.0.1:${port}`
    const digest = `sha256:${'a'.repeat(64)}`
    const event = registryEvent(host, 'team/web', { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest, size: 1 }, 'v1')
    const failure = verifyEvent(event, {
      mode: 'tag',
      registries: new GlobList(['127.0.0.1:*']),
      dockerConfigPath: join(work, 'absent', 'config.json'),
      onSecret: () => {}
    })
    await expect(failure).rejects.toThrow(
      `Cannot reach the registry ${host} (ECONNREFUSED): check that the host is up and that this runner can reach it (DNS, firewall, private endpoint); nothing was assumed verified`
    )
  })
})

describe('verify when the registry misbehaves (what a real registry never does, so a small server plays it)', () => {
  test.each([
    ['a manifest that does not hash to its digest', 200, 'whose content does not hash to that digest; it cannot be trusted to verify'],
    ['a server error', 503, 'answered HTTP 503 to GET /v2/team/web/manifests/sha256:'],
    ['a redirect', 307, 'answered HTTP 307']
  ])('%s fails the step', async (_name, status, message) => {
    const { createServer } = await import('node:http')
    const server = createServer((_request, response) =>
      response.writeHead(status, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }).end('{}')
    )
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const host = `127.0.0.1:${(server.address() as { port: number }).port}`
    try {
      const event = registryEvent(
        host,
        'team/web',
        { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${'a'.repeat(64)}`, size: 2 },
        'v1'
      )
      const options = {
        mode: 'digest' as const,
        registries: new GlobList(['127.0.0.1:*']),
        dockerConfigPath: join(work, 'none', 'config.json'),
        onSecret: () => {}
      }
      await expect(verifyEvent(event, options)).rejects.toThrow(message)
    } finally {
      server.closeAllConnections()
      server.close()
    }
  })
})
