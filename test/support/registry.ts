// A real registry for the tests: the CNCF distribution registry (Debian's
// docker-registry), started on loopback with its storage in a temporary
// folder, in one of three modes, as a registry is met in the field:
// - anonymous: no auth at all;
// - htpasswd: HTTP Basic, users in a bcrypt htpasswd file;
// - token: the distribution token flow, behind a token server run here that
//   speaks the Docker token protocol the way ACR's /oauth2/token does (GET
//   with basic credentials; POST with grant_type=refresh_token or password),
//   and signs RS256 JWTs with a key and self-signed certificate made by
//   openssl, the certificate sent in the JWT's x5c header (what registry 2.8
//   verifies against its rootcertbundle).
// Manifests are pushed by HTTP from blobs the tests write, with this file's
// own client: the client under test only reads. Node modules and bcryptjs
// only, so that `npm run bench` imports it too (Node 24 strips the types).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { createHash, createPrivateKey, randomBytes, randomUUID, sign, X509Certificate, type KeyObject } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createNetServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import bcrypt from 'bcryptjs'
import { registryBinary } from '../../scripts/check-test-prerequisites.mjs'

/** DOCKER_REGISTRY_BINARY, or docker-registry on PATH, as npm test's prerequisite check finds it. */
export const REGISTRY_BINARY = registryBinary() ?? 'docker-registry'

export type RegistryMode = 'anonymous' | 'htpasswd' | 'token'

export const USER = { username: 'deployer', password: 'correct-horse-battery' }
/** What `az acr login` stores as identitytoken: the token server takes it in a refresh-token grant. */
export const REFRESH_TOKEN = `refresh-${randomUUID()}`
const SERVICE = 'test-registry'
const ISSUER = 'test-token-server'

export const MEDIA = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar+gzip',
  helmConfig: 'application/vnd.cncf.helm.config.v1+json',
  helmChart: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip',
  cosignSimpleSigning: 'application/vnd.dev.cosign.simplesigning.v1+json',
  inToto: 'application/vnd.in-toto+json'
} as const

export interface TokenServer {
  readonly url: string
  /** Requests the token server answered, by grant: "basic", "refresh_token", "password", "anonymous". */
  readonly grants: string[]
  stop(): Promise<void>
}

export interface LocalRegistry {
  readonly mode: RegistryMode
  /** `127.0.0.1:<port>`, as an event's request.host names it. */
  readonly host: string
  readonly tokenServer?: TokenServer
  pushBlob(repository: string, content: Buffer): Promise<Descriptor>
  pushManifest(repository: string, reference: string, manifest: object): Promise<Descriptor>
  deleteManifest(repository: string, digest: string): Promise<void>
  /** Removes a tag and nothing else (registry 2.8 has no API for it: its DELETE takes a digest only). */
  untag(repository: string, tag: string): void
  stop(): Promise<void>
}

export interface Descriptor {
  readonly mediaType: string
  readonly digest: string
  readonly size: number
}

/** Fails with a message saying what to install, rather than skipping: these tests are the proof that verify works. */
export function requireRegistryBinary(): void {
  if (!existsSync(REGISTRY_BINARY)) {
    throw new Error(
      `The registry tests need the CNCF distribution registry (${REGISTRY_BINARY} not found): install Debian's docker-registry package (apt-get install docker-registry), set DOCKER_REGISTRY_BINARY to a registry binary, or leave these tests out with ACR_SKIP_DOCKER_TESTS=1`
    )
  }
}

export async function freePort(): Promise<number> {
  const server = createNetServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>(resolve => server.close(() => resolve()))
  return port
}

