// Mutation testing (`npm run mutate`, not part of npm test): how many small
// faults planted in the modules that guard the payload and the runner's files
// the unit tests notice. Only the pure unit tests (vitest.stryker.config.ts)
// that import the mutated file (related) run for each mutant: the end-to-end
// tests run dist/, which Stryker does not mutate, and would only cost time.
// Static mutants (module-level constants such as the grammar's regular
// expressions, evaluated once at import) each need a fresh run of the related
// tests, about 25 s; they are run all the same (a few minutes for all 180):
// they found gaps in the grammar's tests that no other mutant did.
// Incremental: a rerun tests only the mutants whose code or tests changed
// since the last run, except static mutants, whose results `npm run mutate`
// (scripts/mutate.mjs) drops first: the report records no tests they depend
// on, so it would reuse a static mutant's result whatever tests changed.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: true },
  ignoreStatic: false,
  coverageAnalysis: 'perTest',
  mutate: [
    'src/event/*.ts',
    'src/action/filter.ts',
    'src/action/outputs.ts',
    'src/action/runner-output.ts',
    'src/action/docker-config/header.ts',
    'src/action/verify.ts',
    // Notation: every module its unit tests reach; check.ts and inputs' wiring are proven by the end-to-end tests on dist/.
    'src/action/trust/notation/**/!(check).ts',
    'src/relay/core.ts',
    'src/relay/github/answers.ts',
    'src/relay/github/breaker.ts',
    'src/relay/github/budget.ts',
    'src/relay/github/dispatcher.ts',
    'src/relay/github/policy.ts',
    'src/relay/github/tokens.ts',
    'src/relay/storage/dispatch-worker.ts',
    'src/relay/storage/outbox.ts',
    'src/action/trust/policy/*.ts',
    'src/action/trust/sources/*.ts',
    'src/action/trust/sigstore/*.ts',
    'src/action/http/transport.ts',
    'src/action/registry/www-authenticate.ts'
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
