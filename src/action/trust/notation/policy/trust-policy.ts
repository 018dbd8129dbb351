// A Notation trust policy document, version 1.0 (trustpolicy.json, or the newer
// trustpolicy.oci.json), read and validated as the Notary Project's
// trust-store-trust-policy specification and `notation verify` validate it:
// statements with unique names, registryScopes (fully qualified repositories,
// or "*" alone, no scope in two statements), signatureVerification (a level,
// an override of what it enforces, verifyTimestamp), trustStores
// (`ca:`, `signingAuthority:`, `tsa:` and a store name) and trustedIdentities
// (`x509.subject: …`, or "*" alone). Then the one statement that applies to a
// repository: its exact scope, else the global one. Pure: the text in, the
// policy out; every problem is a PolicyError naming the statement.
import { describeValue } from '../../../../errors.js'
import { hostRule, repositoryRule } from '../../../../event/grammar.js'
import { isJsonObject, ownField, type JsonObject } from '../../../../event/json.js'
import { isSubset, NameError, parseDistinguishedName, type DistinguishedName } from '../x509/distinguished-name.js'

export class PolicyError extends Error {
  override readonly name = 'PolicyError'
}

export const VALIDATIONS = ['integrity', 'authenticity', 'authenticTimestamp', 'expiry', 'revocation'] as const
export type Validation = (typeof VALIDATIONS)[number]
export type Action = 'enforce' | 'log' | 'skip'
export type Level = 'strict' | 'permissive' | 'audit' | 'skip'
export type Enforcement = Readonly<Record<Validation, Action>>

/** What each level enforces and logs: the specification's table. */
export const LEVELS: Readonly<Record<Level, Enforcement>> = {
  strict: { integrity: 'enforce', authenticity: 'enforce', authenticTimestamp: 'enforce', expiry: 'enforce', revocation: 'enforce' },
  permissive: { integrity: 'enforce', authenticity: 'enforce', authenticTimestamp: 'log', expiry: 'log', revocation: 'log' },
  audit: { integrity: 'enforce', authenticity: 'log', authenticTimestamp: 'log', expiry: 'log', revocation: 'log' },
  skip: { integrity: 'skip', authenticity: 'skip', authenticTimestamp: 'skip', expiry: 'skip', revocation: 'skip' }
}

export const STORE_TYPES = ['ca', 'signingAuthority', 'tsa'] as const
export type StoreType = (typeof STORE_TYPES)[number]

export interface StoreReference {
  readonly type: StoreType
  readonly name: string
}

export interface TrustedIdentity {
  /** As the policy wrote it, for messages. */
  readonly text: string
  readonly name: DistinguishedName
}

export interface TrustPolicy {
  readonly name: string
  readonly registryScopes: readonly string[]
  readonly level: Level
  readonly enforcement: Enforcement
  /** Whether a timestamp is verified always, or only once a certificate of the signing chain has expired. */
  readonly verifyTimestamp: 'always' | 'afterCertExpiry'
  readonly trustStores: readonly StoreReference[]
  /** "*": any signing certificate the trust stores lead to. */
  readonly trustedIdentities: '*' | readonly TrustedIdentity[]
}

export interface TrustPolicyDocument {
  readonly policies: readonly TrustPolicy[]
}

const STORE_NAME = /^[a-zA-Z0-9_.-]+$/
const SUBJECT_PREFIX = 'x509.subject'

