// The attestation check that verify runs once the registry has confirmed the
// event: find the Sigstore bundles attached to the digest, verify each, and
// judge what it says. Passes when one bundle meets the whole policy; every
// refusal is kept for the reason. A lazy chunk, with the Sigstore libraries:
// only steps with an identity input load it.
import type { Artifact } from '../../event/artifact.js'
import type { RegistryClient } from '../registry/client.js'
import type { AttestationPolicy, Signer } from './policy/attestation.js'
import { fetchSignature, isReferrerOf, listReferrers, MAX_SIGNATURES } from './sources/referrers.js'
import { BundleRefused, loadTrust, readBundleJson, SIGSTORE_BUNDLE, verifyBundle, type Trust } from './sigstore/verifier.js'

export type AttestationCheck =
  | {
      readonly verified: true
      readonly signer: Signer
      /** The digest the statement is about: the event's. */
      readonly digest: string
      readonly predicateType: string
      /** One line for the log and the summary. */
      readonly summary: string
    }
  | { readonly verified: false; readonly reason: string }

export interface AttestationContext {
  /** What the manifest is, as the registry says: an index's attestation covers its platforms. */
  readonly artifact?: Artifact
}

export async function checkAttestation(
  client: RegistryClient,
  repository: string,
  digest: string,
  policy: AttestationPolicy,
  context: AttestationContext
): Promise<AttestationCheck> {
  // Imported, not bundled in: inputs.ts loaded the policy's chunk already, and a static import would put a second copy of it here.
  const { judgeSigner, judgeStatement, mismatchReason } = await import('./policy/attestation.js')
  const { via, referrers } = await listReferrers(client, repository, digest)
  let trust: Trust | undefined
  const refusals: string[] = []
  let found = 0
  let read = 0
  for (const referrer of referrers) {
    if (isReferrerOf(SIGSTORE_BUNDLE, referrer) === false) continue
    // Referrers listed without an artifactType cost a manifest read each to tell: bounded too.
    if (found >= MAX_SIGNATURES || read >= 4 * MAX_SIGNATURES) {
      refusals.push(
        `more than ${found >= MAX_SIGNATURES ? `${MAX_SIGNATURES} Sigstore referrers` : `${read} referrers to read`}: the rest were not read`
      )
      break
    }
    read++
    const fetched = await fetchSignature(client, repository, referrer.digest, digest, SIGSTORE_BUNDLE)
    if (!fetched) continue
    found++
    if ('refusal' in fetched) {
      refusals.push(fetched.refusal)
      continue
    }
    const json = readBundleJson(fetched.blob)
    if (json === undefined) {
      refusals.push('a referrer bundle is not valid JSON')
      continue
    }
    // Loaded once a bundle is there to check: a digest with none costs no TUF round trip.
    trust ??= await loadTrust(policy.trustedRoot)
    let verified
    try {
      verified = verifyBundle(trust, json)
    } catch (error) {
      // Whatever a bundle holds refuses that bundle alone: a malformed referrer pushed beside a good one must not stop the deploy.
      refusals.push(error instanceof BundleRefused ? `a bundle ${error.message}` : `a bundle cannot be read (${(error as Error).message})`)
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
      summary: `${policy.predicateType} of ${what}, signed by ${signer.signer.workflow ?? signer.signer.identity} (found by the ${via})`
    }
  }
  const reason = mismatchReason(digest, found, refusals)
  // Builds of multi-platform images attest the index they push, not each platform's manifest.
  const hint =
    found === 0 && context.artifact === 'image'
      ? "; if this image is one platform of a multi-platform image, its build attested the index: gate on the index's push (artifacts: index)"
      : ''
  return { verified: false, reason: `${reason}${hint}` }
}
