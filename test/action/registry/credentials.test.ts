// Finding the job's credentials for one host in Docker's config.json, as the
// Docker CLI finds them; credential helpers are run for real (small scripts
// on a PATH of the test's own).
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  CredentialsError,
  credentialsFromEntry,
  findCredentialSource,
  hostOfKey,
  readDockerConfig,
  runCredentialHelper,
  secretsOf,
  type CredentialSource
} from '../../../src/action/registry/credentials.js'

const b64 = (text: string) => Buffer.from(text).toString('base64')
const HOST = 'myregistry.azurecr.io'
const PATH = '/cfg/config.json'

describe('findCredentialSource', () => {
  test.each<[string, object, CredentialSource]>([
    ['no config', {}, { kind: 'none' }],
    [
      'auths by exact key',
      { auths: { [HOST]: { auth: b64('user:pass') } } },
      { kind: 'entry', key: HOST, credentials: { kind: 'basic', username: 'user', password: 'pass' } }
    ],
    [
      'auths under a URL key, another case',
      { auths: { 'https://MyRegistry.azurecr.io/v2/': { auth: b64('user:pa:ss') } } },
      { kind: 'entry', key: 'https://MyRegistry.azurecr.io/v2/', credentials: { kind: 'basic', username: 'user', password: 'pa:ss' } }
    ],
    [
      'az acr login: identitytoken beside a placeholder user',
      { auths: { [HOST]: { auth: b64('00000000-0000-0000-0000-000000000000:'), identitytoken: 'refresh' } } },
      { kind: 'entry', key: HOST, credentials: { kind: 'identity-token', token: 'refresh' } }
    ],
    ['an empty entry (docker logout leaves these)', { auths: { [HOST]: {} } }, { kind: 'none' }],
    ['another host only', { auths: { 'other.azurecr.io': { auth: b64('u:p') } } }, { kind: 'none' }],
    ['a host that only starts the same', { auths: { 'myregistry.azurecr.io.evil.example': { auth: b64('u:p') } } }, { kind: 'none' }],
    [
      'credHelpers for the host wins over auths',
      { credHelpers: { [HOST]: 'acr-env' }, auths: { [HOST]: { auth: b64('u:p') } } },
      { kind: 'helper', helper: 'acr-env', from: 'credHelpers' }
    ],
    [
      'credHelpers for another host, credsStore',
      { credHelpers: { 'x.io': 'a' }, credsStore: 'desktop' },
      { kind: 'helper', helper: 'desktop', from: 'credsStore' }
    ],
    [
      'an empty credsStore is none',
      { credsStore: '', auths: { [HOST]: { auth: b64('u:p') } } },
      { kind: 'entry', key: HOST, credentials: { kind: 'basic', username: 'u', password: 'p' } }
    ]
  ])('%s', (_name, config, expected) => {
    expect(findCredentialSource(config as Record<string, unknown>, HOST, PATH)).toEqual(expected)
  })

  test.each([
    [
      'a helper name that is a path',
      { credHelpers: { [HOST]: '../../bin/sh' } },
      'credHelpers["myregistry.azurecr.io"] must name a credential helper'
    ],
    ['a credsStore that is not a string', { credsStore: 1 }, 'credsStore must name a credential helper'],
    [
      'auth that is not base64 of user:password',
      { auths: { [HOST]: { auth: b64('nocolon') } } },
      'auths["myregistry.azurecr.io"].auth is not base64 of "username:password"'
    ],
    ['auth that is not base64 at all', { auths: { [HOST]: { auth: 'not base64!' } } }, 'is not base64'],
    ['an entry that is not an object', { auths: { [HOST]: 'x' } }, 'auths["myregistry.azurecr.io"] is not a JSON object']
  ])('refuses %s, naming the file and the key, never the value', (_name, config, message) => {
    expect(() => findCredentialSource(config as Record<string, unknown>, HOST, PATH)).toThrow(CredentialsError)
    expect(() => findCredentialSource(config as Record<string, unknown>, HOST, PATH)).toThrow(`${PATH}: `)
    expect(() => findCredentialSource(config as Record<string, unknown>, HOST, PATH)).toThrow(message)
  })

  test('an error about auth never shows it', () => {
    const secret = b64('passwordwithoutuser')
    expect(() => credentialsFromEntry({ auth: secret }, 'auths["h"]', PATH)).not.toThrow(secret)
  })
})

