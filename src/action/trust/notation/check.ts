// The Notation check verify runs once the registry has confirmed the event:
// the trust policy statement that applies to the event's repository, the
// Notation signatures attached to its digest as OCI referrers (the referrers
// API, else the sha256-<hex> tag index, as for Sigstore bundles), each judged
// by the verifier. Passes when one signature meets the policy; every refusal
// is kept for the reason. A lazy chunk, with jose and cborg: only steps with
// the Notation inputs load it.
import type { RegistryClient } from '../../registry/client.js'
import { fetchSignature, isReferrerOf, listReferrers, MAX_SIGNATURE_BYTES, MAX_SIGNATURES, type ReferrerFormat } from '../sources/referrers.js'
import type { Certificate } from './x509/certificate.js'
import { COSE_MEDIA_TYPE, JWS_MEDIA_TYPE } from './envelope/envelope.js'
import { applicablePolicy, type StoreType, type TrustPolicy, type TrustPolicyDocument } from './policy/trust-policy.js'
import { loadStores, TrustStoreError } from './policy/trust-store.js'
import { verifySignature, type TargetArtifact, type VerifiedSigner } from './verifier.js'

/** A Notation signature as an OCI referrer (signature-specification.md, "OCI Signatures"). */
export const NOTATION_SIGNATURE: ReferrerFormat = {
  kind: 'Notation signature',
  name: 'envelope',
  // The artifactType, or (older signatures, OCI 1.0 registries) the config media type the referrers list reports instead.
  artifactType: /^application\/vnd\.cncf\.notary\.signature$/,
  layerMediaType: new RegExp(`^(?:${JWS_MEDIA_TYPE.replace(/[+/]/g, '\\$&')}|${COSE_MEDIA_TYPE.replace('/', '\\/')})$`),
  maxBytes: MAX_SIGNATURE_BYTES
}

/** The Notation inputs, read and validated by inputs.ts. */
export interface NotationConfig {
  /** As the workflow wrote it, for messages. */
  readonly policyInput: string
  readonly document: TrustPolicyDocument
  /** The trust store folder, absolute. */
  readonly storePath: string
  readonly storeInput: string
}

export type NotationCheck =
  | {
      readonly verified: true
      /** The statement's level is skip: nothing was checked. */
      readonly skipped: boolean
      readonly policy: TrustPolicy
      readonly signer?: VerifiedSigner
      /** One line for the log. */
      readonly summary: string
    }
  | { readonly verified: false; readonly reason: string }

export interface NotationResult {
  readonly check: NotationCheck
  /** Validations the level logs instead of enforcing, and trust store warnings: for the log. */
  readonly logged: readonly string[]
}

export async function checkNotation(
  client: RegistryClient,
  repository: string,
  digest: string,
  target: TargetArtifact,
  config: NotationConfig,
  now: Date
): Promise<NotationResult> {
  const scope = `${client.host}/${repository}`
  const policy = applicablePolicy(config.document, scope)
  const logged: string[] = []
  if (!policy) {
    return {
      check: {
        verified: false,
        reason: `no Notation trust policy applies to ${scope}: no statement of ${config.policyInput} names it in registryScopes, and none is "*"`
      },
      logged
    }
  }
  if (policy.level === 'skip') {
    return {
      check: { verified: true, skipped: true, policy, summary: `trust policy "${policy.name}" skips Notation verification for ${scope}` },
      logged
    }
  }
  const loaded = new Map<StoreType, readonly Certificate[]>()
  const stores = (type: StoreType): readonly Certificate[] => {
    let certificates = loaded.get(type)
    if (!certificates) {
      try {
        const result = loadStores(config.storePath, policy.trustStores, type)
        logged.push(...result.warnings)
        certificates = result.certificates
      } catch (error) {
        if (error instanceof TrustStoreError) throw new TrustStoreError(`Input "notation-trust-store" (${config.storeInput}): ${error.message}`)
        throw error
      }
      loaded.set(type, certificates)
    }
    return certificates
  }
  const { via, referrers } = await listReferrers(client, repository, digest)
  const refusals: string[] = []
  let found = 0
  let read = 0
  for (const referrer of referrers) {
    if (isReferrerOf(NOTATION_SIGNATURE, referrer) === false) continue
    // Referrers listed without an artifactType cost a manifest read each to tell: bounded too.
    if (found >= MAX_SIGNATURES || read >= 4 * MAX_SIGNATURES) {
      refusals.push(
        `more than ${found >= MAX_SIGNATURES ? `${MAX_SIGNATURES} Notation signatures` : `${read} referrers to read`}: the rest were not read`
      )
      break
    }
    read++
    const fetched = await fetchSignature(client, repository, referrer.digest, digest, NOTATION_SIGNATURE)
    if (!fetched) continue
    found++
    if ('refusal' in fetched) {
      refusals.push(fetched.refusal)
      continue
    }
    const outcome = await verifySignature(fetched.mediaType, fetched.blob, { policy, target, stores, now })
    const format = fetched.mediaType === COSE_MEDIA_TYPE ? 'COSE' : 'JWS'
    logged.push(...outcome.logged.map(line => `Notation ${format} signature ${referrer.digest}: ${line}`))
    if (!outcome.verified) {
      refusals.push(`a ${format} signature: ${outcome.reason}`)
      continue
    }
    const signer = outcome.signer
    return {
      check: {
        verified: true,
        skipped: false,
        policy,
        signer,
        summary: `signed by ${signer.subject} at ${signer.signingTime.toISOString()} (${signer.format}, ${signer.signingScheme}; trust policy "${policy.name}", ${policy.level}; found by the ${via})`
      },
      logged
    }
  }
  const reason =
    found === 0
      ? `no Notation signature: none is attached to ${digest} (looked up by the ${via})`
      : `no Notation signature of ${digest} meets trust policy "${policy.name}" (${found} ${found === 1 ? 'signature' : 'signatures'}): ${refusals.join('; ')}`
  return { check: { verified: false, reason }, logged }
}
