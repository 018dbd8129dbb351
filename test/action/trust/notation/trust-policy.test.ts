// Trust policy documents and x509.subject identities, as the trust-store-trust-policy
// specification and `notation verify` read and validate them.
import { describe, expect, test } from 'vitest'
import { describeDistinguishedName, isSubset, parseDistinguishedName, subjectName } from '../../../../src/action/trust/notation/distinguished-name.js'
import { applicablePolicy, LEVELS, parseTrustPolicy, PolicyError } from '../../../../src/action/trust/notation/trust-policy.js'

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

describe('distinguished names', () => {
  test.each<[string, Record<string, string>]>([
    ['C=US, ST=WA, O=Contoso', { C: 'US', ST: 'WA', O: 'Contoso' }],
    ['C=US,S=WA,O=Contoso', { C: 'US', ST: 'WA', O: 'Contoso' }],
    ['  C = US ;ST=WA;O=Contoso  ', { C: 'US', ST: 'WA', O: 'Contoso' }],
    ['C=US, ST=WA, O=Contoso\\, Inc., CN=a\\+b', { C: 'US', ST: 'WA', O: 'Contoso, Inc.', CN: 'a+b' }],
    ['C=US, ST=WA, O=\\ padded\\ ', { C: 'US', ST: 'WA', O: ' padded ' }],
    ['C=US, ST=WA, O=back\\\\slash', { C: 'US', ST: 'WA', O: 'back\\slash' }],
    ['C=US, ST=WA, O=Caf\\C3\\A9', { C: 'US', ST: 'WA', O: 'Café' }],
    ['C=US, ST=WA, O=Contoso, OU=a=b', { C: 'US', ST: 'WA', O: 'Contoso', OU: 'a=b' }]
  ])('%s', (text, expected) => {
    expect(Object.fromEntries(parseDistinguishedName(text))).toEqual(expected)
  })

  test.each<[string, string]>([
    ['C=US, ST=WA, O=#04024869', '=#<hex> (BER) is not supported'],
    ['C=US+ST=WA, O=Contoso', 'multi-valued RDNs'],
    ['C=US, WA, O=Contoso', '" WA" has no "="'],
    ['C=US, ST=WA, O', '" O" has no "="'],
    ['C=US, ST=WA, ST=OR, O=Contoso', 'the attribute ST appears twice'],
    ['C=US, ST=WA, S=OR, O=Contoso', 'the attribute ST appears twice'],
    ['C=US, ST=WA, O="Contoso"', 'the character "\\"" must be escaped'],
    ['C=US, ST=WA, O=a<b', 'must be escaped'],
    ['C=US, ST=WA, O=a>b', 'the character ">" must be escaped'],
    ['C=US, ST=WA, O=a\u0000b', 'the character "\\u0000" must be escaped'],
    ['C=US, ST=WA, O=Contoso\\', 'unfinished escape'],
    ['C=US, ST=WA, O=\\zz', '"\\zz" is neither an escaped special character nor two hex digits'],
    ['c=US, st=WA, o=Contoso', 'it has no C, ST, O'],
    ['', 'has no "="']
  ])('refuses %s', (text, message) => {
    expect(() => parseDistinguishedName(text)).toThrow(message)
  })

  test('a subject matches the identities it holds every attribute of, values compared exactly', () => {
    const subject = new Map([
      ['C', 'US'],
      ['ST', 'WA'],
      ['O', 'Contoso'],
      ['CN', 'builder']
    ])
    expect(isSubset(parseDistinguishedName('C=US, ST=WA, O=Contoso'), subject)).toBe(true)
    expect(isSubset(parseDistinguishedName('C=US, ST=WA, O=Contoso, CN=builder'), subject)).toBe(true)
    expect(isSubset(parseDistinguishedName('C=US, ST=WA, O=contoso'), subject)).toBe(false)
    expect(isSubset(parseDistinguishedName('C=US, ST=WA, O=Contoso, OU=Finance'), subject)).toBe(false)
  })

  test("a certificate's subject, by Go's short names", () => {
    const rdns = [
      [{ type: '2.5.4.6', value: 'US' }],
      [{ type: '2.5.4.8', value: 'WA' }],
      [{ type: '2.5.4.7', value: 'Seattle' }],
      [{ type: '2.5.4.10', value: 'Contoso' }],
      [{ type: '2.5.4.11', value: 'Build' }],
      [{ type: '2.5.4.3', value: 'first' }],
      [{ type: '2.5.4.3', value: 'builder' }],
      [{ type: '2.5.4.5', value: '42' }],
      [{ type: '2.5.4.9', value: '1 Main St' }],
      [{ type: '2.5.4.17', value: '98101' }]
    ]
    expect(Object.fromEntries(subjectName(rdns) as Map<string, string>)).toEqual({
      C: 'US',
      ST: 'WA',
      L: 'Seattle',
      O: 'Contoso',
      OU: 'Build',
      CN: 'builder',
      SERIALNUMBER: '42',
      STREET: '1 Main St',
      POSTALCODE: '98101'
    })
  })

  test.each<[string, { type: string; value?: string }[][], string]>([
    [
      'an attribute Go has no short name for (an e-mail address)',
      [[{ type: '1.2.840.113549.1.9.1', value: 'a@b.c' }]],
      'holds the attribute 1.2.840.113549.1.9.1'
    ],
    ['a value that is not text', [[{ type: '2.5.4.10' }]], "its subject's O is not text"],
    ['a type twice', [[{ type: '2.5.4.11', value: 'a' }], [{ type: '2.5.4.11', value: 'b' }]], 'holds OU more than once']
  ])('a subject no identity can match: %s', (_, rdns, refusal) => {
    expect(subjectName(rdns)).toEqual({ refusal: expect.stringContaining(refusal) })
  })

  test('SERIALNUMBER, like CN, keeps its last value; errors are NameErrors', () => {
    expect(subjectName([[{ type: '2.5.4.5', value: '1' }], [{ type: '2.5.4.5', value: '2' }]])).toEqual(new Map([['SERIALNUMBER', '2']]))
    expect(() => parseDistinguishedName('C=US')).toThrow(expect.objectContaining({ name: 'NameError' }))
  })

  test('names print in one line, RFC 4514 escapes included', () => {
    expect(describeDistinguishedName(parseDistinguishedName('C=US, ST=WA, O=Contoso\\, Inc., CN=\\ x\\#'))).toBe(
      'C=US, ST=WA, O=Contoso\\, Inc., CN=\\ x#'
    )
  })
})
