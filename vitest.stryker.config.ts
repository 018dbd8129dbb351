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
      'test/action/trust/notation/**/!(*.e2e).test.ts',
      'test/relay/core.test.ts',
      'test/relay/github/budget.test.ts',
      'test/relay/github/circuit-breaker.test.ts',
      'test/relay/github/dispatcher.test.ts',
      'test/relay/storage/dispatch-worker.test.ts',
      'test/relay/storage/outbox.test.ts',
      'test/action/trust/policy.test.ts',
      'test/action/trust/sigstore.test.ts',
      'test/action/trust/sources.test.ts',
      'test/action/trust/referrers.test.ts',
      // Real bundles from Debian's sigstore-go source package: downloaded once into .cache/ (the sandbox copies it).
      'test/action/trust/real-bundles.test.ts',
      'test/action/registry/client.test.ts',
      'test/action/registry/client-transport.test.ts',
      'test/action/registry/client-redirect.test.ts',
      'test/action/http/transport.test.ts'
    ],
    testTimeout: 30_000,
    tags: dockerTags
  }
})
