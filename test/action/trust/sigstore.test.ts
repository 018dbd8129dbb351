// The signature half of the attestation check: @sigstore/verify as the action
// calls it, against instances made by the test (test/support/sigstore.ts).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { BundleRefused, loadTrust, TrustError, verifyBundle, type Trust } from '../../../src/action/trust/sigstore/verifier.js'
import {
  bootstrapRoot,
  BootstrapError,
  dataDirectory,
  GITHUB_TUF_MIRROR,
  GITHUB_TUF_ROOT_V1_SIGNED_SHA256,
  signedHash
} from '../../../src/action/trust/sigstore/github-tuf.js'
import { githubIdentity, githubInstance, loggedInstance, statement, type TestInstance } from '../../support/sigstore.js'
import { startTufRepository, type LocalTufRepository } from '../../support/tuf.js'

const DIGEST = `sha256:${'c'.repeat(64)}`
const identity = githubIdentity('octo-org/web/.github/workflows/release.yml')

let work: string
let logged: TestInstance
let github: TestInstance
let trust: Trust
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'acr-sigstore-'))
  logged = await loggedInstance()
  github = await githubInstance()
  trust = loadTrust({ trustedRoot: writeRoots('both.jsonl', [logged, github]) })
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

function writeRoots(name: string, instances: TestInstance[]): string {
  const path = join(work, name)
  writeFileSync(path, instances.map(instance => JSON.stringify(instance.trustedRoot)).join('\n') + '\n')
  return path
}

async function refusal(action: () => Promise<unknown>): Promise<string> {
  try {
    await action()
  } catch (error) {
    if (error instanceof BundleRefused) return error.message
    throw error
  }
  return 'verified'
}

describe('verifyBundle', () => {
  test('a logged bundle: the statement and what the certificate says', async () => {
    const bundle = await logged.sign(statement(DIGEST), { identity })
    const verified = await verifyBundle(trust, bundle)
    expect(JSON.parse(verified.payload.toString('utf8')).subject[0].digest.sha256).toBe('c'.repeat(64))
    expect(verified.payloadType).toBe('application/vnd.in-toto+json')
    expect(verified.facts).toEqual({
      subjectAlternativeName: identity.san,
      issuer: identity.issuer,
      buildSignerUri: identity.buildSignerUri,
      sourceRepositoryUri: 'https://github.com/octo-org/web',
      sourceRepositoryOwnerUri: 'https://github.com/octo-org',
      runnerEnvironment: 'github-hosted',
      buildSignerDigest: undefined,
      sourceRepositoryDigest: undefined,
      sourceRepositoryRef: undefined
    })
  })

  test("a bundle of GitHub's instance (a TSA timestamp, no log entry) verifies against its root", async () => {
    const bundle = await github.sign(statement(DIGEST), { identity })
    expect((await verifyBundle(trust, bundle)).facts.subjectAlternativeName).toBe(identity.san)
  })

  test("without GitHub's root, its bundle is refused, saying how to trust it", async () => {
    const onlyLogged = loadTrust({ trustedRoot: writeRoots('logged.jsonl', [logged]) })
    const bundle = await github.sign(statement(DIGEST), { identity })
    expect(await refusal(() => verifyBundle(onlyLogged, bundle))).toMatch(
      /^its certificate was issued by "GitHub, Inc\.", which trusted-root .*logged\.jsonl does not trust: GitHub's own instance signs attestations of private repositories; add its root to the file/
    )
  })

  test('a logged bundle stripped of its log entry is refused', async () => {
    const bundle = (await logged.sign(statement(DIGEST), { identity })) as { verificationMaterial: { tlogEntries: unknown[] } }
    bundle.verificationMaterial.tlogEntries = []
    expect(await refusal(() => verifyBundle(trust, bundle))).toMatch(/does not verify against trusted-root .*: expected 1 timestamps, got 0/)
  })

  test('a payload changed after signing is refused', async () => {
    const other = () => statement(`sha256:${'d'.repeat(64)}`)
    const inLog = await logged.sign(statement(DIGEST), { identity, tamper: other })
    expect(await refusal(() => verifyBundle(trust, inLog))).toMatch(/does not verify against trusted-root .*: DSSE payload hash mismatch$/)
    const timestamped = await github.sign(statement(DIGEST), { identity, tamper: other })
    expect(await refusal(() => verifyBundle(trust, timestamped))).toMatch(/does not verify against trusted-root .*: signature verification failed$/)
  })

  test('a certificate from a CA the root does not hold is refused', async () => {
    const stranger = await loggedInstance()
    const bundle = await stranger.sign(statement(DIGEST), { identity })
    expect(await refusal(() => verifyBundle(trust, bundle))).toMatch(/does not verify against trusted-root .*: Failed to verify certificate chain$/)
  })

  test('a certificate that had expired when the log saw the signature is refused', async () => {
    const backdated = await loggedInstance({ caClock: new Date(Date.now() - 3_600_000) })
    const trustingIt = loadTrust({ trustedRoot: writeRoots('backdated.jsonl', [backdated]) })
    const bundle = await backdated.sign(statement(DIGEST), { identity })
    expect(await refusal(() => verifyBundle(trustingIt, bundle))).toMatch(
      /does not verify against trusted-root .*: Failed to verify certificate chain$/
    )
    // The same, issued five minutes ago and so still valid: it is the expiry that was refused.
    const recent = await loggedInstance({ caClock: new Date(Date.now() - 300_000) })
    const trustingRecent = loadTrust({ trustedRoot: writeRoots('recent.jsonl', [recent]) })
    const recentBundle = await recent.sign(statement(DIGEST), { identity })
    expect(await refusal(() => verifyBundle(trustingRecent, recentBundle))).toBe('verified')
  })

  test("a GitHub-instance bundle beside a file without GitHub's root names the way to trust it; another organization's names none", async () => {
    const onlyGithub = loadTrust({ trustedRoot: writeRoots('only-github.jsonl', [github]) })
    const error = await verifyBundle(onlyGithub, await logged.sign(statement(DIGEST), { identity })).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(BundleRefused)
    expect((error as Error).name).toBe('BundleRefused')
    expect((error as Error).message).toMatch(
      /^its certificate was issued by "sigstore\.mock", which trusted-root .*only-github\.jsonl does not trust$/
    )
  })

  test('what is not a bundle is refused', async () => {
    expect(await refusal(() => verifyBundle(trust, { mediaType: 'x' }))).toMatch(/^not a valid Sigstore bundle/)
  })
})