export async function startRegistry(mode: RegistryMode): Promise<LocalRegistry> {
  requireRegistryBinary()
  const dir = mkdtempSync(join(tmpdir(), `acr-registry-${mode}-`))
  let tokenServer: TokenServer | undefined
  let auth = ''
  if (mode === 'htpasswd') {
    writeFileSync(join(dir, 'htpasswd'), `${USER.username}:${bcrypt.hashSync(USER.password, 5)}\n`)
    auth = `auth:\n  htpasswd:\n    realm: ${SERVICE}\n    path: ${join(dir, 'htpasswd')}\n`
  } else if (mode === 'token') {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        `/CN=${ISSUER}`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem')
      ],
      {
        stdio: 'ignore'
      }
    )
    tokenServer = await startTokenServer(readFileSync(join(dir, 'key.pem'), 'utf8'), readFileSync(join(dir, 'cert.pem'), 'utf8'))
    auth = `auth:\n  token:\n    realm: ${tokenServer.url}/token\n    service: ${SERVICE}\n    issuer: ${ISSUER}\n    rootcertbundle: ${join(dir, 'cert.pem')}\n`
  }
  const { process: child, host } = await launch(dir, auth)
  const pushAuthorization = async (repository: string): Promise<string | undefined> => {
    if (mode === 'htpasswd') return basic(USER.username, USER.password)
    if (mode === 'token') return `Bearer ${await tokenFor(tokenServer!.url, repository)}`
    return undefined
  }

  const send = async (method: string, url: string, repository: string, headers: Record<string, string> = {}, body?: Buffer | string) => {
    const authorization = await pushAuthorization(repository)
    const response = await fetch(new URL(url, `http://${host}`), {
      method,
      headers: { ...headers, ...(authorization ? { authorization } : {}) },
      body,
      redirect: 'manual'
    })
    return response
  }

  return {
    mode,
    host,
    tokenServer,
    async pushBlob(repository, content) {
      const digest = `sha256:${createHash('sha256').update(content).digest('hex')}`
      const started = await send('POST', `/v2/${repository}/blobs/uploads/`, repository)
      if (started.status !== 202) throw new Error(`blob upload start: HTTP ${started.status} ${await started.text()}`)
      const location = new URL(started.headers.get('location')!, `http://${host}`)
      location.searchParams.set('digest', digest)
      const put = await send('PUT', location.toString(), repository, { 'content-type': 'application/octet-stream' }, content)
      if (put.status !== 201) throw new Error(`blob upload: HTTP ${put.status} ${await put.text()}`)
      return { mediaType: 'application/octet-stream', digest, size: content.length }
    },
    async pushManifest(repository, reference, manifest) {
      const text = JSON.stringify(manifest)
      const mediaType = (manifest as { mediaType?: string }).mediaType ?? MEDIA.ociManifest
      const response = await send('PUT', `/v2/${repository}/manifests/${reference}`, repository, { 'content-type': mediaType }, text)
      if (response.status !== 201) throw new Error(`manifest ${repository}:${reference}: HTTP ${response.status} ${await response.text()}`)
      const digest = `sha256:${createHash('sha256').update(text).digest('hex')}`
      if (response.headers.get('docker-content-digest') !== digest) throw new Error('the registry computed another digest')
      return { mediaType, digest, size: Buffer.byteLength(text) }
    },
    async deleteManifest(repository, digest) {
      const response = await send('DELETE', `/v2/${repository}/manifests/${digest}`, repository)
      if (response.status !== 202) throw new Error(`delete ${repository}@${digest}: HTTP ${response.status} ${await response.text()}`)
    },
    untag(repository, tag) {
      // What the registry's own tag service does on untag: remove the tag's folder in its storage.
      rmSync(join(dir, 'data/docker/registry/v2/repositories', repository, '_manifests/tags', tag), { recursive: true })
    },
    async stop() {
      await stopProcess(child, 5000)
      await tokenServer?.stop()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

async function launch(dir: string, auth: string): Promise<{ process: ChildProcess; host: string }> {
  // A port taken between freePort and the registry's listen is retried with another.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort()
    const host = `127.0.0.1:${port}`
    writeFileSync(
      join(dir, 'config.yml'),
      [
        'version: 0.1',
        'log:',
        '  level: error',
        '  accesslog:',
        '    disabled: true',
        'storage:',
        '  filesystem:',
        `    rootdirectory: ${join(dir, 'data')}`,
        '  delete:',
        '    enabled: true',
        'http:',
        `  addr: ${host}`,
        `  secret: ${randomBytes(16).toString('hex')}`,
        auth
      ].join('\n')
    )
    const child = spawn(REGISTRY_BINARY, ['serve', join(dir, 'config.yml')], { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    try {
      await waitUntilServing(host, child, () => stderr)
      return { process: child, host }
    } catch (error) {
      await stopProcess(child, 5000)
      if (attempt >= 3 || !/address already in use/.test(stderr)) throw error
    }
  }
}

async function waitUntilServing(host: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited with ${child.exitCode}: ${stderr().slice(-2000)}`)
    try {
      const response = await fetch(`http://${host}/v2/`)
      if (response.status === 200 || response.status === 401) return
    } catch {
      // Not listening yet.
    }
    await new Promise(resolve => setTimeout(resolve, 50))
  }
  throw new Error(`docker-registry did not answer on ${host} within 15 s: ${stderr().slice(-2000)}`)
}

/** SIGTERM, then SIGKILL if the process has not exited within `graceMs`; resolves once it has exited. */
export async function stopProcess(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise(resolve => child.once('exit', resolve))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
  await exited
  clearTimeout(timer)
}

export function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
}