/** Parses and validates a trust policy document; throws PolicyError with the first problem. */
export function parseTrustPolicy(text: string): TrustPolicyDocument {
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch {
    throw new PolicyError('is not valid JSON')
  }
  if (!isJsonObject(document)) throw new PolicyError('is not a JSON object')
  const version = ownField(document, 'version')
  if (version === undefined || version === '') throw new PolicyError('has no "version"; it must be "1.0"')
  if (version !== '1.0') throw new PolicyError(`has version ${describeValue(version)}; only "1.0" is supported`)
  const statements = ownField(document, 'trustPolicies')
  if (!Array.isArray(statements) || statements.length === 0) throw new PolicyError('has no trust policy statements ("trustPolicies")')
  const policies = statements.map((statement, index) => parseStatement(statement, index))
  const names = new Set<string>()
  const scopes = new Map<string, string>()
  for (const policy of policies) {
    if (names.has(policy.name)) throw new PolicyError(`has two statements named "${policy.name}": names must be unique`)
    names.add(policy.name)
    for (const scope of policy.registryScopes) {
      const other = scopes.get(scope)
      if (other !== undefined) throw new PolicyError(`names the registry scope "${scope}" in two statements ("${other}" and "${policy.name}")`)
      scopes.set(scope, policy.name)
    }
  }
  return { policies }
}

function parseStatement(value: unknown, index: number): TrustPolicy {
  if (!isJsonObject(value)) throw new PolicyError(`trustPolicies[${index}] is not an object`)
  const name = ownField(value, 'name')
  if (typeof name !== 'string' || name === '') throw new PolicyError(`trustPolicies[${index}] has no "name"`)
  const where = `statement "${name}"`
  const verification = parseVerification(ownField(value, 'signatureVerification'), where)
  const stores = stringList(value, 'trustStores', where)
  const identities = stringList(value, 'trustedIdentities', where)
  const registryScopes = parseScopes(stringList(value, 'registryScopes', where), where)
  if (verification.level === 'skip') {
    if (stores.length > 0 || identities.length > 0) {
      throw new PolicyError(`${where} skips verification but names trust stores or trusted identities: remove them, or choose another level`)
    }
    // The specification: "skip cannot be used with a global scope (*)".
    if (registryScopes.includes('*')) throw new PolicyError(`${where} skips verification for every repository ("*"); skip may only name repositories`)
  } else if (stores.length === 0 || identities.length === 0) {
    throw new PolicyError(`${where} needs both "trustStores" and "trustedIdentities"`)
  }
  return {
    name,
    registryScopes,
    ...verification,
    trustStores: stores.map(store => parseStore(store, where)),
    trustedIdentities: parseIdentities(identities, where)
  }
}

function stringList(statement: JsonObject, key: string, where: string): string[] {
  const value = ownField(statement, key)
  if (value === undefined || value === null) return []
  if (!Array.isArray(value) || value.some(item => typeof item !== 'string')) throw new PolicyError(`${where}: "${key}" is not a list of strings`)
  return value as string[]
}

function parseVerification(value: unknown, where: string): Pick<TrustPolicy, 'level' | 'enforcement' | 'verifyTimestamp'> {
  if (!isJsonObject(value)) throw new PolicyError(`${where} has no "signatureVerification" object`)
  const level = ownField(value, 'level')
  if (typeof level !== 'string' || !Object.hasOwn(LEVELS, level)) {
    throw new PolicyError(`${where}: signatureVerification level ${describeValue(level)} is not strict, permissive, audit or skip`)
  }
  const verifyTimestamp = ownField(value, 'verifyTimestamp') ?? 'always'
  if (verifyTimestamp !== 'always' && verifyTimestamp !== 'afterCertExpiry' && verifyTimestamp !== '') {
    throw new PolicyError(`${where}: verifyTimestamp ${describeValue(verifyTimestamp)} is not "always" or "afterCertExpiry"`)
  }
  const enforcement: Record<Validation, Action> = { ...LEVELS[level as Level] }
  const override = ownField(value, 'override') ?? {}
  if (!isJsonObject(override)) throw new PolicyError(`${where}: signatureVerification override is not an object`)
  const overridden = Object.entries(override)
  if (overridden.length > 0 && level === 'skip') throw new PolicyError(`${where}: the skip level cannot be overridden`)
  for (const [validation, action] of overridden) {
    if (!(VALIDATIONS as readonly string[]).includes(validation)) {
      throw new PolicyError(`${where}: override "${validation}" is not one of ${VALIDATIONS.filter(v => v !== 'integrity').join(', ')}`)
    }
    if (validation === 'integrity') throw new PolicyError(`${where}: integrity cannot be overridden; it is always enforced`)
    if (action !== 'enforce' && action !== 'log' && action !== 'skip') {
      throw new PolicyError(`${where}: override "${validation}": ${describeValue(action)} is not enforce, log or skip`)
    }
    if (action === 'skip' && validation !== 'revocation')
      throw new PolicyError(`${where}: override "${validation}" cannot be skip; only revocation can`)
    enforcement[validation as Validation] = action
  }
  return { level: level as Level, enforcement, verifyTimestamp: verifyTimestamp === 'afterCertExpiry' ? 'afterCertExpiry' : 'always' }
}