describe('loadTrust', () => {
  test.each([
    ['missing.jsonl', undefined, /^Cannot read trusted-root .*missing\.jsonl: ENOENT$/],
    ['empty.jsonl', '\n', /is empty: it must hold a trusted root \(trusted_root\.json\), or one a line/],
    ['broken.jsonl', '{"mediaType": "x"}\n{', /broken\.jsonl, line 2: not a Sigstore trusted root/],
    // JSON that is not an object is read as gh's lines, and said as such.
    ['null.json', 'null', /null\.json, line 1: not a Sigstore trusted root/]
  ])('%s fails the step', async (name, content, message) => {
    const path = join(work, name)
    if (content !== undefined) writeFileSync(path, content)
    expect(() => loadTrust({ trustedRoot: path })).toThrow(TrustError)
    expect(() => loadTrust({ trustedRoot: path })).toThrow(message)
  })
})

describe('trusted-root files as gh and Sigstore write them', () => {
  test('one pretty-printed trusted_root.json', async () => {
    const path = join(work, 'pretty.json')
    writeFileSync(path, JSON.stringify(logged.trustedRoot, null, 2))
    const bundle = await logged.sign(statement(DIGEST), { identity })
    expect(await refusal(() => verifyBundle(loadTrust({ trustedRoot: path }), bundle))).toBe('verified')
  })

  test("gh's lines with lines of blanks around them: the blanks are no root", async () => {
    const path = join(work, 'blanks.jsonl')
    writeFileSync(path, `   \n${JSON.stringify(logged.trustedRoot)}\n \t \n`)
    const bundle = await logged.sign(statement(DIGEST), { identity })
    expect(await refusal(() => verifyBundle(loadTrust({ trustedRoot: path }), bundle))).toBe('verified')
  })

  test('an instance without transparency or CT logs (a private Sigstore) in a file: its bundles verify by their timestamp alone', async () => {
    const private_ = await githubInstance('Example Corp')
    const bundle = await private_.sign(statement(DIGEST), { identity })
    const fileTrust = loadTrust({ trustedRoot: writeRoots('private.jsonl', [private_]) })
    expect(await refusal(() => verifyBundle(fileTrust, bundle))).toBe('verified')
    // Beside it, a root with logs still asks its bundles for a log entry.
    const stripped = (await logged.sign(statement(DIGEST), { identity })) as { verificationMaterial: { tlogEntries: unknown[] } }
    stripped.verificationMaterial.tlogEntries = []
    const both = loadTrust({ trustedRoot: writeRoots('private-and-logged.jsonl', [private_, logged]) })
    expect(await refusal(() => verifyBundle(both, stripped))).toMatch(/^does not verify against trusted-root /)
  })

  test('several roots of one organization (a key rotation): each is tried, not only the first', async () => {
    const rotated = await loggedInstance()
    const bundle = await logged.sign(statement(DIGEST), { identity })
    // Both CAs are "sigstore.mock": the first line's does not hold the bundle's CA, the second's does.
    const both = loadTrust({ trustedRoot: writeRoots('rotated.jsonl', [rotated, logged]) })
    expect(await refusal(() => verifyBundle(both, bundle))).toBe('verified')
    const neither = loadTrust({ trustedRoot: writeRoots('neither.jsonl', [rotated, await loggedInstance()]) })
    expect(await refusal(() => verifyBundle(neither, bundle))).toMatch(
      /^does not verify against any of the 2 roots of "sigstore\.mock" in trusted-root .*neither\.jsonl: Failed to verify certificate chain$/
    )
  })
})

