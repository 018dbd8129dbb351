// Preloaded into a relay process (NODE_OPTIONS=--require …) to run it on a
// clock CLOCK_OFFSET_MS ahead of (or behind) the machine's: two instances
// whose clocks differ, as two hosts' may. Only Date.now and Date() move; the
// timers, which run on the monotonic clock, do not.
'use strict'
const process = require('node:process')
const offset = Number(process.env.CLOCK_OFFSET_MS ?? 0)
if (offset !== 0) {
  const RealDate = Date
  const realNow = RealDate.now
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(realNow() + offset)
      else super(...args)
    }
    static now() {
      return realNow() + offset
    }
  }
  globalThis.Date = ShiftedDate
}