function parseStore(text: string, where: string): StoreReference {
  const colon = text.indexOf(':')
  if (colon === -1) throw new PolicyError(`${where}: trust store "${text}" is not TYPE:NAME (e.g. ca:acme-rockets)`)
  const type = text.slice(0, colon)
  const name = text.slice(colon + 1)
  if (!(STORE_TYPES as readonly string[]).includes(type))
    throw new PolicyError(`${where}: trust store "${text}" has type "${type}", not ca, signingAuthority or tsa`)
  if (!STORE_NAME.test(name)) throw new PolicyError(`${where}: trust store "${text}" has a name outside [a-zA-Z0-9_.-]+`)
  return { type: type as StoreType, name }
}

function parseIdentities(texts: readonly string[], where: string): TrustPolicy['trustedIdentities'] {
  if (texts.includes('*')) {
    if (texts.length > 1) throw new PolicyError(`${where}: trustedIdentities "*" cannot be listed with other identities`)
    return '*'
  }
  const identities: TrustedIdentity[] = []
  for (const text of texts) {
    if (text === '') throw new PolicyError(`${where} has an empty trusted identity`)
    const colon = text.indexOf(':')
    if (colon === -1) throw new PolicyError(`${where}: trusted identity "${text}" has no "x509.subject:" prefix`)
    // Other kinds of identity belong to verification plugins; notation ignores them, and so does this action.
    if (text.slice(0, colon) !== SUBJECT_PREFIX) continue
    const value = text.slice(colon + 1)
    if (value.trim() === '') throw new PolicyError(`${where}: trusted identity "${text}" names no subject`)
    try {
      identities.push({ text, name: parseDistinguishedName(value) })
    } catch (error) {
      if (error instanceof NameError)
        throw new PolicyError(`${where}: trusted identity "${text}" is not a valid distinguished name: ${error.message}`)
      throw error
    }
  }
  for (const a of identities) {
    const overlapping = identities.find(b => b !== a && isSubset(a.name, b.name))
    if (overlapping)
      throw new PolicyError(`${where}: trusted identities "${a.text}" and "${overlapping.text}" overlap (one certificate could match both)`)
  }
  return identities
}

function parseScopes(scopes: readonly string[], where: string): string[] {
  if (scopes.length === 0) throw new PolicyError(`${where} has no "registryScopes"`)
  if (scopes.includes('*')) {
    if (scopes.length > 1) throw new PolicyError(`${where}: registryScopes "*" cannot be listed with other scopes`)
    return ['*']
  }
  for (const scope of scopes) {
    const slash = scope.indexOf('/')
    const host = scope.slice(0, slash)
    const repository = scope.slice(slash + 1)
    if (scope.includes('*') || slash === -1 || host.startsWith('[') || !hostRule.test(host) || !repositoryRule.test(repository)) {
      throw new PolicyError(`${where}: registry scope "${scope}" is not a fully qualified repository such as myregistry.azurecr.io/team/web, or "*"`)
    }
  }
  return [...scopes]
}

/** The statement that applies to `scope` (`<registry>/<repository>`): the one that names it, else the global one. */
export function applicablePolicy(document: TrustPolicyDocument, scope: string): TrustPolicy | undefined {
  return document.policies.find(policy => policy.registryScopes.includes(scope)) ?? document.policies.find(policy => policy.registryScopes[0] === '*')
}
