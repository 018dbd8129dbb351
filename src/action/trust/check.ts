// The attestation check that verify runs once the registry has confirmed the
// event: find the Sigstore bundles of the digest where the policy says (the
// registry's referrers, GitHub's attestations API, or the first then the
// second), verify each against its instance, and judge what it says. Passes
// when one bundle meets the whole policy; every refusal is kept for the
// reason. Where a bundle came from changes nothing in how it is checked. A
// lazy chunk, with the Sigstore libraries: only steps with an identity input
// load it; GitHub's API client is one of its own, loaded when the API is asked.
import type { Artifact } from '../../event/artifact.js'
import type { RegistryClient } from '../registry/client.js'
import type { Search, Signer } from './policy/judge.js'
import type { AttestationPolicy } from './policy/parse.js'
import type { ApiBundle, GithubApi } from './sources/github-api.js'
import { walkSignatures } from './sources/referrers.js'
import {
  BundleRefused,
  loadTrust,
  readBundleJson,
  SIGSTORE_BUNDLE,
  TrustError,
  verifyBundle,
  type Trust,
  type TrustOptions
} from './sigstore/verifier.js'

export type AttestationCheck =
  | {
      readonly verified: true
      readonly signer: Signer
      /** The digest the statement is about: the event's. */
      readonly digest: string
      readonly predicateType: string
      /** Where the bundle that passed was found, for the log: "the referrers API", "GitHub's attestations of octo-org/web". */
      readonly foundIn: string
      /** One line for the log and the summary. */
      readonly summary: string
    }
  | { readonly verified: false; readonly reason: string }

export interface AttestationContext {
  /** What the manifest is, as the registry says: an index's attestation covers its platforms. */
  readonly artifact?: Artifact
  /** The registry the event names, with the job's login for it. */
  readonly registry: { readonly client: RegistryClient; readonly repository: string }
  /** GitHub's attestations API; absent when github-token is empty. */
  readonly github?: GithubApi
  /** Where the trust material comes from, beside the policy's trusted-root. */
  readonly trust?: Omit<TrustOptions, 'trustedRoot'>
}

/** One place bundles are read from, as check sees it: candidates one at a time, and what it held back. */
interface Source {
  readonly name: string
  readonly candidates: AsyncIterable<ApiBundle>
  readonly found: () => number
  readonly notes: () => readonly string[]
}

export async function checkAttestation(digest: string, policy: AttestationPolicy, context: AttestationContext): Promise<AttestationCheck> {
  // Imported, not bundled in: inputs.ts loaded the policy's chunk already, and a static import would put a second copy of it here.
  const { judgeSigner, judgeStatement, mismatchReason } = await import('./policy/judge.js')
  let trust: Trust | undefined
  const refusals: string[] = []
  const asked: Source[] = []
  const skipped: string[] = []
  // A bundle whose storage did not answer: the step fails with it unless another bundle passes.
  let unavailable: string | undefined
  for (const open of sourcesOf(policy, context, digest, skipped)) {
    const source = await open()
    asked.push(source)
    for await (const candidate of source.candidates) {
      if ('refusal' in candidate) {
        refusals.push(candidate.refusal)
        continue
      }
      if ('unavailable' in candidate) {
        unavailable ??= candidate.unavailable
        continue
      }
      // Loaded once a bundle is there to check: a digest with none costs no TUF round trip.
      trust ??= loadTrust({ ...context.trust, trustedRoot: policy.trustedRoot })
      let verified
      try {
        verified = await verifyBundle(trust, candidate.json)
      } catch (error) {
        // Whatever a bundle holds refuses that bundle alone: a malformed one beside a good one must not stop the deploy.
        if (error instanceof BundleRefused) refusals.push(`a bundle ${error.message}`)
        else if (error instanceof TrustError) throw error
        else refusals.push(`a bundle cannot be read (${(error as Error).message})`)
        continue
      }
      const statement = judgeStatement(policy, verified.payloadType, verified.payload, digest)
      if (!statement.ok) {
        refusals.push(statement.reason)
        continue
      }
      const signer = judgeSigner(policy, verified.facts)
      if (!signer.ok) {
        refusals.push(signer.reason)
        continue
      }
      const what = context.artifact === 'index' ? `the index ${digest}, which covers its platforms` : digest
      return {
        verified: true,
        signer: signer.signer,
        digest,
        predicateType: policy.predicateType,
        foundIn: source.name,
        summary: `${policy.predicateType} of ${what}, signed by ${signer.signer.workflow ?? signer.signer.identity} (found in ${source.name})`
      }
    }
  }
  if (unavailable !== undefined) throw new BundleUnavailable(unavailable)
  const search: Search = {
    found: asked.reduce((sum, source) => sum + source.found(), 0),
    asked: asked.map(source => source.name),
    notes: [...asked.flatMap(source => source.notes()), ...skipped]
  }
  const reason = mismatchReason(digest, search, refusals)
  // Builds of multi-platform images attest the index they push, not each platform's manifest.
  const hint =
    search.found === 0 && context.artifact === 'image'
      ? "; if this image is one platform of a multi-platform image, its build attested the index: gate on the index's push (artifacts: index)"
      : ''
  return { verified: false, reason: `${reason}${hint}` }
}

/** The sources the policy asks, in order, each opened only when the one before had no bundle that passed. */
function sourcesOf(policy: AttestationPolicy, context: AttestationContext, digest: string, skipped: string[]): Array<() => Promise<Source>> {
  const sources: Array<() => Promise<Source>> = []
  if (policy.source !== 'github') {
    sources.push(async () => {
      const { client, repository } = context.registry
      const { walk, signatures } = await walkSignatures(client, repository, digest, SIGSTORE_BUNDLE)
      return {
        name: `the registry's ${walk().via}`,
        candidates: fromReferrers(signatures),
        found: () => walk().found,
        notes: () => walk().notes
      }
    })
  }
  if (policy.source !== 'registry') {
    const lookup = policy.lookup
    const github = context.github
    // parse.ts and inputs.ts refuse attestation-source: github without either; with any, the registry alone is asked.
    if (!lookup) skipped.push("GitHub's attestations API was not asked: no repo or owner names where the image was built")
    else if (!github) skipped.push("GitHub's attestations API was not asked: github-token is empty")
    else {
      sources.push(async () => {
        const { describeLookup, walkAttestations } = await import('./sources/github-api.js')
        const { walk, bundles } = walkAttestations(github, lookup, digest, { tolerateRefusedToken: policy.source === 'any' })
        return { name: describeLookup(lookup), candidates: bundles, found: () => walk().found, notes: () => walk().notes }
      })
    }
  }
  return sources
}

/** A bundle GitHub's storage did not give: nothing was verified, and no bundle passed without it. */
export class BundleUnavailable extends Error {
  override readonly name = 'BundleUnavailable'
}

/** A referrer's layer as a candidate bundle: its JSON, or why it was refused. */
async function* fromReferrers(signatures: AsyncIterable<{ refusal: string } | { blob: Buffer }>): AsyncGenerator<ApiBundle> {
  for await (const fetched of signatures) {
    if ('refusal' in fetched) {
      yield { refusal: fetched.refusal }
      continue
    }
    const json = readBundleJson(fetched.blob)
    yield json === undefined ? { refusal: 'a referrer bundle is not valid JSON' } : { json }
  }
}