describe('what a bundle may carry before it is verified', () => {
  test.each([
    [
      'transparency-log entries',
      (material: any, n: number) => (material.tlogEntries = Array(n).fill(material.tlogEntries[0])),
      /^carries 33 transparency-log entries, more than the 32/
    ],
    [
      'timestamps',
      (material: any, n: number) => (material.timestampVerificationData = { rfc3161Timestamps: Array(n).fill({ signedTimestamp: 'AA==' }) }),
      /^carries 33 timestamps, more than the 32/
    ]
  ])('more than 32 %s are refused unread', async (_, inflate, reason) => {
    const bundle = (await logged.sign(statement(DIGEST), { identity })) as { verificationMaterial: object }
    inflate(bundle.verificationMaterial, 33)
    expect(await refusal(() => verifyBundle(trust, bundle))).toMatch(reason)
  })

  test('32 copies of the one log entry are still verified (and refused for what they are, not for their number)', async () => {
    const bundle = (await logged.sign(statement(DIGEST), { identity })) as { verificationMaterial: { tlogEntries: unknown[] } }
    bundle.verificationMaterial.tlogEntries = Array(32).fill(bundle.verificationMaterial.tlogEntries[0])
    expect(await refusal(() => verifyBundle(trust, bundle))).not.toMatch(/^carries/)
  })

  test('32 timestamps are still verified (refused for what they are, not for their number)', async () => {
    const bundle = (await logged.sign(statement(DIGEST), { identity })) as { verificationMaterial: Record<string, unknown> }
    bundle.verificationMaterial.timestampVerificationData = { rfc3161Timestamps: Array(32).fill({ signedTimestamp: 'AA==' }) }
    expect(await refusal(() => verifyBundle(trust, bundle))).not.toMatch(/^carries/)
  })
})

