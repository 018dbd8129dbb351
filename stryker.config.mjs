// Mutation testing (`npm run mutate`, not part of npm test): how many small
// faults planted in the modules that guard the payload and the runner's files
// the unit tests notice. Only the pure unit tests (vitest.stryker.config.ts)
// that import the mutated file (related) run for each mutant: the end-to-end
// tests run dist/, which Stryker does not mutate, and would only cost time.
// Static mutants (module-level constants, evaluated once at import) would
// each need a fresh run of every test: they are left out (ignoreStatic) and
// counted apart in CONTRIBUTING.md. Incremental: a rerun tests only the
// mutants whose code or tests changed since the last run.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: true },
  ignoreStatic: true,
  coverageAnalysis: 'perTest',
  mutate: [
    'src/event/*.ts',
    'src/action/filter.ts',
    'src/action/outputs.ts',
    'src/action/runner-output.ts',
    'src/action/docker-config.ts',
    'src/action/verify.ts'
  ],
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  concurrency: 2,
  timeoutMS: 20_000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always'
}
