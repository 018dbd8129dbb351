// The trust material bundles are verified against, by instance: Sigstore's
// public good (public repositories, cosign keyless) and GitHub's own (private
// repositories), each through its TUF repository and fetched only when a
// bundle of that instance is there to check; or the roots of a trusted-root
// file alone. Which instance checks a bundle is picked from the organization
// of its certificate's issuer, as gh does, and so is what it must prove.
import { X509Certificate as NodeX509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { toTrustMaterial, type TrustMaterial, type VerifierOptions } from '@sigstore/verify'
import { bootstrapRoot, dataDirectory, GITHUB_TUF_MIRROR, GITHUB_TUF_ROOT_V1_SIGNED_SHA256 } from './github-tuf.js'

/** The organizations of the issuers gh knows: Sigstore's public-good Fulcio and GitHub's own. */
export const PUBLIC_GOOD_ORGANIZATION = 'sigstore.dev'
export const GITHUB_ORGANIZATION = 'GitHub, Inc.'
export const PUBLIC_GOOD_TUF_MIRROR = 'https://tuf-repo-cdn.sigstore.dev'
const TUF_TIMEOUT_MS = 5_000

export interface TrustedInstance {
  /** The organization of the certificate authority: a leaf issued by it is checked against this instance. */
  readonly organizations: readonly string[]
  readonly material: TrustMaterial
  readonly thresholds: VerifierOptions
  /** Where this root came from, for reasons: "trusted-root <file>", "GitHub's instance (TUF)". */
  readonly source: string
}

export interface Trust {
  /** Where the roots come from, for reasons. */
  readonly source: string
  /** The roots that may check a certificate issued by these organizations; several roots of one organization are each tried. */
  instancesFor(organizations: readonly string[]): Promise<readonly TrustedInstance[]>
}

/** An error that fails the step: the trust material could not be had, so nothing can be verified. */
export class TrustError extends Error {
  override readonly name = 'TrustError'
}

export interface TrustOptions {
  /** A trusted-root file: its roots alone are trusted. */
  readonly trustedRoot?: string
  /** Another TUF repository for GitHub's instance, with its initial root (a mirror; the tests' local repository). */
  readonly githubTuf?: { readonly mirror: string; readonly rootPath: string }
  readonly env?: NodeJS.ProcessEnv
}

export function loadTrust(options: TrustOptions): Trust {
  if (options.trustedRoot !== undefined) {
    const instances = readTrustedRootFile(options.trustedRoot)
    return { source: `trusted-root ${options.trustedRoot}`, instancesFor: organizations => Promise.resolve(instancesOf(instances, organizations)) }
  }
  const loaded = new Map<string, Promise<TrustedInstance>>()
  const once = (organization: string, load: () => Promise<TrustedInstance>) => {
    let instance = loaded.get(organization)
    if (!instance) loaded.set(organization, (instance = load()))
    return instance
  }
  return {
    source: "the TUF repositories of Sigstore's public good and of GitHub",
    async instancesFor(organizations) {
      if (organizations.includes(GITHUB_ORGANIZATION)) return [await once(GITHUB_ORGANIZATION, () => githubInstance(options))]
      if (organizations.includes(PUBLIC_GOOD_ORGANIZATION)) return [await once(PUBLIC_GOOD_ORGANIZATION, publicGoodInstance)]
      return []
    }
  }
}

function instancesOf(instances: readonly TrustedInstance[], organizations: readonly string[]): TrustedInstance[] {
  return instances.filter(instance => instance.organizations.some(o => organizations.includes(o)))
}

async function publicGoodInstance(): Promise<TrustedInstance> {
  const { getTrustedRoot } = await import('@sigstore/tuf')
  let root: TrustedRoot
  try {
    root = await getTrustedRoot()
  } catch (error) {
    throw unreachableTuf(PUBLIC_GOOD_TUF_MIRROR, "Sigstore's public-good", error)
  }
  return instanceOf(root, PUBLIC_GOOD_ORGANIZATION, "Sigstore's public-good instance (TUF)")
}

async function githubInstance(options: TrustOptions): Promise<TrustedInstance> {
  const mirror = options.githubTuf?.mirror ?? GITHUB_TUF_MIRROR
  let rootPath: string
  try {
    rootPath =
      options.githubTuf?.rootPath ??
      (await bootstrapRoot({
        mirror,
        pinnedSha256: GITHUB_TUF_ROOT_V1_SIGNED_SHA256,
        directory: dataDirectory(options.env),
        timeoutMs: TUF_TIMEOUT_MS
      }))
  } catch (error) {
    throw unreachableTuf(mirror, "GitHub's", error)
  }
  const { getTrustedRoot } = await import('@sigstore/tuf')
  let root: TrustedRoot
  try {
    root = await getTrustedRoot({ mirrorURL: mirror, rootPath, timeout: TUF_TIMEOUT_MS })
  } catch (error) {
    throw unreachableTuf(mirror, "GitHub's", error)
  }
  return instanceOf(root, GITHUB_ORGANIZATION, `GitHub's instance (TUF, ${new URL(mirror).host})`)
}

function unreachableTuf(mirror: string, whose: string, error: unknown): TrustError {
  const cause = (error as { cause?: unknown }).cause
  const why = cause instanceof Error ? `${(error as Error).message}: ${cause.message}` : (error as Error).message
  return new TrustError(
    `Cannot get ${whose} trusted root from its TUF repository ${mirror} (${why}): the runner must reach ${new URL(mirror).host}, or pass trusted-root (a file from gh attestation trusted-root) to verify without it, offline; nothing was assumed verified`
  )
}

/**
 * The roots of a trusted-root file: one pretty-printed trusted root (what
 * Sigstore's TUF repositories publish as trusted_root.json), or one a line
 * (what gh attestation trusted-root prints).
 */
function readTrustedRootFile(path: string): TrustedInstance[] {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new TrustError(`Cannot read trusted-root ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  const source = `trusted-root ${path}`
  const whole = parseJson(text)
  if (typeof whole === 'object' && whole !== null && !Array.isArray(whole)) {
    try {
      return [instanceOf(TrustedRoot.fromJSON(whole), undefined, source)]
    } catch (error) {
      throw new TrustError(`trusted-root ${path}: not a Sigstore trusted root (${(error as Error).message})`)
    }
  }
  const lines = text.split('\n').filter(line => line.trim() !== '')
  if (lines.length === 0) {
    throw new TrustError(
      `trusted-root ${path} is empty: it must hold a trusted root (trusted_root.json), or one a line (gh attestation trusted-root)`
    )
  }
  return lines.map((line, index) => {
    try {
      return instanceOf(TrustedRoot.fromJSON(JSON.parse(line)), undefined, source)
    } catch (error) {
      throw new TrustError(`trusted-root ${path}, line ${index + 1}: not a Sigstore trusted root (${(error as Error).message})`)
    }
  })
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** One instance: its organizations, read from its CAs unless known, and what its bundles must prove. */
function instanceOf(root: TrustedRoot, organization: string | undefined, source: string): TrustedInstance {
  const organizations =
    organization !== undefined
      ? [organization]
      : root.certificateAuthorities.flatMap(ca => {
          const first = ca.certChain?.certificates[0]
          return first ? organizationOf(new NodeX509Certificate(Buffer.from(first.rawBytes)).subject) : []
        })
  const material = toTrustMaterial(root)
  const github = organizations.includes(GITHUB_ORGANIZATION)
  // GitHub's instance has no transparency log: its timestamps come from its TSA. Any other proves itself
  // as public good does, by what its root has: a log entry and an SCT when it has logs.
  const thresholds: VerifierOptions = github
    ? { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1 }
    : { tlogThreshold: root.tlogs.length > 0 ? 1 : 0, ctlogThreshold: root.ctlogs.length > 0 ? 1 : 0, timestampThreshold: 1 }
  return { organizations: [...new Set(organizations)], material, thresholds, source }
}

/** The O= of a distinguished name as Node prints it: one attribute a line, RFC 4514's escapes ("GitHub\\, Inc.") undone. */
export function organizationOf(name: string): string[] {
  return name
    .split('\n')
    .filter(line => line.startsWith('O='))
    .map(line => line.slice(2).replace(/\\(.)/g, '$1'))
}
