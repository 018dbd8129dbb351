// Test material others made, from Debian's archive at test time: a source
// package's file, pinned by its SHA-256 (as Debian's Sources index lists it),
// downloaded once into .cache/ (git-ignored) and unpacked there. Nothing of it
// is committed. The archive is one of the two registries CI reaches; apt
// itself fetches over plain http and trusts the hashes, as this does.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from '../../scripts/runner.mjs'

export interface DebianSourceFile {
  /** The Directory of the package in Sources: pool/main/s/sigstore-go. */
  readonly directory: string
  /** The file: sigstore-go_1.3.0.orig.tar.xz. */
  readonly file: string
  /** Its SHA-256, from Sources (Checksums-Sha256). */
  readonly sha256: string
}

const MIRROR = process.env.ACR_TEST_DEBIAN_MIRROR ?? 'http://deb.debian.org/debian'
const CACHE = join(repoRoot, '.cache', 'debian')

/** The tarball's path in the cache, downloaded now unless a copy with the pinned hash is there. */
export async function debianSourceFile(source: DebianSourceFile): Promise<string> {
  const path = join(CACHE, source.file)
  if (existsSync(path) && sha256(readFileSync(path)) === source.sha256) return path
  const url = `${MIRROR}/${source.directory}/${source.file}`
  let body: Buffer
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(60_000) })
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    body = Buffer.from(await response.arrayBuffer())
  } catch (error) {
    throw new Error(
      `Cannot download ${url} (${(error as Error).message}): these tests read real material from Debian's archive; if Debian no longer serves this version, pin the current one from dists/sid/main/source/Sources.xz`
    )
  }
  const actual = sha256(body)
  if (actual !== source.sha256) throw new Error(`${url} has SHA-256 ${actual}, not the pinned ${source.sha256}: refused`)
  mkdirSync(CACHE, { recursive: true })
  const partial = `${path}.${process.pid}.partial`
  writeFileSync(partial, body)
  renameSync(partial, path)
  return path
}

/** Unpacks `members` (paths inside the tarball) of a downloaded tarball into a folder of the cache, and returns that folder. */
export async function unpackDebianSource(source: DebianSourceFile, members: readonly string[]): Promise<string> {
  const tarball = await debianSourceFile(source)
  const folder = join(CACHE, `${source.file}.${source.sha256.slice(0, 12)}`)
  if (members.every(member => existsSync(join(folder, member)))) return folder
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true })
  execFileSync('tar', ['-xf', tarball, '-C', folder, ...members])
  return folder
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}
