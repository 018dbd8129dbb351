// GitHub's Sigstore instance (it signs attestations of private repositories)
// publishes its trusted root through its own TUF repository,
// https://tuf-repo.github.com, which gh reads starting from the root it embeds
// (version 1 of that repository's root.json). No package on a registry ships
// that root, and this repository commits none of gh's files, so the root is
// pinned here by a fact about it instead: the SHA-256 of the canonical JSON
// (TUF's own form, @tufjs/canonical-json) of its `signed` part, the keys and
// thresholds every later root must chain from. On first use the action fetches
// 1.root.json from the repository, refuses it unless its `signed` part has that
// hash, keeps it, and hands it to @sigstore/tuf as the initial root; TUF then
// updates through every later root (each signed by a threshold of the previous
// one's keys) to the current trusted_root.json.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { canonicalize } from '@tufjs/canonical-json'

export const GITHUB_TUF_MIRROR = 'https://tuf-repo.github.com'
/** sha256(canonicalize(root.signed)) of version 1 of tuf-repo.github.com's root, the one gh embeds. */
export const GITHUB_TUF_ROOT_V1_SIGNED_SHA256 = '51de2c4ec8a395c9493a0b05fe7113f628f7cd80011767e01b89c9272a7cc072'

/** The hash a root's `signed` part is pinned by. */
export function signedHash(root: unknown): string | undefined {
  const signed = typeof root === 'object' && root !== null ? (root as { signed?: unknown }).signed : undefined
  if (typeof signed !== 'object' || signed === null) return undefined
  return createHash('sha256')
    .update(canonicalize(signed as Parameters<typeof canonicalize>[0]))
    .digest('hex')
}

/** Where sigstore-js keeps its TUF caches (XDG_DATA_HOME on Linux), and so where this action keeps the bootstrapped root. */
export function dataDirectory(env: NodeJS.ProcessEnv = process.env): string {
  if (process.platform === 'win32') return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'acr-webhook-action')
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'acr-webhook-action')
  return join(env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'acr-webhook-action')
}

export class BootstrapError extends Error {
  override readonly name = 'BootstrapError'
}

/**
 * The path of the initial root for `mirror`: kept from an earlier step, or
 * fetched now and checked against the pinned hash. A root whose hash differs
 * is refused, whatever the server says: it is not the root gh starts from.
 */
export async function bootstrapRoot(options: {
  readonly mirror: string
  readonly pinnedSha256: string
  readonly directory: string
  readonly timeoutMs: number
}): Promise<string> {
  const path = join(options.directory, `${encodeURIComponent(new URL(options.mirror).host)}.1.root.json`)
  if (existsSync(path) && signedHash(parseJson(readFileSync(path, 'utf8'))) === options.pinnedSha256) return path
  const url = `${options.mirror.replace(/\/$/, '')}/1.root.json`
  let text: string
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs), redirect: 'error' })
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    text = await response.text()
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause
    throw new BootstrapError(`${url}: ${cause?.code ?? cause?.message ?? (error as Error).message}`)
  }
  const hash = signedHash(parseJson(text))
  if (hash !== options.pinnedSha256) {
    throw new BootstrapError(
      `${url} is not the root this action pins (the SHA-256 of its signed part is ${hash ?? 'not computable: not a TUF root'}, expected ${options.pinnedSha256})`
    )
  }
  mkdirSync(options.directory, { recursive: true })
  // Written whole or not at all: another step on the same runner may read it.
  const partial = `${path}.${process.pid}.partial`
  writeFileSync(partial, text)
  renameSync(partial, path)
  return path
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}
