// A --require hook for the action's process in tests: the host names listed in
// LOOPBACK_NAMES (comma-separated) resolve to 127.0.0.1, so that a test can
// serve registry.test and evil.example over TLS on loopback without touching
// the machine's resolver. Every other name resolves as usual.
'use strict'
const dns = require('node:dns')
const process = require('node:process')

const names = new Set((process.env.LOOPBACK_NAMES ?? '').split(',').filter(Boolean))
const lookup = dns.lookup

dns.lookup = function loopbackLookup(hostname, options, callback) {
  if (!names.has(String(hostname).toLowerCase())) return lookup.apply(this, arguments)
  const done = typeof options === 'function' ? options : callback
  const all = typeof options === 'object' && options !== null && options.all
  process.nextTick(() => (all ? done(null, [{ address: '127.0.0.1', family: 4 }]) : done(null, '127.0.0.1', 4)))
}
