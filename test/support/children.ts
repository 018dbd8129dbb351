// Imported by every test file that starts a relay or Azurite (through
// azurite.ts, or directly): when the file ends, whatever happened in it (a
// test timed out, a stop that never ran), every process it started and did
// not stop is killed, and the file fails naming each one. The processes also
// end themselves if this worker dies first (scripts/children.mjs).
import { afterAll } from 'vitest'
import { killRunningChildren } from '../../scripts/children.mjs'

// Registered on import, before the file's own hooks: vitest runs a file's afterAll hooks last-registered first, so
// this one runs after the file's own cleanup, and finds only what that cleanup missed.
afterAll(() => {
  const left = killRunningChildren()
  if (left.length > 0) throw new Error(`still running when the test file ended (killed now): ${left.join(', ')}`)
})
