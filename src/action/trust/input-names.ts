// The attestation inputs by their action.yml names, in a module of their own:
// inputs.ts reads them on every step, and must not load the policy with them.
export const ATTESTATION_INPUTS = [
  'signer-workflow',
  'signer-repo',
  'cert-identity',
  'cert-identity-regex',
  'repo',
  'owner',
  'cert-oidc-issuer',
  'predicate-type',
  'deny-self-hosted-runners',
  'trusted-root',
  'source-ref',
  'source-digest',
  'signer-digest',
  'attestation-source'
] as const
export type AttestationInputName = (typeof ATTESTATION_INPUTS)[number]

/**
 * The inputs action.yml gives a default other than '': the runner sets them
 * on every step, so that value says nothing about whether a check is wanted.
 */
export const ATTESTATION_INPUT_DEFAULTS: Readonly<Partial<Record<AttestationInputName, string>>> = { 'attestation-source': 'any' }
