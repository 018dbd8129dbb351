// The unit tests of the mutated modules, for `npm run mutate` (stryker.config.mjs).
import { defineConfig } from 'vitest/config'
import { dockerTags } from './test/support/docker-tests.js'

export default defineConfig({
  test: {
    include: [
      'test/event/*.test.ts',
      'test/action/filter.test.ts',
      'test/action/outputs.test.ts',
      'test/action/runner-output.test.ts',
      'test/action/docker-config/header.test.ts',
      'test/action/verify.test.ts',
      'test/action/verify.registry.test.ts',
      'test/action/trust/notation/**/!(*.e2e).test.ts'
    ],
    testTimeout: 30_000,
    tags: dockerTags
  }
})
