// The bundles this repository commits, built the same way by `npm run build`,
// the dist check and the benchmark.
import { execFileSync } from 'node:child_process'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const nccFlags = ['--license', 'licenses.txt']

export const bundles = [{ entry: 'src/index.ts', out: 'dist' }]

/** Bundles `entry` (relative to the repository) into `outDir` with ncc. */
export function buildBundle(entry, outDir) {
  const ncc = join(repoRoot, 'node_modules/@vercel/ncc/dist/ncc/cli.js')
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', outDir, ...nccFlags, '--quiet'], {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit']
  })
}