/** A push-and-pull token for the harness itself, by the basic grant. */
async function tokenFor(tokenServerUrl: string, repository: string): Promise<string> {
  const url = new URL(`${tokenServerUrl}/token`)
  url.searchParams.set('service', SERVICE)
  url.searchParams.set('scope', `repository:${repository}:pull,push,delete`)
  const response = await fetch(url, { headers: { authorization: basic(USER.username, USER.password), 'x-harness': '1' } })
  const body = (await response.json()) as { token: string }
  return body.token
}

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url')
}

/** The token server: the Docker token protocol, with ACR's refresh-token grant. */
async function startTokenServer(keyPem: string, certPem: string): Promise<TokenServer> {
  const key: KeyObject = createPrivateKey(keyPem)
  const x5c = [new X509Certificate(certPem).raw.toString('base64')]
  const grants: string[] = []

  const issue = (subject: string, scopes: string[]): string => {
    const now = Math.floor(Date.now() / 1000)
    const access = scopes
      .map(scope => /^repository:([^:]+):(.+)$/.exec(scope))
      .filter(match => match !== null)
      .map(match => ({ type: 'repository', name: match[1], actions: subject === '' ? [] : match[2]!.split(',') }))
    const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'RS256', x5c }))
    const claims = base64url(
      JSON.stringify({ iss: ISSUER, sub: subject, aud: SERVICE, exp: now + 300, nbf: now - 10, iat: now, jti: randomUUID(), access })
    )
    const signature = base64url(sign('sha256', Buffer.from(`${header}.${claims}`), key))
    return `${header}.${claims}.${signature}`
  }

  const answer = (response: ServerResponse, status: number, body: object) => {
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
  }

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://token')
    if (url.pathname !== '/token') return answer(response, 404, { error: 'not found' })
    const harness = request.headers['x-harness'] === '1'
    if (request.method === 'GET') {
      const scopes = url.searchParams.getAll('scope')
      if (url.searchParams.get('service') !== SERVICE) return answer(response, 400, { error: 'unknown service' })
      const authorization = request.headers.authorization
      if (!authorization) {
        if (!harness) grants.push('anonymous')
        // As Docker Hub and ACR (anonymous pull off) do: a token that grants nothing.
        return answer(response, 200, { token: issue('', scopes) })
      }
      if (!harness) grants.push('basic')
      if (authorization !== basic(USER.username, USER.password)) return answer(response, 401, { errors: [{ code: 'UNAUTHORIZED' }] })
      return answer(response, 200, { token: issue(USER.username, scopes), expires_in: 300 })
    }
    if (request.method === 'POST') {
      let text = ''
      for await (const chunk of request) text += (chunk as Buffer).toString('utf8')
      const form = new URLSearchParams(text)
      const grant = form.get('grant_type') ?? ''
      grants.push(grant)
      if (form.get('service') !== SERVICE) return answer(response, 400, { error: 'invalid_request' })
      const scopes = (form.get('scope') ?? '').split(' ').filter(Boolean)
      if (grant === 'refresh_token' && form.get('refresh_token') === REFRESH_TOKEN) {
        // ACR answers the refresh-token grant with access_token alone.
        return answer(response, 200, { access_token: issue(USER.username, scopes) })
      }
      if (grant === 'password' && form.get('username') === USER.username && form.get('password') === USER.password) {
        return answer(response, 200, { access_token: issue(USER.username, scopes) })
      }
      return answer(response, 401, { error: 'invalid_grant' })
    }
    return answer(response, 405, { error: 'method not allowed' })
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch(() => answer(response, 500, { error: 'token server' }))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    grants,
    stop: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** An OCI image: a config and one layer of random bytes (so each push is a new digest), then its manifest. */
export async function pushImage(
  registry: LocalRegistry,
  repository: string,
  reference: string,
  platform = { os: 'linux', architecture: 'amd64' }
): Promise<Descriptor> {
  const config = await registry.pushBlob(
    repository,
    Buffer.from(JSON.stringify({ ...platform, rootfs: { type: 'layers', diff_ids: [] }, nonce: randomUUID() }))
  )
  const layer = await registry.pushBlob(repository, randomBytes(64))
  return registry.pushManifest(repository, reference, {
    schemaVersion: 2,
    mediaType: MEDIA.ociManifest,
    config: { ...config, mediaType: MEDIA.ociConfig },
    layers: [{ ...layer, mediaType: MEDIA.ociLayer }]
  })
}

