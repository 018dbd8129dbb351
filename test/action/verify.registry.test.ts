// verify against a real registry (the CNCF distribution registry, started
// here on loopback) in its three modes, with manifests this test pushes.
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { RegistryError } from '../../src/action/registry/client.js'
import { verifyEvent, type VerifyOptions } from '../../src/action/verify.js'
import type { VerifyMode } from '../../src/action/inputs.js'
import type { AttestationPolicy } from '../../src/action/trust/policy/parse.js'
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
import { pushBundle } from '../support/referrers.js'
import { githubIdentity, loggedInstance, statement } from '../support/sigstore.js'
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

describe('verify with an attestation required, against a registry holding a signed one', { tags: [NEEDS_DOCKER_REGISTRY] }, () => {
  const WORKFLOW = 'octo-org/web/.github/workflows/release.yml'
  let registry: LocalRegistry
  let policy: AttestationPolicy
  let signed: Descriptor
  beforeAll(async () => {
    registry = await startRegistry('anonymous')
    // A Sigstore instance made here, and a trusted root naming it alone: the check stays offline.
    const instance = await loggedInstance()
    const trustedRoot = join(work, 'attested-trusted-root.jsonl')
    writeFileSync(trustedRoot, `${JSON.stringify(instance.trustedRoot)}\n`)
    policy = {
      signer: { kind: 'workflow', repository: 'octo-org/web', path: '.github/workflows/release.yml' },
      issuer: 'https://token.actions.githubusercontent.com',
      predicateType: 'https://slsa.dev/provenance/v1',
      denySelfHostedRunners: false,
      trustedRoot,
      source: 'registry'
    }
    signed = await pushImage(registry, 'team/web', 'v1.0.0')
    await pushBundle(registry, 'team/web', signed, await instance.sign(statement(signed.digest), { identity: githubIdentity(WORKFLOW) }))
  }, 60_000)
  afterAll(async () => registry?.stop())

  test('verified: the summary says what was attested and by whom, and the attestation is returned', async () => {
    const configPath = dockerConfig('attested', {})
    const result = await verifyEvent(registryEvent(registry.host, 'team/web', signed, 'v1.0.0'), {
      ...options(registry, 'tag', configPath),
      attestation: policy
    })
    const pinned = `${registry.host}/team/web@${signed.digest}`
    const attested = `https://slsa.dev/provenance/v1 of ${signed.digest}, signed by ${WORKFLOW}@refs/heads/main (found in the registry's tag index)`
    expect(result).toEqual({
      verified: true,
      artifact: 'image',
      platforms: [],
      summary: `${pinned} exists, and ${registry.host}/team/web:v1.0.0 still points to it; attested: ${attested}`,
      attestation: {
        verified: true,
        signer: {
          workflow: `${WORKFLOW}@refs/heads/main`,
          sourceRepository: 'octo-org/web',
          identity: `https://github.com/${WORKFLOW}@refs/heads/main`
        },
        digest: signed.digest,
        predicateType: 'https://slsa.dev/provenance/v1',
        foundIn: "the registry's tag index",
        summary: attested
      }
    })
  })
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

/** What a small registry on loopback answers for one manifest and one tag; every request it saw, with its Authorization. */
interface Scripted {
  /** The manifest's body and Content-Type for GET and HEAD by digest; status 404 when undefined. */
  manifest?: { body: string; contentType: string }
  /** The HEAD answer for the tag: its status and the Docker-Content-Digest header (none when undefined). */
  tag?: { status: number; digest?: string }
  /** Basic credentials it requires, as user:password. */
  basic?: string
  /** Requires a Bearer token from its token service, which it names at localhost (another host than 127.0.0.1). */
  bearer?: true
  /** Never answers a manifest request. */
  silent?: true
}

const BEARER_TOKEN = 'scripted-bearer-token'

async function scriptedRegistry(script: Scripted) {
  const { createServer } = await import('node:http')
  const seen: Array<{ method: string; url: string; authorization?: string }> = []
  const server = createServer((request, response) => {
    seen.push({ method: request.method!, url: request.url!, authorization: request.headers.authorization })
    if (script.basic && request.headers.authorization !== `Basic ${Buffer.from(script.basic).toString('base64')}`) {
      response.writeHead(401, { 'www-authenticate': 'Basic realm="test"' }).end()
      return
    }
    if (request.url!.startsWith('/token'))
      return void response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: BEARER_TOKEN }))
    if (script.bearer && request.headers.authorization !== `Bearer ${BEARER_TOKEN}`) {
      const realm = `http://localhost:${(server.address() as { port: number }).port}/token`
      response.writeHead(401, { 'www-authenticate': `Bearer realm="${realm}",service="scripted",scope="repository:team/web:pull"` }).end()
      return
    }
    if (request.url === '/v2/') return void response.writeHead(200).end('{}')
    if (script.silent) return
    const byDigest = /\/manifests\/sha256:/.test(request.url!)
    if (byDigest && script.manifest) {
      const body = Buffer.from(script.manifest.body)
      response.writeHead(200, { 'content-type': script.manifest.contentType, 'content-length': body.length })
      return void response.end(request.method === 'HEAD' ? undefined : body)
    }
    if (!byDigest && script.tag) {
      response.writeHead(script.tag.status, script.tag.digest ? { 'docker-content-digest': script.tag.digest } : {})
      return void response.end()
    }
    response.writeHead(404, { 'content-type': 'application/json' }).end('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}')
  })
  // The connections the client left open. The server keeps an idle one for a minute, as a registry may: only the client closes it sooner.
  const open = new Set<import('node:net').Socket>()
  server.keepAliveTimeout = 60_000
  server.on('connection', socket => {
    open.add(socket)
    socket.on('close', () => open.delete(socket))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const host = `127.0.0.1:${(server.address() as { port: number }).port}`
  return {
    host,
    seen,
    /** How many connections are still open once `withinMs` passed or none is. */
    openConnections: async (withinMs: number) => {
      for (const deadline = Date.now() + withinMs; open.size > 0 && Date.now() < deadline;) await new Promise(resolve => setTimeout(resolve, 10))
      return open.size
    },
    close: () => {
      server.closeAllConnections()
      server.close()
    }
  }
}

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
const IMAGE_BODY = JSON.stringify({
  schemaVersion: 2,
  mediaType: OCI_MANIFEST,
  config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: `sha256:${'c'.repeat(64)}`, size: 2 },
  layers: []
})
const sha256 = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`
const pushedAs = (body: string, mediaType = OCI_MANIFEST): Descriptor => ({ mediaType, digest: sha256(body), size: Buffer.byteLength(body) })

function scriptedOptions(mode: VerifyMode, extra: Partial<VerifyOptions> = {}): VerifyOptions {
  return {
    mode,
    registries: new GlobList(['127.0.0.1:*']),
    dockerConfigPath: join(work, 'none', 'config.json'),
    onSecret: () => {},
    timeoutMs: 5000,
    ...extra
  }
}

describe('verify against a small scripted registry: what the distribution registry cannot be made to answer', () => {
  let registry: Awaited<ReturnType<typeof scriptedRegistry>> | undefined
  afterEach(() => registry?.close())

  test.each([
    ['no Docker-Content-Digest header', undefined],
    ['a Docker-Content-Digest that is not a digest', 'sha256:not-hex'],
    ['a Docker-Content-Digest with another algorithm name only', 'md5']
  ])('verify: tag fails when the tag answers with %s', async (_name, digest) => {
    registry = await scriptedRegistry({ manifest: { body: IMAGE_BODY, contentType: OCI_MANIFEST }, tag: { status: 200, digest } })
    const failure = verifyEvent(registryEvent(registry.host, 'team/web', pushedAs(IMAGE_BODY), 'v1'), scriptedOptions('tag'))
    await expect(failure).rejects.toBeInstanceOf(RegistryError)
    await expect(failure).rejects.toThrow(
      `The registry ${registry.host} answered for ${registry.host}/team/web:v1 without a valid Docker-Content-Digest header, so where the tag points cannot be checked`
    )
  })

  test('verify: tag reads the tag with HEAD, by its name, after the manifest by digest', async () => {
    const pushed = pushedAs(IMAGE_BODY)
    registry = await scriptedRegistry({ manifest: { body: IMAGE_BODY, contentType: OCI_MANIFEST }, tag: { status: 200, digest: pushed.digest } })
    const result = await verifyEvent(registryEvent(registry.host, 'team/web', pushed, 'v1'), scriptedOptions('tag'))
    expect(result).toEqual({
      verified: true,
      artifact: 'image',
      platforms: [],
      summary: `${registry.host}/team/web@${pushed.digest} exists, and ${registry.host}/team/web:v1 still points to it`
    })
    expect(registry.seen.filter(r => r.url !== '/v2/').map(r => `${r.method} ${r.url}`)).toEqual([
      `GET /v2/team/web/manifests/${pushed.digest}`,
      'HEAD /v2/team/web/manifests/v1'
    ])
  })

  test.each([
    ['the tag moved', { status: 200, digest: `sha256:${'b'.repeat(64)}` }, `stale: tag v1 now points to sha256:${'b'.repeat(64)}`],
    ['the tag is gone', { status: 404 }, (host: string) => `stale: tag v1 no longer exists in ${host}/team/web`]
  ])('verify: tag when %s is stale, and says so', async (_name, tag, reason) => {
    registry = await scriptedRegistry({ manifest: { body: IMAGE_BODY, contentType: OCI_MANIFEST }, tag })
    const result = await verifyEvent(registryEvent(registry.host, 'team/web', pushedAs(IMAGE_BODY), 'v1'), scriptedOptions('tag'))
    expect(result).toEqual({ verified: false, reason: typeof reason === 'string' ? reason : reason(registry.host) })
  })

  test('an event verify cannot check is answered without a request', async () => {
    registry = await scriptedRegistry({ manifest: { body: IMAGE_BODY, contentType: OCI_MANIFEST } })
    const byDigest = registryEvent(registry.host, 'team/web', pushedAs(IMAGE_BODY))
    expect(await verifyEvent(byDigest, scriptedOptions('tag'))).toEqual({
      verified: false,
      reason:
        'the push event has no tag (a push by digest), so verify: tag cannot check that a tag still points at it; use verify: digest for such events'
    })
    expect(registry.seen).toEqual([])
  })

  test('the connection to the registry is closed once the answer is there, not left for the registry to drop', async () => {
    registry = await scriptedRegistry({ manifest: { body: IMAGE_BODY, contentType: OCI_MANIFEST } })
    const result = await verifyEvent(registryEvent(registry.host, 'team/web', pushedAs(IMAGE_BODY), 'v1'), scriptedOptions('digest'))
    expect(result).toMatchObject({ verified: true })
    expect(await registry.openConnections(2000)).toBe(0)
  })

  test('a manifest that is not a JSON object fails the step, naming the manifest', async () => {
    registry = await scriptedRegistry({ manifest: { body: '[]', contentType: OCI_MANIFEST } })
    const pushed = pushedAs('[]')
    await expect(verifyEvent(registryEvent(registry.host, 'team/web', pushed, 'v1'), scriptedOptions('digest'))).rejects.toThrow(
      `manifest ${registry.host}/team/web@${pushed.digest}: must be a JSON object`
    )
  })

  test('verify: digest never asks for the tag', async () => {
    registry = await scriptedRegistry({ manifest: { body: IMAGE_BODY, contentType: OCI_MANIFEST }, tag: { status: 404 } })
    const pushed = pushedAs(IMAGE_BODY)
    const result = await verifyEvent(registryEvent(registry.host, 'team/web', pushed, 'v1'), scriptedOptions('digest'))
    expect(result).toEqual({ verified: true, artifact: 'image', platforms: [], summary: `${registry.host}/team/web@${pushed.digest} exists` })
    expect(registry.seen.some(r => r.url.endsWith('/manifests/v1'))).toBe(false)
  })

  test('a manifest without mediaType is read by its Content-Type: an index, with its platforms', async () => {
    const body = JSON.stringify({
      schemaVersion: 2,
      manifests: [
        { mediaType: OCI_MANIFEST, digest: `sha256:${'d'.repeat(64)}`, size: 10, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } }
      ]
    })
    registry = await scriptedRegistry({ manifest: { body, contentType: `${OCI_INDEX}; charset=utf-8` } })
    const result = await verifyEvent(registryEvent(registry.host, 'team/web', pushedAs(body, OCI_INDEX)), scriptedOptions('digest'))
    expect(result).toMatchObject({ verified: true, artifact: 'index', platforms: ['linux/arm64/v8'] })
  })

  test('a delete of a manifest that is gone is verified, with the artifact the event names', async () => {
    registry = await scriptedRegistry({})
    const pushed = pushedAs(IMAGE_BODY)
    const result = await verifyEvent(registryEvent(registry.host, 'team/web', pushed, undefined, 'delete'), scriptedOptions('tag'))
    expect(result).toEqual({
      verified: true,
      artifact: 'image',
      platforms: [],
      summary: `${registry.host}/team/web@${pushed.digest} is gone from the registry, as the delete says`
    })
    expect(registry.seen.filter(r => r.url !== '/v2/').map(r => r.method)).toEqual(['HEAD'])
  })

  test('a delete when an attestation is required is not verified: there is no image to attest', async () => {
    registry = await scriptedRegistry({})
    const result = await verifyEvent(registryEvent(registry.host, 'team/web', pushedAs(IMAGE_BODY), undefined, 'delete'), {
      ...scriptedOptions('digest'),
      attestation: {
        signer: { kind: 'within', prefix: 'org/' },
        issuer: 'https://token.actions.githubusercontent.com',
        predicateType: 'https://slsa.dev/provenance/v1',
        denySelfHostedRunners: false,
        source: 'registry'
      }
    })
    expect(result).toEqual({ verified: false, reason: 'a delete leaves no image whose attestation could be checked' })
  })

  test('an attestation required, and none pushed: not verified, the reason naming the digest and what the manifest is', async () => {
    registry = await scriptedRegistry({ manifest: { body: IMAGE_BODY, contentType: OCI_MANIFEST } })
    const pushed = pushedAs(IMAGE_BODY)
    const attestation: AttestationPolicy = {
      signer: { kind: 'repository', repository: 'org/repo' },
      issuer: 'https://token.actions.githubusercontent.com',
      predicateType: 'https://slsa.dev/provenance/v1',
      denySelfHostedRunners: false,
      source: 'registry'
    }
    const result = await verifyEvent(registryEvent(registry.host, 'team/web', pushed, 'v1'), { ...scriptedOptions('digest'), attestation })
    expect(result).toMatchObject({ verified: false, reason: expect.stringContaining(pushed.digest) })
    // The hint for one platform of a multi-platform image: given only because the manifest read is an image.
    expect(result).toMatchObject({ reason: expect.stringContaining("gate on the index's push (artifacts: index)") })
  })

  test.each([
    ['only exclusions', ['!evil.example'], '"!evil.example"'],
    ['a list that leaves the host out', ['127.0.0.1:*', '!127.0.0.1:*'], '"127.0.0.1:*", "!127.0.0.1:*"']
  ])('registries with %s: the host is never asked', async (_name, patterns, shown) => {
    registry = await scriptedRegistry({ manifest: { body: IMAGE_BODY, contentType: OCI_MANIFEST } })
    const result = await verifyEvent(registryEvent(registry.host, 'team/web', pushedAs(IMAGE_BODY), 'v1'), {
      ...scriptedOptions('digest'),
      registries: new GlobList(patterns)
    })
    expect(result).toEqual({ verified: false, reason: `registry "${registry.host}" is not in registries ${shown}, so it was not asked` })
    expect(registry.seen).toEqual([])
  })

  test('registries with an exclusion beside the pattern that names the host: the host is asked', async () => {
    registry = await scriptedRegistry({ manifest: { body: IMAGE_BODY, contentType: OCI_MANIFEST } })
    const result = await verifyEvent(registryEvent(registry.host, 'team/web', pushedAs(IMAGE_BODY), 'v1'), {
      ...scriptedOptions('digest'),
      registries: new GlobList(['!evil.example', '127.0.0.1:*'])
    })
    expect(result).toMatchObject({ verified: true })
  })

  test('a token service on a host registries allows is used, and its token handed to onSecret', async () => {
    registry = await scriptedRegistry({ manifest: { body: IMAGE_BODY, contentType: OCI_MANIFEST }, bearer: true })
    const secrets: string[] = []
    const result = await verifyEvent(registryEvent(registry.host, 'team/web', pushedAs(IMAGE_BODY), 'v1'), {
      ...scriptedOptions('digest', { registries: new GlobList(['127.0.0.1:*', 'localhost:*']) }),
      onSecret: secret => secrets.push(secret)
    })
    expect(result).toMatchObject({ verified: true })
    expect(secrets).toContain(BEARER_TOKEN)
    expect(registry.seen.some(r => r.url.startsWith('/token'))).toBe(true)
  })

  test('a token service on a host registries does not allow is never asked', async () => {
    registry = await scriptedRegistry({ manifest: { body: IMAGE_BODY, contentType: OCI_MANIFEST }, bearer: true })
    const failure = verifyEvent(registryEvent(registry.host, 'team/web', pushedAs(IMAGE_BODY), 'v1'), scriptedOptions('digest'))
    await expect(failure).rejects.toThrow(/names its token service at localhost:\d+ .*a host registries does not allow/)
    expect(registry.seen.some(r => r.url.startsWith('/token'))).toBe(false)
  })

  test('a registry that never answers fails after timeoutMs, saying so', async () => {
    registry = await scriptedRegistry({ silent: true })
    const failure = verifyEvent(registryEvent(registry.host, 'team/web', pushedAs(IMAGE_BODY), 'v1'), scriptedOptions('digest', { timeoutMs: 300 }))
    await expect(failure).rejects.toThrow(/no answer within 0\.3s/)
  })

  describe('credentials from a credential helper (credHelpers), as docker-credential-acr-env or az acr login set up', () => {
    let bin: string
    beforeAll(() => {
      bin = join(work, 'helper-bin')
      mkdirSync(bin, { recursive: true })
      // The helper protocol: the host on stdin, JSON on stdout; "credentials not found" with exit 1 when it has none.
      writeFileSync(
        join(bin, 'docker-credential-scripted'),
        '#!/bin/sh\nread host\ncase "$host" in\n  127.0.0.1:*) printf \'{"ServerURL":"%s","Username":"helper-user","Secret":"helper-secret"}\' "$host" ;;\n  *) echo "credentials not found in native keychain"; exit 1 ;;\nesac\n',
        { mode: 0o755 }
      )
      // It reads the host first, as real helpers do: exiting before that leaves the writer an EPIPE.
      writeFileSync(join(bin, 'docker-credential-empty'), '#!/bin/sh\nread host\necho "credentials not found in native keychain"\nexit 1\n', {
        mode: 0o755
      })
    })
    const env = () => ({ ...process.env, PATH: `${bin}:${process.env.PATH}` })

    test('the helper is run with the host, its credentials are sent and handed to onSecret first', async () => {
      registry = await scriptedRegistry({ manifest: { body: IMAGE_BODY, contentType: OCI_MANIFEST }, basic: 'helper-user:helper-secret' })
      const configPath = dockerConfig('helper', { credHelpers: { [registry.host]: 'scripted' } })
      const secrets: string[] = []
      const result = await verifyEvent(registryEvent(registry.host, 'team/web', pushedAs(IMAGE_BODY), 'v1'), {
        ...scriptedOptions('digest', { dockerConfigPath: configPath, env: env() }),
        onSecret: secret => secrets.push(secret)
      })
      expect(result).toMatchObject({ verified: true })
      expect(secrets).toContain('helper-secret')
      expect(registry.seen.at(-1)?.authorization).toBe(`Basic ${Buffer.from('helper-user:helper-secret').toString('base64')}`)
    })

    test('a helper with nothing for the host means anonymous: no Authorization is sent', async () => {
      registry = await scriptedRegistry({ manifest: { body: IMAGE_BODY, contentType: OCI_MANIFEST } })
      const configPath = dockerConfig('helper-empty', { credHelpers: { [registry.host]: 'empty' }, auths: { [registry.host]: { auth: 'dTpw' } } })
      const secrets: string[] = []
      const result = await verifyEvent(registryEvent(registry.host, 'team/web', pushedAs(IMAGE_BODY), 'v1'), {
        ...scriptedOptions('digest', { dockerConfigPath: configPath, env: env() }),
        onSecret: secret => secrets.push(secret)
      })
      expect(result).toMatchObject({ verified: true })
      expect(secrets).toEqual([])
      expect(registry.seen.every(r => r.authorization === undefined)).toBe(true)
    })

    test('a helper not on the PATH given in env fails, naming it', async () => {
      registry = await scriptedRegistry({ manifest: { body: IMAGE_BODY, contentType: OCI_MANIFEST } })
      const configPath = dockerConfig('helper-missing', { credHelpers: { [registry.host]: 'scripted' } })
      const failure = verifyEvent(
        registryEvent(registry.host, 'team/web', pushedAs(IMAGE_BODY), 'v1'),
        scriptedOptions('digest', { dockerConfigPath: configPath, env: { PATH: join(work, 'no-such-bin') } })
      )
      await expect(failure).rejects.toThrow(/docker-credential-scripted is not on PATH/)
      expect(registry.seen).toEqual([])
    })
  })
})
