// The X-Meta-Source-Client value ACR asks its clients to send:
// <cloud>/<service>[/<sub-service>].
import { InputError } from '../../errors.js'

export const SOURCE_CLIENT_HEADER = 'X-Meta-Source-Client'
export const KNOWN_CLOUDS = ['azure', 'azurestack', 'china', 'germany', 'azureusdod', 'azureusgov', 'on-prem'] as const
const MAX_LENGTH = 128
const PART = /^[a-z0-9._-]+$/

export interface SourceClient {
  readonly value: string
  /** False when the cloud is not one ACR documents: allowed, but worth a warning. */
  readonly knownCloud: boolean
  readonly cloud: string
}

export function parseSourceClient(text: string): SourceClient | undefined {
  const value = text.trim()
  if (value === '') return undefined
  const parts = value.split('/')
  const rule = `must be <cloud>/<service>[/<sub-service>], each part made of lowercase letters, digits, "-", "." or "_", at most ${MAX_LENGTH} characters (e.g. azure/aks)`
  if (value.length > MAX_LENGTH || parts.length < 2 || parts.length > 3 || !parts.every(part => PART.test(part))) {
    throw new InputError('source-client', `${rule}; got ${JSON.stringify(value.slice(0, MAX_LENGTH + 1))}`)
  }
  const cloud = parts[0]!
  return { value, cloud, knownCloud: (KNOWN_CLOUDS as readonly string[]).includes(cloud) }
}
