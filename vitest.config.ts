import { defineConfig } from 'vitest/config'
import { dockerTags } from './test/support/docker-tests.js'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests start the bundle as a process; a loaded shared machine can be slow.
    testTimeout: 30_000,
    // Suites that need dockerd or docker-registry: skipped with ACR_SKIP_DOCKER_TESTS=1, and counted at the end.
    tags: dockerTags,
    reporters: ['default', './test/support/left-out-reporter.ts']
  }
})
