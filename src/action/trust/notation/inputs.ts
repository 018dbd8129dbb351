// The Notation inputs, read and checked before anything else runs:
// notation-trust-policy (a trust policy document) and notation-trust-store (the
// folder of trusted certificates), paths relative to the workspace, both
// needed, and verify with them, since the signatures are looked up in the
// registry for the digest verify confirms. The policy is read and validated
// here, so that a bad one fails the step before any request, naming the input.
import { lstatSync, readFileSync, type Stats } from 'node:fs'
import { resolve } from 'node:path'
import { InputError } from '../../../errors.js'
import type { VerifyMode } from '../../inputs.js'
import type { NotationConfig } from './check.js'
import { parseTrustPolicy, PolicyError } from './policy/trust-policy.js'

/** Largest trust policy read: Notation's are a few kilobytes. */
export const MAX_TRUST_POLICY_BYTES = 1024 * 1024

export interface NotationInputTexts {
  readonly policy: string
  readonly store: string
}

export function parseNotationInputs(texts: NotationInputTexts, verify: VerifyMode | undefined, workspace: string): NotationConfig {
  const policyInput = texts.policy.trim()
  const storeInput = texts.store.trim()
  if (storeInput === '') {
    throw new InputError(
      'notation-trust-policy',
      'needs notation-trust-store as well: the folder of the certificates the trust policy names (x509/ca/NAME/…)'
    )
  }
  if (policyInput === '') {
    throw new InputError(
      'notation-trust-store',
      'needs notation-trust-policy as well: the trust policy document (trustpolicy.json) that says which stores and identities to trust'
    )
  }
  if (!verify) {
    throw new InputError(
      'notation-trust-policy',
      'needs verify (digest or tag): the Notation signatures are looked up in the registry for the digest verify confirms'
    )
  }
  const policyPath = resolve(workspace, policyInput)
  const storePath = resolve(workspace, storeInput)
  const policy = statOf(policyPath, 'notation-trust-policy')
  if (policy.isSymbolicLink() || !policy.isFile())
    throw new InputError('notation-trust-policy', `${policyPath} is not a regular file (symbolic links are not supported)`)
  if (policy.size > MAX_TRUST_POLICY_BYTES)
    throw new InputError('notation-trust-policy', `${policyPath} is larger than ${MAX_TRUST_POLICY_BYTES} bytes`)
  let document
  try {
    document = parseTrustPolicy(readFileSync(policyPath, 'utf8'))
  } catch (error) {
    if (error instanceof PolicyError) throw new InputError('notation-trust-policy', `${policyPath} ${error.message}`)
    throw error
  }
  const store = statOf(storePath, 'notation-trust-store')
  if (store.isSymbolicLink() || !store.isDirectory())
    throw new InputError('notation-trust-store', `${storePath} is not a folder (symbolic links are not supported)`)
  return { policyInput, document, storePath, storeInput }
}

function statOf(path: string, input: string): Stats {
  try {
    return lstatSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(
      input,
      code === 'ENOENT'
        ? `${path} does not exist (paths are relative to the workspace: check the repository out first)`
        : `cannot read ${path} (${code})`
    )
  }
}
