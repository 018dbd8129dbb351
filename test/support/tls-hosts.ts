// Named hosts on loopback, over TLS, for tests of what the action sends where:
// a throwaway CA made here with openssl, a certificate for the names, and the
// environment that makes the bundle's process trust that CA
// (NODE_EXTRA_CA_CERTS) and resolve the names to 127.0.0.1 (loopback-dns.cjs).
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from '../../scripts/runner.mjs'

export interface TestTls {
  readonly caFile: string
  readonly key: string
  readonly cert: string
}

/** A CA and one server certificate for `names`, valid for a day, written below `dir`. */
export function makeTestTls(dir: string, names: readonly string[]): TestTls {
  const file = (name: string) => join(dir, name)
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' })
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '1']
  openssl(
    'req',
    '-x509',
    ...ec,
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.pem'),
    '-subj',
    '/CN=acr-webhook-action test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign'
  )
  writeFileSync(file('server.ext'), `subjectAltName=${names.map(name => `DNS:${name}`).join(',')}\nextendedKeyUsage=serverAuth\n`)
  openssl('req', ...ec.slice(0, -2), '-keyout', file('server.key'), '-out', file('server.csr'), '-subj', `/CN=${names[0]}`)
  openssl(
    'x509',
    '-req',
    '-in',
    file('server.csr'),
    '-CA',
    file('ca.pem'),
    '-CAkey',
    file('ca.key'),
    '-CAcreateserial',
    '-days',
    '1',
    '-extfile',
    file('server.ext'),
    '-out',
    file('server.pem')
  )
  return { caFile: file('ca.pem'), key: readFileSync(file('server.key'), 'utf8'), cert: readFileSync(file('server.pem'), 'utf8') }
}

/** The environment for the bundle's process: trust the test CA, resolve `names` to 127.0.0.1. */
export function namedLoopbackEnv(tls: TestTls, names: readonly string[]): Record<string, string> {
  return {
    NODE_EXTRA_CA_CERTS: tls.caFile,
    NODE_OPTIONS: `--require ${join(repoRoot, 'test/support/loopback-dns.cjs')}`,
    LOOPBACK_NAMES: names.join(',')
  }
}
