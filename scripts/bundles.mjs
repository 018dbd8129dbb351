// The bundles this repository commits, built the same way by `npm run build`,
// the dist check and the benchmark.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')

export const bundles = [
  { entry: 'src/index.ts', out: 'dist' },
  // The relay is a service of its own, kept out of the action's bundle.
  { entry: 'src/relay/index.ts', out: 'dist/relay' },
  // The Functions host provides @azure/functions-core; @azure/functions is the app's own dependency.
  { entry: 'src/relay/function-entry.ts', out: 'dist/relay-function', externals: ['@azure/functions'] }
]

/**
 * Bundles `entry` (relative to the repository) into `outDir` with ncc, then
 * writes licenses.txt for every package in any of its chunks. ncc's own
 * --license keeps only the last chunk's packages once there are lazy chunks.
 */
export function buildBundle(entry, outDir, externals = []) {
  checkPatchesApplied()
  const ncc = join(repoRoot, 'node_modules/@vercel/ncc/dist/ncc/cli.js')
  const statsFile = join(tmpdir(), `acr-ncc-stats-${process.pid}-${Date.now()}.json`)
  try {
    execFileSync(
      process.execPath,
      [ncc, 'build', entry, '-o', outDir, '--stats-out', statsFile, '--quiet', ...externals.flatMap(name => ['-e', name])],
      {
        cwd: repoRoot,
        stdio: ['ignore', 'inherit', 'inherit']
      }
    )
    const packages = bundledPackages(JSON.parse(readFileSync(statsFile, 'utf8')))
    writeFileSync(join(outDir, 'licenses.txt'), packages.map(licenseEntry).join('\n'))
  } finally {
    rmSync(statsFile, { force: true })
  }
}

/** Package folders (node_modules/x or node_modules/@scope/x) of every module webpack bundled. */
function bundledPackages(stats) {
  const folders = new Set()
  const visit = modules => {
    for (const module of modules ?? []) {
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(module.name.replace(/^\.\//, ''))
      if (match) folders.add(match[1])
      visit(module.modules)
    }
  }
  visit(stats.modules)
  return [...folders].sort()
}

function licenseEntry(folder) {
  const manifest = JSON.parse(readFileSync(join(repoRoot, folder, 'package.json'), 'utf8'))
  const licenseFile = readdirSync(join(repoRoot, folder)).find(name => /^(licen[cs]e|copying)(\.|$)/i.test(name))
  const text = licenseFile
    ? readFileSync(join(repoRoot, folder, licenseFile), 'utf8')
        .replace(/\r\n/g, '\n')
        .trim()
    : '(no license file in the package)'
  return `${manifest.name}@${manifest.version}\n${manifest.license ?? 'UNKNOWN'}\n${text}\n`
}

/**
 * patches/ is applied by npm's postinstall (patch-package); an install with
 * --ignore-scripts skips it, and a bundle built then would carry undici back
 * into dist/index.js, a step about 190 million instructions slower, unnoticed.
 */
function checkPatchesApplied() {
  const core = readFileSync(join(repoRoot, 'node_modules/@actions/core/lib/core.js'), 'utf8')
  if (!core.includes("import('./oidc-utils.js')")) {
    throw new Error(
      'node_modules/@actions/core is not patched (patches/@actions+core+*.patch): run "npx patch-package", or npm ci without --ignore-scripts, then build again'
    )
  }
}
