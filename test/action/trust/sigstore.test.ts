// The signature half of the attestation check: @sigstore/verify as the action
// calls it, against instances made by the test (test/support/sigstore.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { BundleRefused, loadTrust, TrustError, verifyBundle, type Trust } from '../../../src/action/trust/sigstore/verifier.js'
import { githubIdentity, githubInstance, loggedInstance, statement, type TestInstance } from '../../support/sigstore.js'

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
  trust = await loadTrust(writeRoots('both.jsonl', [logged, github]))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

function writeRoots(name: string, instances: TestInstance[]): string {
  const path = join(work, name)
  writeFileSync(path, instances.map(instance => JSON.stringify(instance.trustedRoot)).join('\n') + '\n')
  return path
}

function refusal(action: () => unknown): string {
  try {
    action()
  } catch (error) {
    if (error instanceof BundleRefused) return error.message
    throw error
  }
  return 'verified'
}

describe('verifyBundle', () => {
  test('a logged bundle: the statement and what the certificate says', async () => {
    const bundle = await logged.sign(statement(DIGEST), { identity })
    const verified = verifyBundle(trust, bundle)
    expect(JSON.parse(verified.payload.toString('utf8')).subject[0].digest.sha256).toBe('c'.repeat(64))
    expect(verified.payloadType).toBe('application/vnd.in-toto+json')
    expect(verified.facts).toEqual({
      subjectAlternativeName: identity.san,
      issuer: identity.issuer,
      buildSignerUri: identity.buildSignerUri,
      sourceRepositoryUri: 'https://github.com/octo-org/web',
      sourceRepositoryOwnerUri: 'https://github.com/octo-org',
      runnerEnvironment: 'github-hosted'
    })
  })

  test("a bundle of GitHub's instance (a TSA timestamp, no log entry) verifies against its root", async () => {
    const bundle = await github.sign(statement(DIGEST), { identity })
    expect(verifyBundle(trust, bundle).facts.subjectAlternativeName).toBe(identity.san)
  })

  test("without GitHub's root, its bundle is refused, saying how to trust it", async () => {
    const onlyLogged = await loadTrust(writeRoots('logged.jsonl', [logged]))
    const bundle = await github.sign(statement(DIGEST), { identity })
    expect(refusal(() => verifyBundle(onlyLogged, bundle))).toMatch(
      /^its certificate was issued by "GitHub, Inc\.", which trusted-root .*logged\.jsonl does not trust: GitHub's own instance signs attestations of private repositories; pass trusted-root/
    )
  })

  test('a logged bundle stripped of its log entry is refused', async () => {
    const bundle = (await logged.sign(statement(DIGEST), { identity })) as { verificationMaterial: { tlogEntries: unknown[] } }
    bundle.verificationMaterial.tlogEntries = []
    expect(refusal(() => verifyBundle(trust, bundle))).toMatch(/does not verify against trusted-root .*: expected 1 timestamps, got 0/)
  })

  test('a payload changed after signing is refused', async () => {
    const other = () => statement(`sha256:${'d'.repeat(64)}`)
    const inLog = await logged.sign(statement(DIGEST), { identity, tamper: other })
    expect(refusal(() => verifyBundle(trust, inLog))).toMatch(/does not verify against trusted-root .*: DSSE payload hash mismatch$/)
    const timestamped = await github.sign(statement(DIGEST), { identity, tamper: other })
    expect(refusal(() => verifyBundle(trust, timestamped))).toMatch(/does not verify against trusted-root .*: signature verification failed$/)
  })

  test('a certificate from a CA the root does not hold is refused', async () => {
    const stranger = await loggedInstance()
    const bundle = await stranger.sign(statement(DIGEST), { identity })
    expect(refusal(() => verifyBundle(trust, bundle))).toMatch(/does not verify against trusted-root .*: Failed to verify certificate chain$/)
  })

  test('a certificate that had expired when the log saw the signature is refused', async () => {
    const backdated = await loggedInstance({ caClock: new Date(Date.now() - 3_600_000) })
    const trustingIt = await loadTrust(writeRoots('backdated.jsonl', [backdated]))
    const bundle = await backdated.sign(statement(DIGEST), { identity })
    expect(refusal(() => verifyBundle(trustingIt, bundle))).toMatch(/does not verify against trusted-root .*: Failed to verify certificate chain$/)
    // The same, issued five minutes ago and so still valid: it is the expiry that was refused.
    const recent = await loggedInstance({ caClock: new Date(Date.now() - 300_000) })
    const trustingRecent = await loadTrust(writeRoots('recent.jsonl', [recent]))
    const recentBundle = await recent.sign(statement(DIGEST), { identity })
    expect(refusal(() => verifyBundle(trustingRecent, recentBundle))).toBe('verified')
  })

  test('what is not a bundle is refused', () => {
    expect(refusal(() => verifyBundle(trust, { mediaType: 'x' }))).toMatch(/^not a valid Sigstore bundle/)
  })
})

describe('loadTrust', () => {
  test.each([
    ['missing.jsonl', undefined, /^Cannot read trusted-root .*missing\.jsonl: ENOENT$/],
    ['empty.jsonl', '\n', /is empty: it must hold trusted roots, one JSON object a line/],
    ['broken.jsonl', '{"mediaType": "x"}\n{', /broken\.jsonl, line 2: not a Sigstore trusted root/]
  ])('%s fails the step', async (name, content, message) => {
    const path = join(work, name)
    if (content !== undefined) writeFileSync(path, content)
    await expect(loadTrust(path)).rejects.toThrow(TrustError)
    await expect(loadTrust(path)).rejects.toThrow(message)
  })
})
