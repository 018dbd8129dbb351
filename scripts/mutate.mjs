// npm run mutate: StrykerJS (stryker.config.mjs) over the unit tests,
// incremental, except for what the incremental report cannot judge. A static
// mutant (a module-level constant, evaluated once at import) is run against
// every related test, so the report records no tests it depends on (and,
// once reused, no longer even marks it static), and reuses a surviving one's
// result whatever tests changed since: after the relay's tests grew, six of
// core.ts's static mutants were still reported as surviving tests that kill
// them. So every result that is not a kill and names no test that covered it
// is dropped before each run, and run again (a few minutes); --force reruns
// everything, as Stryker's own does.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from './runner.mjs'

const incremental = join(repoRoot, 'reports/stryker-incremental.json')
if (existsSync(incremental) && !process.argv.includes('--force')) {
  const report = JSON.parse(readFileSync(incremental, 'utf8'))
  let dropped = 0
  for (const file of Object.values(report.files ?? {})) {
    const judged = mutant => mutant.status === 'Killed' || mutant.status === 'Timeout' || (mutant.coveredBy ?? []).length > 0
    const kept = file.mutants.filter(mutant => !mutant.static && judged(mutant))
    dropped += file.mutants.length - kept.length
    file.mutants = kept
  }
  writeFileSync(incremental, JSON.stringify(report))
  if (dropped > 0) console.log(`mutate: ${dropped} results of the last run that name no covering test are run again`)
}
const stryker = join(repoRoot, 'node_modules/@stryker-mutator/core/bin/stryker.js')
const { status } = spawnSync(process.execPath, [stryker, 'run', ...process.argv.slice(2)], { cwd: repoRoot, stdio: 'inherit' })
process.exit(status ?? 1)
