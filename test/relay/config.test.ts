import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { ConfigError, loadRelayConfig, loadStorageConfig } from '../../src/relay/config.js'

const SECRET = 'a-very-secret-value-42'
const TOKEN = 'ghp_supersecrettoken0123456789'
const BASE = { RELAY_SECRET: SECRET, GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: 'org/deploy' }
const pem = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' }
}).privateKey

describe('loadRelayConfig', () => {
  test('defaults', () => {
    const config = loadRelayConfig(BASE)
    expect(config).toMatchObject({
      apiUrl: 'https://api.github.com',
      eventTypePrefix: 'acr-',
      port: 8080,
      deadlineMs: 25_000,
      auth: { kind: 'token', token: TOKEN }
    })
    expect(config.routes.map(r => r.target)).toEqual(['org/deploy'])
  })

  test('routes come first, GITHUB_REPOSITORY catches the rest', () => {
    const config = loadRelayConfig({ ...BASE, RELAY_ROUTES: '[{"repositories":"team/**","target":"org/team"}]' })
    expect(config.routes.map(r => r.target)).toEqual(['org/team', 'org/deploy'])
    expect(config.routes[0]!.repositories.matches('team/web/api')).toBe(true)
    expect(config.routes[0]!.repositories.matches('ops/web')).toBe(false)
  })

  test('routes alone, without GITHUB_REPOSITORY', () => {
    const { GITHUB_REPOSITORY, ...withoutRepository } = BASE
    const config = loadRelayConfig({ ...withoutRepository, RELAY_ROUTES: '[{"repositories":"**","target":"org/all"}]' })
    expect(config.routes.map(r => r.target)).toEqual(['org/all'])
  })

  test('a GitHub App, with the key on one line as app settings hold it', () => {
    const { GITHUB_TOKEN, ...withoutToken } = BASE
    const config = loadRelayConfig({
      ...withoutToken,
      GITHUB_APP_ID: '12345',
      GITHUB_APP_INSTALLATION_ID: '678',
      GITHUB_APP_PRIVATE_KEY: pem.trim().replace(/\n/g, '\\n')
    })
    expect(config.auth).toEqual({ kind: 'app', appId: '12345', installationId: 678, privateKey: pem })
  })

  test.each<[string, Record<string, string | undefined>, RegExp]>([
    ['RELAY_SECRET', { RELAY_SECRET: undefined }, /^RELAY_SECRET: is required/],
    ['RELAY_SECRET', { RELAY_SECRET: 'short' }, /^RELAY_SECRET: must be at least 16 characters/],
    ['GITHUB_TOKEN', { GITHUB_TOKEN: undefined }, /^GITHUB_TOKEN: is required .* unless GITHUB_APP_ID/],
    ['GITHUB_TOKEN', { GITHUB_APP_ID: '1' }, /^GITHUB_TOKEN: is set together with GITHUB_APP_\*/],
    [
      'GITHUB_APP_ID',
      { GITHUB_TOKEN: undefined, GITHUB_APP_ID: 'my-app', GITHUB_APP_INSTALLATION_ID: '1', GITHUB_APP_PRIVATE_KEY: pem },
      /^GITHUB_APP_ID: must be the App's numeric id/
    ],
    ['GITHUB_APP_INSTALLATION_ID', { GITHUB_TOKEN: undefined, GITHUB_APP_ID: '1', GITHUB_APP_PRIVATE_KEY: pem }, /^GITHUB_APP_INSTALLATION_ID:/],
    [
      'GITHUB_APP_PRIVATE_KEY',
      { GITHUB_TOKEN: undefined, GITHUB_APP_ID: '1', GITHUB_APP_INSTALLATION_ID: '2', GITHUB_APP_PRIVATE_KEY: 'not a key' },
      /^GITHUB_APP_PRIVATE_KEY: must be the App's PEM private key/
    ],
    ['GITHUB_REPOSITORY', { GITHUB_REPOSITORY: 'just-a-name' }, /^GITHUB_REPOSITORY: must be owner\/repo/],
    ['GITHUB_REPOSITORY', { GITHUB_REPOSITORY: undefined }, /^GITHUB_REPOSITORY: is required .* unless RELAY_ROUTES/],
    ['RELAY_ROUTES', { RELAY_ROUTES: '{not json' }, /^RELAY_ROUTES: is not valid JSON/],
    ['RELAY_ROUTES', { RELAY_ROUTES: '{"repositories":"**","target":"o/r"}' }, /^RELAY_ROUTES: must be a non-empty JSON list/],
    ['RELAY_ROUTES', { RELAY_ROUTES: '[{"repositories":"**","target":"nope"}]' }, /^RELAY_ROUTES: entry 0: "target" must be owner\/repo/],
    ['RELAY_ROUTES', { RELAY_ROUTES: '[{"target":"o/r"}]' }, /^RELAY_ROUTES: entry 0: "repositories" must be a glob/],
    [
      'RELAY_ROUTES',
      { RELAY_ROUTES: '[{"repositories":"**","target":"o/a"},{"repositories":"team/[abc","target":"o/r"}]' },
      /^RELAY_ROUTES: entry 1 \(to o\/r\): "repositories" "team\/\[abc" is not a valid glob \(Missing closing: "\]"/
    ],
    ['GITHUB_API_URL', { GITHUB_API_URL: 'ftp://example.com' }, /^GITHUB_API_URL: must be an http\(s\) URL/],
    [
      'RELAY_MAX_DISPATCHES_IN_FLIGHT',
      { RELAY_MAX_DISPATCHES_IN_FLIGHT: '0' },
      /^RELAY_MAX_DISPATCHES_IN_FLIGHT: must be a whole number from 1 to 100; got "0"/
    ],
    ['RELAY_MAX_DISPATCHES_IN_FLIGHT', { RELAY_MAX_DISPATCHES_IN_FLIGHT: '101' }, /from 1 to 100/],
    ['RELAY_MAX_DISPATCHES_QUEUED', { RELAY_MAX_DISPATCHES_QUEUED: 'many' }, /^RELAY_MAX_DISPATCHES_QUEUED: must be a whole number from 0 to 100000/],
    ['RELAY_MAX_CONNECTIONS', { RELAY_MAX_CONNECTIONS: '1.5' }, /^RELAY_MAX_CONNECTIONS: must be a whole number from 1 to 65536/],
    ['GITHUB_API_URL', { GITHUB_API_URL: 'https://user:pw@ghe.example.com/api/v3' }, /^GITHUB_API_URL: must not carry credentials/],
    // Never echoed, whatever is wrong with it: it may hold a token.
    [
      'GITHUB_API_URL',
      { GITHUB_API_URL: 'https://x-access-token:ghp_SECRET0123@ghe example.com' },
      /^GITHUB_API_URL: is not a URL \(the value is not shown: it may hold a credential\)(?!.*SECRET)/
    ],
    [
      'GITHUB_API_URL',
      { GITHUB_API_URL: 'https://ghe.example.com/api/v3?access_token=ghp_SECRET0123' },
      /^GITHUB_API_URL: must not carry a query or a fragment(?!.*SECRET)/
    ],
    ['EVENT_TYPE_PREFIX', { EVENT_TYPE_PREFIX: 'acr push ' }, /^EVENT_TYPE_PREFIX:/],
    ['PORT', { PORT: 'http' }, /^PORT: must be a port number/],
    ['PORT', { PORT: '70000' }, /^PORT:/],
    ['RELAY_DEADLINE_SECONDS', { RELAY_DEADLINE_SECONDS: '30' }, /^RELAY_DEADLINE_SECONDS: .* at most 28/]
  ])('%s: %j', (variable, changes, message) => {
    const env = { ...BASE, ...changes }
    let error: unknown
    try {
      loadRelayConfig(env)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).variable).toBe(variable)
    expect((error as Error).message).toMatch(message)
    // A message never repeats a secret it was given.
    for (const secret of [SECRET, TOKEN, pem.split('\n')[1]!, 'pw@']) expect((error as Error).message).not.toContain(secret)
  })

  test('the bounds have defaults a small team need not touch', () => {
    expect(loadRelayConfig(BASE)).toMatchObject({ maxDispatchesInFlight: 20, maxDispatchesQueued: 1000, maxConnections: 1024 })
  })

  test.each<[string, string | undefined, Array<{ count: number; windowMs: number }>]>([
    [
      "GitHub.com's secondary limits by default",
      undefined,
      [
        { count: 80, windowMs: 60_000 },
        { count: 500, windowMs: 3_600_000 }
      ]
    ],
    [
      'a GitHub Enterprise Server of its own',
      '200/1m, 3000/1h',
      [
        { count: 200, windowMs: 60_000 },
        { count: 3000, windowMs: 3_600_000 }
      ]
    ],
    ['two limits over one window: the lower holds', '80/60,50/1m', [{ count: 50, windowMs: 60_000 }]],
    ['none: not paced', 'none', []]
  ])('RELAY_GITHUB_RATE_LIMITS: %s', (_, setting, limits) => {
    expect(loadRelayConfig({ ...BASE, RELAY_GITHUB_RATE_LIMITS: setting }).githubRateLimits).toEqual(limits)
  })

  test.each(['80', '80/1w', '0/1m', '80/1m;500/1h', '80/0s'])('RELAY_GITHUB_RATE_LIMITS %j is refused, naming the variable', setting => {
    expect(() => loadRelayConfig({ ...BASE, RELAY_GITHUB_RATE_LIMITS: setting })).toThrow(/^RELAY_GITHUB_RATE_LIMITS: must be/)
  })

  test('GitHub Enterprise Server: the API URL loses its trailing slash', () => {
    expect(loadRelayConfig({ ...BASE, GITHUB_API_URL: 'https://ghe.example.com/api/v3/' }).apiUrl).toBe('https://ghe.example.com/api/v3')
  })
})