/**
 * A multi-arch image as buildx pushes it: one manifest per platform (by
 * digest), an attestation manifest under unknown/unknown, then the index.
 */
export async function pushIndex(registry: LocalRegistry, repository: string, tag: string): Promise<Descriptor> {
  const platforms = [
    { os: 'linux', architecture: 'amd64' },
    { os: 'linux', architecture: 'arm64', variant: 'v8' }
  ]
  const entries = []
  for (const platform of platforms) {
    const manifest = await pushImageByDigest(registry, repository, platform)
    entries.push({ ...manifest, platform })
  }
  const attestationLayer = await registry.pushBlob(repository, Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v0.1' })))
  const attestationConfig = await registry.pushBlob(repository, Buffer.from('{}'))
  const attestation = await pushManifestByDigest(registry, repository, {
    schemaVersion: 2,
    mediaType: MEDIA.ociManifest,
    config: { ...attestationConfig, mediaType: MEDIA.ociConfig },
    layers: [{ ...attestationLayer, mediaType: MEDIA.inToto }]
  })
  entries.push({
    ...attestation,
    platform: { os: 'unknown', architecture: 'unknown' },
    annotations: { 'vnd.docker.reference.type': 'attestation-manifest' }
  })
  return registry.pushManifest(repository, tag, { schemaVersion: 2, mediaType: MEDIA.ociIndex, manifests: entries })
}

async function pushImageByDigest(registry: LocalRegistry, repository: string, platform: object): Promise<Descriptor> {
  const config = await registry.pushBlob(
    repository,
    Buffer.from(JSON.stringify({ ...platform, rootfs: { type: 'layers', diff_ids: [] }, nonce: randomUUID() }))
  )
  const layer = await registry.pushBlob(repository, randomBytes(64))
  return pushManifestByDigest(registry, repository, {
    schemaVersion: 2,
    mediaType: MEDIA.ociManifest,
    config: { ...config, mediaType: MEDIA.ociConfig },
    layers: [{ ...layer, mediaType: MEDIA.ociLayer }]
  })
}

/** A push by digest: the reference is the manifest's own digest. */
async function pushManifestByDigest(registry: LocalRegistry, repository: string, manifest: object): Promise<Descriptor> {
  const digest = `sha256:${createHash('sha256').update(JSON.stringify(manifest)).digest('hex')}`
  return registry.pushManifest(repository, digest, manifest)
}

/** A Helm 3 chart as `helm push` stores it: Helm's config media type and one chart layer. */
export async function pushHelmChart(registry: LocalRegistry, repository: string, version: string): Promise<Descriptor> {
  const config = await registry.pushBlob(repository, Buffer.from(JSON.stringify({ name: 'web', version, apiVersion: 'v2' })))
  const chart = await registry.pushBlob(repository, randomBytes(128))
  return registry.pushManifest(repository, version, {
    schemaVersion: 2,
    mediaType: MEDIA.ociManifest,
    config: { ...config, mediaType: MEDIA.helmConfig },
    layers: [{ ...chart, mediaType: MEDIA.helmChart }]
  })
}

/** A cosign signature of `signed`, as `cosign sign` stores it: a simplesigning layer, under the tag sha256-<hex>.sig. */
export async function pushCosignSignature(registry: LocalRegistry, repository: string, signed: Descriptor): Promise<Descriptor> {
  const payload = await registry.pushBlob(
    repository,
    Buffer.from(
      JSON.stringify({
        critical: {
          identity: { 'docker-reference': repository },
          image: { 'docker-manifest-digest': signed.digest },
          type: 'cosign container image signature'
        }
      })
    )
  )
  const config = await registry.pushBlob(
    repository,
    Buffer.from(JSON.stringify({ architecture: '', os: '', rootfs: { type: 'layers', diff_ids: [] } }))
  )
  return registry.pushManifest(repository, `${signed.digest.replace(':', '-')}.sig`, {
    schemaVersion: 2,
    mediaType: MEDIA.ociManifest,
    config: { ...config, mediaType: MEDIA.ociConfig },
    layers: [{ ...payload, mediaType: MEDIA.cosignSimpleSigning, annotations: { 'dev.cosignproject.cosign/signature': 'MEUCIQ...' } }]
  })
}
