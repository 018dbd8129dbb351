// The credentials the job already has for one registry host, found as the
// Docker CLI finds them in config.json: a credential helper named for the host
// (credHelpers), else the default store (credsStore), else the file's own
// `auths` entry (`auth`: base64 of user:password; `identitytoken`: an OAuth2
// refresh token, what `az acr login` stores for ACR). No entry: anonymous.
// No @actions/core here: the caller masks what this returns.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { describeJsonErrorPosition, isJsonObject, ownField, type JsonObject } from '../../event/json.js'
import type { Credentials } from './client.js'

/** Where the credentials for a host come from, before any helper is run. */
export type CredentialSource =
  | { readonly kind: 'helper'; readonly helper: string; readonly from: 'credHelpers' | 'credsStore' }
  | { readonly kind: 'entry'; readonly key: string; readonly credentials: Credentials }
  | { readonly kind: 'none' }

export class CredentialsError extends Error {
  override readonly name = 'CredentialsError'
}

/** The username Docker's credential helpers use to say "the secret is an identity token". */
const IDENTITY_TOKEN_USERNAME = '<token>'
/** A helper is run as docker-credential-<name>: the name must not be able to name another program or path. */
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/

/** `https://host/v1/` or `host/path` → `host`, lower case: how the Docker CLI compares `auths` keys. */
export function hostOfKey(key: string): string {
  return key
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase()
}

/**
 * Where config.json says the credentials for `host` are. Pure: the config is
 * the parsed file. `configPath` only names the file in errors.
 */
export function findCredentialSource(config: JsonObject, host: string, configPath: string): CredentialSource {
  const wanted = host.toLowerCase()
  const helpers = ownField(config, 'credHelpers')
  if (isJsonObject(helpers)) {
    const key = Object.keys(helpers).find(name => hostOfKey(name) === wanted)
    const helper = key === undefined ? undefined : helpers[key]
    if (key !== undefined) return { kind: 'helper', helper: helperName(helper, `credHelpers["${key}"]`, configPath), from: 'credHelpers' }
  }
  const store = ownField(config, 'credsStore')
  if (store !== undefined && store !== '') return { kind: 'helper', helper: helperName(store, 'credsStore', configPath), from: 'credsStore' }
  const auths = ownField(config, 'auths')
  if (!isJsonObject(auths)) return { kind: 'none' }
  // An exact key first, then any key naming the same host (https://host, host/v2/), as the Docker CLI does.
  const key = Object.hasOwn(auths, host) ? host : Object.keys(auths).find(name => hostOfKey(name) === wanted)
  if (key === undefined) return { kind: 'none' }
  const credentials = credentialsFromEntry(auths[key], `auths["${key}"]`, configPath)
  return credentials ? { kind: 'entry', key, credentials } : { kind: 'none' }
}

function helperName(value: unknown, where: string, configPath: string): string {
  if (typeof value !== 'string' || !HELPER_NAME.test(value)) {
    throw new CredentialsError(`${configPath}: ${where} must name a credential helper (letters, digits, ".", "_", "-")`)
  }
  return value
}

/** An `auths` entry's credentials; undefined for an entry that holds none (an empty `{}`, as `docker logout` can leave). */
export function credentialsFromEntry(entry: unknown, where: string, configPath: string): Credentials | undefined {
  if (!isJsonObject(entry)) throw new CredentialsError(`${configPath}: ${where} is not a JSON object`)
  const identityToken = ownField(entry, 'identitytoken')
  if (typeof identityToken === 'string' && identityToken !== '') return { kind: 'identity-token', token: identityToken }
  const auth = ownField(entry, 'auth')
  if (auth === undefined || auth === '') return undefined
  if (typeof auth !== 'string') throw new CredentialsError(`${configPath}: ${where}.auth is not a string`)
  // Never the value in an error: it is a password.
  const decoded = Buffer.from(auth, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(auth) || colon < 1) {
    throw new CredentialsError(`${configPath}: ${where}.auth is not base64 of "username:password"`)
  }
  return { kind: 'basic', username: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
}

/** config.json as the Docker CLI reads it; a missing file is an empty config (anonymous access). */
export function readDockerConfig(configPath: string): JsonObject {
  if (!existsSync(configPath)) return {}
  const text = readFileSync(configPath, 'utf8')
  // The Docker CLI reads an empty or blank file as an empty config, and so does this.
  if (text.trim() === '') return {}
  let config: unknown
  try {
    config = JSON.parse(text)
  } catch (error) {
    // By position only: the file holds credentials.
    throw new CredentialsError(`${configPath} is not valid JSON${describeJsonErrorPosition(error, text)}`)
  }
  if (!isJsonObject(config)) throw new CredentialsError(`${configPath} does not hold a JSON object`)
  return config
}

/**
 * Runs `docker-credential-<helper> get` with the host on stdin, as the Docker
 * CLI does. "credentials not found" is anonymous access, not an error.
 */
export function runCredentialHelper(helper: string, host: string, options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Credentials {
  const program = `docker-credential-${helper}`
  const result = spawnSync(program, ['get'], {
    input: host,
    encoding: 'utf8',
    env: options.env ?? process.env,
    timeout: options.timeoutMs ?? 15_000,
    stdio: ['pipe', 'pipe', 'pipe']
  })
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code
    throw new CredentialsError(
      code === 'ENOENT'
        ? `The Docker config names the credential helper "${helper}" for ${host}, but ${program} is not on PATH: install it on the runner, or log in with a step that writes auths (docker/login-action)`
        : `${program} get for ${host} failed (${code ?? result.error.message})`
    )
  }
  // The helpers' protocol: exit 1 with this message when the store has nothing for the host.
  if (result.status !== 0 && /credentials not found/i.test(`${result.stdout}${result.stderr}`)) return { kind: 'anonymous' }
  if (result.status !== 0) {
    // Its output is not printed: a helper that fails half-way may have written a secret.
    throw new CredentialsError(`${program} get for ${host} exited with status ${result.status}; run it by hand on the runner to see why`)
  }
  let answer: unknown
  try {
    answer = JSON.parse(result.stdout)
  } catch {
    throw new CredentialsError(`${program} get for ${host} did not print JSON`)
  }
  const username = isJsonObject(answer) ? ownField(answer, 'Username') : undefined
  const secret = isJsonObject(answer) ? ownField(answer, 'Secret') : undefined
  if (typeof secret !== 'string' || secret === '') return { kind: 'anonymous' }
  if (username === IDENTITY_TOKEN_USERNAME) return { kind: 'identity-token', token: secret }
  return { kind: 'basic', username: typeof username === 'string' ? username : '', password: secret }
}

/** The secrets in a set of credentials, for the runner to mask. */
export function secretsOf(credentials: Credentials): string[] {
  switch (credentials.kind) {
    case 'anonymous':
      return []
    case 'basic':
      return [credentials.password, Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')].filter(s => s !== '')
    case 'identity-token':
      return [credentials.token]
  }
}