describe('storage settings', () => {
  const DEV = 'UseDevelopmentStorage=true'
  const ACCOUNT = 'DefaultEndpointsProtocol=https;AccountName=relaystore;AccountKey=c2VjcmV0LWtleS12YWx1ZQ==;EndpointSuffix=core.windows.net'

  test('unset: no storage, the in-memory relay', () => {
    expect(loadRelayConfig(BASE).storage).toBeUndefined()
    expect(loadStorageConfig({})).toBeUndefined()
  })

  test('defaults: names, a day of age, a minute of lease, 10 s doubling to 10 minutes', () => {
    expect(loadRelayConfig({ ...BASE, RELAY_STORAGE_CONNECTION_STRING: ACCOUNT }).storage).toEqual({
      connectionString: ACCOUNT,
      names: { table: 'acrrelayevents', queue: 'acrrelay-dispatches', poisonQueue: 'acrrelay-dispatches-poison', dispatchBudget: 'acrrelaybudget' },
      maxEventAgeMs: 86_400_000,
      leaseMs: 60_000,
      retryDelayMs: 10_000,
      maxRetryDelayMs: 600_000,
      callTimeoutMs: 8_000
    })
  })

  test("RELAY_STORAGE_TIMEOUT_SECONDS: from 1 s to 9 s, so that a record and its message fit in a sender's 30 s", () => {
    expect(loadStorageConfig({ RELAY_STORAGE_CONNECTION_STRING: DEV, RELAY_STORAGE_TIMEOUT_SECONDS: '1.5' })?.callTimeoutMs).toBe(1_500)
    expect(() => loadStorageConfig({ RELAY_STORAGE_CONNECTION_STRING: DEV, RELAY_STORAGE_TIMEOUT_SECONDS: '30' })).toThrow(
      /^RELAY_STORAGE_TIMEOUT_SECONDS: must be a duration/
    )
  })

  test('durations with units, and a name of its own', () => {
    const storage = loadStorageConfig({
      RELAY_STORAGE_CONNECTION_STRING: DEV,
      RELAY_STORAGE_NAME: 'team2',
      RELAY_MAX_EVENT_AGE: '6h',
      RELAY_RETRY_DELAY_SECONDS: '1.5',
      RELAY_MAX_RETRY_DELAY_SECONDS: '2m'
    })
    expect(storage).toMatchObject({
      names: { table: 'team2events', queue: 'team2-dispatches' },
      maxEventAgeMs: 21_600_000,
      retryDelayMs: 1_500,
      maxRetryDelayMs: 120_000
    })
  })

  test.each([
    ['RELAY_STORAGE_CONNECTION_STRING', { RELAY_STORAGE_CONNECTION_STRING: 'AccountName=x;AccountKey' }],
    ['RELAY_STORAGE_CONNECTION_STRING', { RELAY_STORAGE_CONNECTION_STRING: 'AccountName=relaystore;EndpointSuffix=core.windows.net' }],
    ['RELAY_STORAGE_NAME', { RELAY_STORAGE_CONNECTION_STRING: DEV, RELAY_STORAGE_NAME: 'Relay-1' }],
    ['RELAY_MAX_EVENT_AGE', { RELAY_STORAGE_CONNECTION_STRING: DEV, RELAY_MAX_EVENT_AGE: '8d' }],
    ['RELAY_MAX_EVENT_AGE', { RELAY_STORAGE_CONNECTION_STRING: DEV, RELAY_MAX_EVENT_AGE: 'a day' }],
    ['RELAY_DISPATCH_LEASE_SECONDS', { RELAY_STORAGE_CONNECTION_STRING: DEV, RELAY_DISPATCH_LEASE_SECONDS: '2' }],
    ['RELAY_MAX_RETRY_DELAY_SECONDS', { RELAY_STORAGE_CONNECTION_STRING: DEV, RELAY_RETRY_DELAY_SECONDS: '60', RELAY_MAX_RETRY_DELAY_SECONDS: '30' }]
  ])('%s refused: %j', (variable, env) => {
    expect(() => loadRelayConfig({ ...BASE, ...env })).toThrow(expect.objectContaining({ variable }))
  })

  test('a lease shorter than a dispatch can last is refused', () => {
    expect(() => loadRelayConfig({ ...BASE, RELAY_STORAGE_CONNECTION_STRING: DEV, RELAY_DISPATCH_LEASE_SECONDS: '20' })).toThrow(
      /RELAY_DISPATCH_LEASE_SECONDS: must be at least RELAY_DEADLINE_SECONDS \+ 2 s \(27\)/
    )
  })

  test('a connection string is never echoed', () => {
    const bad = 'AccountName=relaystore;SecretPart=hunter2-very-secret'
    expect(() => loadRelayConfig({ ...BASE, RELAY_STORAGE_CONNECTION_STRING: bad })).toThrow(ConfigError)
    try {
      loadRelayConfig({ ...BASE, RELAY_STORAGE_CONNECTION_STRING: bad })
    } catch (error) {
      expect((error as Error).message).not.toContain('hunter2')
    }
  })
})