describe("GitHub's instance through its TUF repository (a local one, with a test-only root)", () => {
  let repository: LocalTufRepository
  let dataHome: string
  beforeAll(async () => {
    repository = await startTufRepository(github.trustedRoot, work)
    // @sigstore/tuf keeps its cache under XDG_DATA_HOME: a folder of this test's.
    dataHome = join(work, 'data')
    process.env.XDG_DATA_HOME = dataHome
  })
  afterAll(async () => {
    delete process.env.XDG_DATA_HOME
    await repository?.stop()
  })

  test("a private repository's bundle verifies with no trusted-root file", async () => {
    const tufTrust = loadTrust({ githubTuf: { mirror: repository.url, rootPath: repository.rootPath } })
    const bundle = await github.sign(statement(DIGEST), { identity })
    expect((await verifyBundle(tufTrust, bundle)).facts.subjectAlternativeName).toBe(identity.san)
    expect(repository.requests).toEqual(expect.arrayContaining(['/timestamp.json', '/snapshot.json', '/targets.json', '/targets/trusted_root.json']))
    // The instance is loaded once per step: the next bundle is checked without asking the repository again.
    const asked = repository.requests.length
    await verifyBundle(tufTrust, await github.sign(statement(DIGEST), { identity }))
    expect(repository.requests.length).toBe(asked)
  })

  test("a bundle of another GitHub instance: refused, naming the TUF repository's host", async () => {
    const tufTrust = loadTrust({ githubTuf: { mirror: repository.url, rootPath: repository.rootPath } })
    const bundle = await (await githubInstance()).sign(statement(DIGEST), { identity })
    expect(await refusal(() => verifyBundle(tufTrust, bundle))).toMatch(
      new RegExp(`^does not verify against GitHub's instance \\(TUF, ${new URL(repository.url).host.replace(/\./g, '\\.')}\\): `)
    )
  })

  test('a certificate of an organization neither instance is: refused, naming both TUF repositories, none asked', async () => {
    const tufTrust = loadTrust({ githubTuf: { mirror: repository.url, rootPath: repository.rootPath } })
    const asked = repository.requests.length
    expect(await refusal(async () => verifyBundle(tufTrust, await logged.sign(statement(DIGEST), { identity })))).toBe(
      `its certificate was issued by "sigstore.mock", which the TUF repositories of Sigstore's public good and of GitHub does not trust`
    )
    expect(repository.requests.length).toBe(asked)
  })

  test('an unreachable TUF repository fails the step, naming the host and trusted-root as the offline way', async () => {
    const down = loadTrust({ githubTuf: { mirror: 'http://127.0.0.1:9', rootPath: repository.rootPath } })
    const bundle = await github.sign(statement(DIGEST), { identity })
    const error = await verifyBundle(down, bundle).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(TrustError)
    expect((error as Error).name).toBe('TrustError')
    expect((error as Error).message).toMatch(
      /^Cannot get GitHub's trusted root from its TUF repository http:\/\/127\.0\.0\.1:9 \(.+\): the runner must reach 127\.0\.0\.1:9, or pass trusted-root .* offline; nothing was assumed verified$/
    )
  })

  test('the initial root is fetched once and kept when its signed part has the pinned hash', async () => {
    const directory = join(work, 'bootstrap')
    const path = await bootstrapRoot({ mirror: repository.url, pinnedSha256: signedHash(repository.root)!, directory, timeoutMs: 5000 })
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(repository.root)
    const asked = repository.requests.filter(request => request === '/1.root.json').length
    await bootstrapRoot({ mirror: repository.url, pinnedSha256: signedHash(repository.root)!, directory, timeoutMs: 5000 })
    expect(repository.requests.filter(request => request === '/1.root.json').length).toBe(asked)
  })

  test('a root whose hash differs from the pinned one is refused, and nothing is kept', async () => {
    const directory = join(work, 'bootstrap-refused')
    const refused = bootstrapRoot({ mirror: repository.url, pinnedSha256: GITHUB_TUF_ROOT_V1_SIGNED_SHA256, directory, timeoutMs: 5000 })
    await expect(refused).rejects.toThrow(BootstrapError)
    await expect(refused).rejects.toThrow(
      `/1.root.json is not the root this action pins (the SHA-256 of its signed part is ${signedHash(repository.root)}`
    )
    expect(existsSync(directory)).toBe(false)
  })

  test('the pinned hash is of canonical JSON: the same root indented otherwise hashes alike, a changed key does not', () => {
    const root = repository.root as { signed: { keys: Record<string, unknown> } }
    const reindented = JSON.parse(JSON.stringify(root, null, 4)) as typeof root
    expect(signedHash(reindented)).toBe(signedHash(root))
    const changed = structuredClone(root)
    changed.signed.keys = {}
    expect(signedHash(changed)).not.toBe(signedHash(root))
    expect(signedHash({ signatures: [] })).toBeUndefined()
  })
})

