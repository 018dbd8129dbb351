// Preloaded (NODE_OPTIONS=--require …) into every process the tests and
// benchmarks start (scripts/children.mjs), and so into every Node process
// those start in turn (npm, the script it runs): each ends itself once the
// process that started the tree (ACR_LIFELINE_PID) is gone, however that one
// ended (a test worker killed on a timeout, SIGKILL, Ctrl-C), so that no
// relay or Azurite outlives its test run. A relay left behind once kept
// running 35 minutes after its test timed out.
'use strict'
const process = require('node:process')
const { setInterval } = require('node:timers')
const starter = Number(process.env.ACR_LIFELINE_PID)
if (Number.isSafeInteger(starter) && starter > 0) {
  const lifeline = setInterval(() => {
    try {
      process.kill(starter, 0)
    } catch (error) {
      if (error.code === 'ESRCH') process.kill(process.pid, 'SIGKILL')
    }
  }, 250)
  lifeline.unref()
}
