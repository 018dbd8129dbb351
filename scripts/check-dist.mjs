// dist/ is what the runner executes: fail when it is not exactly what a fresh
// build of the current source produces.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { buildBundle, bundles } from './bundles.mjs'
import { repoRoot } from './runner.mjs'

const fresh = mkdtempSync(join(tmpdir(), 'acr-dist-check-'))
const problems = []
try {
  for (const bundle of bundles) buildBundle(bundle.entry, join(fresh, bundle.out), bundle.externals)
  const built = join(fresh, 'dist')
  const committed = join(repoRoot, 'dist')
  const names = new Set([...listFiles(built), ...listFiles(committed)])
  for (const name of [...names].sort()) {
    const a = readOrNull(join(built, name))
    const b = readOrNull(join(committed, name))
    if (a === null) problems.push(`dist/${name} is committed but a fresh build does not produce it`)
    else if (b === null) problems.push(`dist/${name} is missing`)
    else if (!a.equals(b)) problems.push(`dist/${name} differs from a fresh build`)
  }
} finally {
  rmSync(fresh, { recursive: true, force: true })
}
if (problems.length > 0) {
  console.error(`dist/ is stale:\n  ${problems.join('\n  ')}\nRun "npm run build" and commit dist/.`)
  process.exit(1)
}
console.log(`dist/ matches a fresh build of ${bundles.map(b => b.entry).join(', ')}`)

function listFiles(dir, base = dir) {
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return []
  }
  return entries.flatMap(entry => (entry.isDirectory() ? listFiles(join(dir, entry.name), base) : [relative(base, join(dir, entry.name))]))
}

function readOrNull(path) {
  try {
    return readFileSync(path)
  } catch {
    return null
  }
}
