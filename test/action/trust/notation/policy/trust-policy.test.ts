// Trust policy documents, as the trust-store-trust-policy specification and
// `notation verify` read and validate them.
import { describe, expect, test } from 'vitest'
import { applicablePolicy, LEVELS, parseTrustPolicy, PolicyError } from '../../../../../src/action/trust/notation/policy/trust-policy.js'

const statement = (overrides: object = {}) => ({
  name: 'web',
  registryScopes: ['myregistry.azurecr.io/team/web'],
  signatureVerification: { level: 'strict' },
  trustStores: ['ca:contoso'],
  trustedIdentities: ['x509.subject: C=US, ST=WA, O=Contoso'],
  ...overrides
})
const documentOf = (...statements: unknown[]) => JSON.stringify({ version: '1.0', trustPolicies: statements })

describe('parseTrustPolicy', () => {
  test('a statement as notation policy import writes it', () => {
    const [policy] = parseTrustPolicy(documentOf(statement(), statement({ name: 'all', registryScopes: ['*'], trustedIdentities: ['*'] }))).policies
    expect(policy).toMatchObject({
      name: 'web',
      registryScopes: ['myregistry.azurecr.io/team/web'],
      level: 'strict',
      enforcement: LEVELS.strict,
      verifyTimestamp: 'always',
      trustStores: [{ type: 'ca', name: 'contoso' }]
    })
    expect(policy!.trustedIdentities).toEqual([
      {
        text: 'x509.subject: C=US, ST=WA, O=Contoso',
        name: new Map([
          ['C', 'US'],
          ['ST', 'WA'],
          ['O', 'Contoso']
        ])
      }
    ])
  })

  test.each([
    ['permissive', { integrity: 'enforce', authenticity: 'enforce', authenticTimestamp: 'log', expiry: 'log', revocation: 'log' }],
    ['audit', { integrity: 'enforce', authenticity: 'log', authenticTimestamp: 'log', expiry: 'log', revocation: 'log' }]
  ])('the %s level enforces and logs as the specification’s table says', (level, enforcement) => {
    expect(parseTrustPolicy(documentOf(statement({ signatureVerification: { level } }))).policies[0]!.enforcement).toEqual(enforcement)
  })

  test('override changes what a level enforces; verifyTimestamp afterCertExpiry', () => {
    const [policy] = parseTrustPolicy(
      documentOf(
        statement({ signatureVerification: { level: 'strict', override: { expiry: 'log', revocation: 'skip' }, verifyTimestamp: 'afterCertExpiry' } })
      )
    ).policies
    expect(policy!.enforcement).toEqual({ ...LEVELS.strict, expiry: 'log', revocation: 'skip' })
    expect(policy!.verifyTimestamp).toBe('afterCertExpiry')
  })

  test("the levels' tables, and what an empty verifyTimestamp and an enforce override mean", () => {
    const all = (action: string) => ({ integrity: action, authenticity: action, authenticTimestamp: action, expiry: action, revocation: action })
    expect(LEVELS.strict).toEqual(all('enforce'))
    expect(LEVELS.skip).toEqual(all('skip'))
    const [policy] = parseTrustPolicy(
      documentOf(statement({ signatureVerification: { level: 'audit', verifyTimestamp: '', override: { authenticity: 'enforce' } } }))
    ).policies
    expect(policy).toMatchObject({ verifyTimestamp: 'always', enforcement: { ...LEVELS.audit, authenticity: 'enforce' } })
  })

  test('errors are PolicyErrors', () => {
    expect(() => parseTrustPolicy('{')).toThrow(expect.objectContaining({ name: 'PolicyError' }))
  })

  test('a skip statement names no stores or identities', () => {
    const [policy] = parseTrustPolicy(
      documentOf({ name: 'unsigned', registryScopes: ['r.io/legacy'], signatureVerification: { level: 'skip' } })
    ).policies
    expect(policy).toMatchObject({ level: 'skip', enforcement: LEVELS.skip, trustStores: [], trustedIdentities: [] })
  })

  test('identities of other kinds are left to plugins, as notation leaves them', () => {
    const [policy] = parseTrustPolicy(
      documentOf(statement({ trustedIdentities: ['x509.subject: C=US, ST=WA, O=Contoso', 'plugin.id: 42'] }))
    ).policies
    expect(policy!.trustedIdentities).toHaveLength(1)
  })

  test.each<[string, string, string]>([
    ['not JSON', '{', 'is not valid JSON'],
    ['not an object', '[]', 'is not a JSON object'],
    ['no version', JSON.stringify({ trustPolicies: [statement()] }), 'has no "version"'],
    ['another version', JSON.stringify({ version: '2.0', trustPolicies: [statement()] }), 'has version "2.0"; only "1.0" is supported'],
    ['no statement', JSON.stringify({ version: '1.0', trustPolicies: [] }), 'has no trust policy statements'],
    ['an empty version', JSON.stringify({ version: '', trustPolicies: [statement()] }), 'has no "version"; it must be "1.0"'],
    ['a name that is not text', documentOf(statement({ name: 7 })), 'trustPolicies[0] has no "name"'],
    ['a level that is not text', documentOf(statement({ signatureVerification: { level: 7 } })), 'level 7 is not strict'],
    [
      'skip with trust stores alone',
      documentOf({ name: 's', registryScopes: ['r.io/a'], signatureVerification: { level: 'skip' }, trustStores: ['ca:x'] }),
      'skips verification but names'
    ],
    [
      'skip with identities alone',
      documentOf({ name: 's', registryScopes: ['r.io/a'], signatureVerification: { level: 'skip' }, trustedIdentities: ['*'] }),
      'skips verification but names'
    ],
    ['trust stores that are null', documentOf(statement({ trustStores: null })), 'needs both "trustStores" and "trustedIdentities"'],
    ['a statement that is not an object', documentOf(7), 'trustPolicies[0] is not an object'],
    ['a statement without a name', documentOf(statement({ name: '' })), 'trustPolicies[0] has no "name"'],
    ['two statements of one name', documentOf(statement(), statement({ registryScopes: ['*'] })), 'has two statements named "web"'],
    [
      'one scope in two statements',
      documentOf(statement(), statement({ name: 'other' })),
      'names the registry scope "myregistry.azurecr.io/team/web" in two statements ("web" and "other")'
    ],
    [
      'two global statements',
      documentOf(statement({ registryScopes: ['*'] }), statement({ name: 'b', registryScopes: ['*'] })),
      'names the registry scope "*" in two statements'
    ],
    [
      'no signatureVerification',
      documentOf(statement({ signatureVerification: undefined })),
      'statement "web" has no "signatureVerification" object'
    ],
    [
      'an unknown level',
      documentOf(statement({ signatureVerification: { level: 'lenient' } })),
      'level "lenient" is not strict, permissive, audit or skip'
    ],
    [
      'an unknown verifyTimestamp',
      documentOf(statement({ signatureVerification: { level: 'strict', verifyTimestamp: 'never' } })),
      'verifyTimestamp "never" is not'
    ],
    [
      'an override that is not an object',
      documentOf(statement({ signatureVerification: { level: 'strict', override: [] } })),
      'override is not an object'
    ],
    [
      'an override of integrity',
      documentOf(statement({ signatureVerification: { level: 'strict', override: { integrity: 'log' } } })),
      'integrity cannot be overridden'
    ],
    [
      'an override of an unknown validation',
      documentOf(statement({ signatureVerification: { level: 'strict', override: { freshness: 'log' } } })),
      'override "freshness" is not one of authenticity, authenticTimestamp, expiry, revocation'
    ],
    [
      'an override to an unknown action',
      documentOf(statement({ signatureVerification: { level: 'strict', override: { expiry: 'ignore' } } })),
      'override "expiry": "ignore" is not enforce, log or skip'
    ],
    [
      'skip for another validation than revocation',
      documentOf(statement({ signatureVerification: { level: 'strict', override: { expiry: 'skip' } } })),
      'override "expiry" cannot be skip; only revocation can'
    ],
    [
      'an override of the skip level',
      documentOf(statement({ signatureVerification: { level: 'skip', override: { revocation: 'log' } }, trustStores: [], trustedIdentities: [] })),
      'the skip level cannot be overridden'
    ],
    [
      'skip with trust stores',
      documentOf(statement({ signatureVerification: { level: 'skip' } })),
      'skips verification but names trust stores or trusted identities'
    ],
    [
      'skip for every repository',
      documentOf({ name: 'all', registryScopes: ['*'], signatureVerification: { level: 'skip' } }),
      'skips verification for every repository ("*")'
    ],
    ['no trust store', documentOf(statement({ trustStores: [] })), 'statement "web" needs both "trustStores" and "trustedIdentities"'],
    ['no trusted identity', documentOf(statement({ trustedIdentities: undefined })), 'needs both "trustStores" and "trustedIdentities"'],
    ['trust stores that are not strings', documentOf(statement({ trustStores: [1] })), '"trustStores" is not a list of strings'],
    ['a trust store without a type', documentOf(statement({ trustStores: ['contoso'] })), 'trust store "contoso" is not TYPE:NAME'],
    ['an unknown trust store type', documentOf(statement({ trustStores: ['root:contoso'] })), 'has type "root", not ca, signingAuthority or tsa'],
    ['a trust store name with a path', documentOf(statement({ trustStores: ['ca:../contoso'] })), 'has a name outside [a-zA-Z0-9_.-]+'],
    [
      '"*" beside another identity',
      documentOf(statement({ trustedIdentities: ['*', 'x509.subject: C=US, ST=WA, O=Contoso'] })),
      'trustedIdentities "*" cannot be listed with other identities'
    ],
    ['an empty identity', documentOf(statement({ trustedIdentities: [''] })), 'has an empty trusted identity'],
    ['an identity without a prefix', documentOf(statement({ trustedIdentities: ['C=US'] })), 'trusted identity "C=US" has no "x509.subject:" prefix'],
    ['an empty subject', documentOf(statement({ trustedIdentities: ['x509.subject: '] })), 'names no subject'],
    [
      'a subject without ST',
      documentOf(statement({ trustedIdentities: ['x509.subject: C=US, O=Contoso'] })),
      'it must name C, ST (or S) and O at least; it has no ST'
    ],
    [
      'overlapping identities',
      documentOf(statement({ trustedIdentities: ['x509.subject: C=US, ST=WA, O=Contoso', 'x509.subject: C=US, ST=WA, O=Contoso, CN=builder'] })),
      'overlap (one certificate could match both)'
    ],
    ['no registry scope', documentOf(statement({ registryScopes: [] })), 'has no "registryScopes"'],
    [
      '"*" beside a repository',
      documentOf(statement({ registryScopes: ['*', 'r.io/web'] })),
      'registryScopes "*" cannot be listed with other scopes'
    ],
    [
      'a scope with a wildcard',
      documentOf(statement({ registryScopes: ['r.io/team/*'] })),
      'registry scope "r.io/team/*" is not a fully qualified repository'
    ],
    ['a scope with a tag', documentOf(statement({ registryScopes: ['r.io/web:v1'] })), 'registry scope "r.io/web:v1" is not'],
    ['a scope with upper case', documentOf(statement({ registryScopes: ['r.io/Web'] })), 'registry scope "r.io/Web" is not'],
    ['a scope with a bare host', documentOf(statement({ registryScopes: ['r.io'] })), 'registry scope "r.io" is not']
  ])('refuses %s', (_, text, message) => {
    expect(() => parseTrustPolicy(text)).toThrow(PolicyError)
    expect(() => parseTrustPolicy(text)).toThrow(message)
  })
})

describe('applicablePolicy', () => {
  const document = parseTrustPolicy(
    documentOf(
      statement({ name: 'global', registryScopes: ['*'] }),
      statement({ name: 'web', registryScopes: ['r.io/team/web', 'localhost:5000/team/web'] })
    )
  )
  test.each([
    ['r.io/team/web', 'web'],
    ['localhost:5000/team/web', 'web'],
    ['r.io/team/api', 'global'],
    ['r.io/team/web/sub', 'global']
  ])('%s: %s', (scope, name) => {
    expect(applicablePolicy(document, scope)?.name).toBe(name)
  })
  test('none applies without a global statement', () => {
    expect(applicablePolicy(parseTrustPolicy(documentOf(statement())), 'r.io/team/api')).toBeUndefined()
  })
})
