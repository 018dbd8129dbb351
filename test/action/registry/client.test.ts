// The client's pure parts: reading WWW-Authenticate challenges, and which hosts
// are reached over plain http. Its requests are tested against a real
// registry in verify.registry.test.ts.
import { describe, expect, test } from 'vitest'
import { isLoopbackHost, parseWwwAuthenticate, type Challenge } from '../../../src/action/registry/client.js'

describe('parseWwwAuthenticate', () => {
  test.each<[string, string, Challenge[]]>([
    [
      'distribution / ACR Bearer with a scope',
      'Bearer realm="https://myregistry.azurecr.io/oauth2/token",service="myregistry.azurecr.io",scope="repository:team/web:pull"',
      [
        {
          scheme: 'bearer',
          params: { realm: 'https://myregistry.azurecr.io/oauth2/token', service: 'myregistry.azurecr.io', scope: 'repository:team/web:pull' }
        }
      ]
    ],
    [
      'Bearer with an error, spaces after commas',
      'Bearer realm="http://127.0.0.1:5001/token", service="test-registry", error="invalid_token"',
      [{ scheme: 'bearer', params: { realm: 'http://127.0.0.1:5001/token', service: 'test-registry', error: 'invalid_token' } }]
    ],
    ['htpasswd Basic', 'Basic realm="test-registry"', [{ scheme: 'basic', params: { realm: 'test-registry' } }]],
    [
      'scheme in another case, unquoted value',
      'BEARER realm=https://r.example/token',
      [{ scheme: 'bearer', params: { realm: 'https://r.example/token' } }]
    ],
    [
      'two challenges in one header',
      'Basic realm="a", Bearer realm="https://b.example/token",service="b"',
      [
        { scheme: 'basic', params: { realm: 'a' } },
        { scheme: 'bearer', params: { realm: 'https://b.example/token', service: 'b' } }
      ]
    ],
    ['escaped quotes in a quoted string', 'Basic realm="say \\"hi\\", please"', [{ scheme: 'basic', params: { realm: 'say "hi", please' } }]],
    [
      'a scope list with spaces inside quotes',
      'Bearer scope="repository:a:pull repository:b:pull"',
      [{ scheme: 'bearer', params: { scope: 'repository:a:pull repository:b:pull' } }]
    ],
    [
      'a token68',
      'Negotiate YIIBhwYGKwYBBQUCoIIBezCC==, Basic realm="x"',
      [
        { scheme: 'negotiate', params: { token68: 'YIIBhwYGKwYBBQUCoIIBezCC==' } },
        { scheme: 'basic', params: { realm: 'x' } }
      ]
    ],
    [
      'a token68 that ends the header',
      'Negotiate YIIBhwYGKwYBBQUCoIIBezCC==',
      [{ scheme: 'negotiate', params: { token68: 'YIIBhwYGKwYBBQUCoIIBezCC==' } }]
    ],
    ['a scheme alone', 'Basic', [{ scheme: 'basic', params: {} }]],
    ['empty', '', []],
    [
      'an unterminated quote ends the header',
      'Bearer realm="https://r.example/tok',
      [{ scheme: 'bearer', params: { realm: 'https://r.example/tok' } }]
    ],
    // A backslash escapes the next character; with none after it, it is kept as it is.
    ['an unterminated quote ending in a backslash', 'Basic realm="a\\', [{ scheme: 'basic', params: { realm: 'a\\' } }]]
  ])('%s', (_name, header, expected) => {
    const parsed = parseWwwAuthenticate(header).map(c => ({ scheme: c.scheme, params: { ...c.params } }))
    expect(parsed).toEqual(expected)
  })

  test('a parameter named __proto__ is an ordinary key', () => {
    const [challenge] = parseWwwAuthenticate('Bearer __proto__="x",realm="https://r.example/token"')
    expect(challenge!.params.realm).toBe('https://r.example/token')
    expect(Object.getPrototypeOf(challenge!.params)).toBe(null)
  })

  test('garbage never loops', () => {
    for (const header of ['===', ',,,', '"""', 'Bearer ="x"', '\u0000\u0001', 'a=b=c=d']) expect(() => parseWwwAuthenticate(header)).not.toThrow()
  })
})

describe('isLoopbackHost: plain http only for these; every other host is https', () => {
  test.each([
    ['127.0.0.1:5000', true],
    ['127.0.0.1', true],
    ['localhost:5000', true],
    ['LOCALHOST', true],
    ['[::1]:5000', true],
    ['[::1]', true],
    ['myregistry.azurecr.io', false],
    ['127.0.0.1.nip.io', false],
    ['localhost.example.com:5000', false],
    ['10.0.0.1:5000', false],
    ['[::2]:5000', false],
    ['169.254.169.254', false]
  ])('%s → %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected)
  })
})