describe("GitHub's initial root: where it is kept, and every way fetching it can fail", () => {
  let repository: LocalTufRepository
  beforeAll(async () => {
    repository = await startTufRepository(github.trustedRoot, work)
  })
  afterAll(async () => repository?.stop())
  const pinned = () => signedHash(repository.root)!
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => 'no error',
      (error: Error) => `${error.name}: ${error.message}`
    )

  test('kept under XDG_DATA_HOME, else ~/.local/share, in a folder of its own', () => {
    expect(dataDirectory({ XDG_DATA_HOME: '/data' })).toBe('/data/acr-webhook-action')
    expect(dataDirectory({ XDG_DATA_HOME: '' })).toBe(join(homedir(), '.local', 'share', 'acr-webhook-action'))
    expect(dataDirectory({})).toBe(join(homedir(), '.local', 'share', 'acr-webhook-action'))
  })

  test('a mirror URL with a trailing slash, a folder not made yet: fetched once, kept as <host>.1.root.json', async () => {
    const directory = join(work, 'nested', 'data', 'here')
    const path = await bootstrapRoot({ mirror: `${repository.url}/`, pinnedSha256: pinned(), directory, timeoutMs: 5000 })
    expect(path).toBe(join(directory, `${encodeURIComponent(new URL(repository.url).host)}.1.root.json`))
    expect(repository.requests).toContain('/1.root.json')
    expect(repository.requests).not.toContain('//1.root.json')
  })

  test('a kept root that is not the pinned one is fetched again and replaced', async () => {
    const directory = join(work, 'stale')
    mkdirSync(directory, { recursive: true })
    const path = join(directory, `${encodeURIComponent(new URL(repository.url).host)}.1.root.json`)
    writeFileSync(path, JSON.stringify({ signed: { version: 1, keys: {} } }))
    const before = repository.requests.length
    expect(await bootstrapRoot({ mirror: repository.url, pinnedSha256: pinned(), directory, timeoutMs: 5000 })).toBe(path)
    expect(repository.requests.length).toBe(before + 1)
    expect(signedHash(JSON.parse(readFileSync(path, 'utf8')))).toBe(pinned())
    writeFileSync(path, 'not json')
    await bootstrapRoot({ mirror: repository.url, pinnedSha256: pinned(), directory, timeoutMs: 5000 })
    expect(repository.requests.length).toBe(before + 2)
  })

  test('no repository there: a BootstrapError naming the address and the code', async () => {
    const closed = createServer()
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`
    await new Promise(resolve => closed.close(resolve))
    expect(await failure(bootstrapRoot({ mirror: url, pinnedSha256: pinned(), directory: join(work, 'never'), timeoutMs: 2000 }))).toBe(
      `BootstrapError: ${url}/1.root.json: ECONNREFUSED`
    )
  })

  test('no root there (404): a BootstrapError naming the address and the status', async () => {
    expect(
      await failure(bootstrapRoot({ mirror: `${repository.url}/missing`, pinnedSha256: pinned(), directory: join(work, 'never'), timeoutMs: 2000 }))
    ).toBe(`BootstrapError: ${repository.url}/missing/1.root.json: HTTP 404`)
    expect(existsSync(join(work, 'never'))).toBe(false)
  })

  test('a mirror that answers what is not a root: refused, its hash not computable', async () => {
    const server = createServer((_, response) => response.writeHead(200).end('{"signed": 7}'))
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      expect(await failure(bootstrapRoot({ mirror: url, pinnedSha256: pinned(), directory: join(work, 'never'), timeoutMs: 2000 }))).toBe(
        `BootstrapError: ${url}/1.root.json is not the root this action pins (the SHA-256 of its signed part is not computable: not a TUF root, expected ${pinned()})`
      )
    } finally {
      server.closeAllConnections()
      server.close()
    }
  })

  test('a mirror that redirects is not followed', async () => {
    const server = createServer((_, response) => response.writeHead(302, { location: `${repository.url}/1.root.json` }).end())
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      expect(await failure(bootstrapRoot({ mirror: url, pinnedSha256: pinned(), directory: join(work, 'never'), timeoutMs: 2000 }))).toMatch(
        new RegExp(`^BootstrapError: ${url.replace(/\./g, '\\.')}/1\\.root\\.json: `)
      )
    } finally {
      server.closeAllConnections()
      server.close()
    }
  })

  test.each([null, 'root', 7, {}, { signed: null }, { signed: 'x' }])('signedHash(%j) is undefined', root => {
    expect(signedHash(root)).toBeUndefined()
  })

  test('the pins: the repository gh reads, and the hash of its version-1 root', () => {
    expect(GITHUB_TUF_MIRROR).toBe('https://tuf-repo.github.com')
    expect(GITHUB_TUF_ROOT_V1_SIGNED_SHA256).toBe('51de2c4ec8a395c9493a0b05fe7113f628f7cd80011767e01b89c9272a7cc072')
    expect(new BootstrapError('x').name).toBe('BootstrapError')
  })
})
