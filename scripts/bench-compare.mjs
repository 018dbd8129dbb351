// `node scripts/bench-compare.mjs <git-ref>`: the instructions of a plain
// action step (no inputs) with the dist/ committed at <ref>, beside the
// dist/ of the work tree, three callgrind runs each. Says what a change cost
// the step that does not use it. Prints figures; asserts nothing.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CALLGRIND_ARGS, collectedInstructions, hasValgrind, valgrindCommand } from './callgrind.mjs'
import { createStepEnvironment, repoRoot } from './runner.mjs'

const ref = process.argv[2]
if (!ref) throw new Error('usage: node scripts/bench-compare.mjs <git-ref>')
if (!hasValgrind()) throw new Error('valgrind is needed: instruction counts are the figures that repeat')
const old = mkdtempSync(join(tmpdir(), 'acr-bench-compare-'))
const sample = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/native-push.json'), 'utf8'))
const step = createStepEnvironment({ event: { action: 'acr-push', client_payload: sample } })
try {
  execFileSync('sh', ['-c', `git archive "$1" dist | tar -x -C "$2"`, 'sh', ref, old], { cwd: repoRoot })
  for (const [name, entry] of [
    [ref, join(old, 'dist/index.js')],
    ['work tree', join(repoRoot, 'dist/index.js')]
  ]) {
    const counts = []
    for (let run = 0; run < 3; run++) {
      const valgrind = valgrindCommand(step.env)
      const result = spawnSync(valgrind.command, [...CALLGRIND_ARGS, '--callgrind-out-file=/dev/null', process.execPath, entry], {
        cwd: step.work,
        env: valgrind.env,
        encoding: 'utf8'
      })
      if (result.status !== 0) throw new Error(`${name}: exit ${result.status}`)
      counts.push(`${(collectedInstructions(result.stderr) / 1e6).toFixed(1)} M`)
    }
    console.log(`plain step, ${name}: ${counts.join(', ')}`)
  }
} finally {
  step.cleanup()
  rmSync(old, { recursive: true, force: true })
}