describe('hostOfKey', () => {
  test.each([
    ['myregistry.azurecr.io', 'myregistry.azurecr.io'],
    ['https://myregistry.azurecr.io', 'myregistry.azurecr.io'],
    ['http://127.0.0.1:5000/v2/', '127.0.0.1:5000'],
    ['https://index.docker.io/v1/', 'index.docker.io'],
    ['MyRegistry.AzureCR.io', 'myregistry.azurecr.io']
  ])('%s → %s', (key, host) => expect(hostOfKey(key)).toBe(host))
})

describe('secretsOf: what the runner is told to mask', () => {
  test.each([
    [{ kind: 'anonymous' } as const, []],
    [{ kind: 'basic', username: 'u', password: 'p4ss' } as const, ['p4ss', b64('u:p4ss')]],
    [{ kind: 'identity-token', token: 'refresh' } as const, ['refresh']]
  ])('%j', (credentials, secrets) => expect(secretsOf(credentials)).toEqual(secrets))
})

describe('readDockerConfig', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'acr-credentials-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test('a missing file is an empty config: anonymous access', () => {
    expect(readDockerConfig(join(dir, 'absent', 'config.json'))).toEqual({})
  })

  test.each([
    ['empty', ''],
    ['blank', ' \n\t\r\n']
  ])('an %s file is an empty config, as the Docker CLI reads it', (name, text) => {
    const path = join(dir, `${name}.json`)
    writeFileSync(path, text)
    expect(readDockerConfig(path)).toEqual({})
  })

  test('invalid JSON is reported by position, never with its text', () => {
    const path = join(dir, 'broken.json')
    writeFileSync(path, '{"auths": {"h": {"auth": "c2VjcmV0OnNlY3JldA=="}},}')
    expect(() => readDockerConfig(path)).toThrow(/broken\.json is not valid JSON at line 1, column \d+$/)
    expect(() => readDockerConfig(path)).not.toThrow(/c2VjcmV0/)
  })
})

describe('runCredentialHelper', () => {
  let bin: string
  const env = () => ({ PATH: `${bin}:/usr/bin:/bin` })
  beforeAll(() => {
    bin = mkdtempSync(join(tmpdir(), 'acr-helpers-'))
    const helper = (name: string, script: string) => {
      writeFileSync(join(bin, `docker-credential-${name}`), `#!/bin/sh\n${script}\n`)
      chmodSync(join(bin, `docker-credential-${name}`), 0o755)
    }
    // Holds credentials for one host, read from stdin as the Docker CLI sends it.
    helper(
      'basic',
      'read host; [ "$1" = get ] || exit 2; [ "$host" = myregistry.azurecr.io ] || { echo "credentials not found in native keychain"; exit 1; }; echo \'{"ServerURL":"myregistry.azurecr.io","Username":"user","Secret":"from-helper"}\''
    )
    helper('token', 'cat >/dev/null; echo \'{"ServerURL":"h","Username":"<token>","Secret":"refresh-from-helper"}\'')
    helper('missing', 'cat >/dev/null; echo "credentials not found in native keychain"; exit 1')
    helper('broken', 'cat >/dev/null; echo "secret-looking output"; exit 3')
    helper('notjson', 'cat >/dev/null; echo "hello"')
  })
  afterAll(() => rmSync(bin, { recursive: true, force: true }))

  test('user and secret', () => {
    expect(runCredentialHelper('basic', HOST, { env: env() })).toEqual({ kind: 'basic', username: 'user', password: 'from-helper' })
  })

  test('<token> as the username: an identity token (ACR refresh token)', () => {
    expect(runCredentialHelper('token', HOST, { env: env() })).toEqual({ kind: 'identity-token', token: 'refresh-from-helper' })
  })

  test('credentials not found: anonymous', () => {
    expect(runCredentialHelper('missing', HOST, { env: env() })).toEqual({ kind: 'anonymous' })
  })

  test('a helper that fails: its status, not its output', () => {
    expect(() => runCredentialHelper('broken', HOST, { env: env() })).toThrow(
      'docker-credential-broken get for myregistry.azurecr.io exited with status 3'
    )
    expect(() => runCredentialHelper('broken', HOST, { env: env() })).not.toThrow(/secret-looking/)
  })

  test('a helper that prints something else than JSON', () => {
    expect(() => runCredentialHelper('notjson', HOST, { env: env() })).toThrow('did not print JSON')
  })

  test('a helper not on PATH says what to install', () => {
    expect(() => runCredentialHelper('ecr-login', HOST, { env: env() })).toThrow(
      'The Docker config names the credential helper "ecr-login" for myregistry.azurecr.io, but docker-credential-ecr-login is not on PATH'
    )
  })

  test('the helper is asked about the host on stdin: another host has nothing', () => {
    expect(runCredentialHelper('basic', '127.0.0.1:5000', { env: env() })).toEqual({ kind: 'anonymous' })
  })
})
