// Real material the Notary Project made, for the Notation tests: Debian ships
// the sources of notation-core-go (its JWS and COSE conformance vectors) and
// notation-go (signature envelopes from notation with timestamp
// countersignatures of real TSAs, and trust stores). Downloaded from Debian's
// archive at test time, checked against the SHA-256 Debian's Sources index
// gives, and kept in .cache/notary-project/ (git-ignored) for the next run.
// Nothing of it is committed.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from '../../scripts/runner.mjs'

const ARCHIVE = 'http://deb.debian.org/debian/pool/main/g'
const CACHE = join(repoRoot, '.cache/notary-project')

interface Source {
  readonly package: string
  readonly file: string
  readonly sha256: string
  /** The tarball's top folder. */
  readonly folder: string
}

export const NOTATION_CORE_GO: Source = {
  package: 'golang-github-notaryproject-notation-core-go',
  file: 'golang-github-notaryproject-notation-core-go_1.3.0.orig.tar.xz',
  sha256: 'bc83f126bc3542f58279201710d38e89acf6fa5cfdb9231ee0693b014a9b9d19',
  folder: 'golang-github-notaryproject-notation-core-go-1.3.0'
}

export const NOTATION_GO: Source = {
  package: 'golang-github-notaryproject-notation-go',
  file: 'golang-github-notaryproject-notation-go_1.3.2.orig.tar.xz',
  sha256: 'daf8954cb9eddd3fa04dbfdd9ec72a0bfd7b215b7d8e1269fc86e81b6cabf2db',
  folder: 'golang-github-notaryproject-notation-go-1.3.2'
}

/** The source tree's folder, downloaded, checked and unpacked on first use. */
export async function sourceTree(source: Source): Promise<string> {
  const tree = join(CACHE, source.folder)
  if (existsSync(join(tree, '.complete'))) return tree
  mkdirSync(CACHE, { recursive: true })
  const tarball = join(CACHE, source.file)
  if (!existsSync(tarball) || sha256(readFileSync(tarball)) !== source.sha256) {
    const response = await fetch(`${ARCHIVE}/${source.package}/${source.file}`)
    if (!response.ok) throw new Error(`Debian's archive answered HTTP ${response.status} for ${source.file}`)
    const bytes = Buffer.from(await response.arrayBuffer())
    const actual = sha256(bytes)
    if (actual !== source.sha256) throw new Error(`${source.file} has SHA-256 ${actual}, not the ${source.sha256} Debian lists`)
    writeFileSync(`${tarball}.partial`, bytes)
    renameSync(`${tarball}.partial`, tarball)
  }
  execFileSync('tar', ['-xJf', tarball, '-C', CACHE])
  writeFileSync(join(tree, '.complete'), '')
  return tree
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}
