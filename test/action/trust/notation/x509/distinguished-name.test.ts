// x509.subject identities and certificate subjects, as the trust-store-trust-policy
// specification and `notation verify` read and compare them.
import { describe, expect, test } from 'vitest'
import {
  describeDistinguishedName,
  isSubset,
  parseDistinguishedName,
  subjectName
} from '../../../../../src/action/trust/notation/x509/distinguished-name.js'

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
