import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests start the bundle as a process; a loaded shared machine can be slow.
    testTimeout: 30_000
  }
})
