// Azurite, Microsoft's Azure Storage emulator (the azurite npm package), as a
// child process on free loopback ports with in-memory persistence: the real
// Table and Queue protocols for the relay's storage mode, never a mock.
// Shared by the tests (test/support/azurite.ts) and npm run bench:relay.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnTracked } from './children.mjs'
import { repoRoot } from './runner.mjs'

/** Azurite's well-known development account and key (public, documented by Microsoft). */
const ACCOUNT = 'devstoreaccount1'
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

/**
 * @returns {Promise<{ connectionString: string, queuePort: number, tablePort: number, child: import('node:child_process').ChildProcess, stop: () => Promise<void> }>}
 */
export async function startAzurite() {
  // Azurite writes nothing with --inMemoryPersistence, but resolves its workspace from the working folder.
  const cwd = mkdtempSync(join(tmpdir(), 'acr-azurite-'))
  const child = spawnTracked(
    'Azurite',
    process.execPath,
    [
      join(repoRoot, 'node_modules/azurite/dist/src/azurite.js'),
      '--inMemoryPersistence',
      // A few MB of messages and rows at most: no need for Azurite's default of half the machine's memory.
      '--extentMemoryLimit',
      '256',
      '--blobPort',
      '0',
      '--queuePort',
      '0',
      '--tablePort',
      '0',
      // The SDKs' API versions may be newer than this Azurite knows; the calls the relay makes are old ones.
      '--skipApiVersionCheck',
      '--loose',
      '--disableTelemetry'
    ],
    { cwd, stdio: ['ignore', 'pipe', 'pipe'] }
  )
  let output = ''
  /** @type {{ queue: number, table: number }} */
  const ports = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Azurite did not start within 30 s:\n${output}`)), 30_000)
    const onData = chunk => {
      output += chunk.toString()
      const queue = /Queue service is successfully listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(output)
      const table = /Table service is successfully listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(output)
      if (queue && table) {
        clearTimeout(timer)
        resolve({ queue: Number(queue[1]), table: Number(table[1]) })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', code => {
      clearTimeout(timer)
      reject(new Error(`Azurite exited with ${code}:\n${output}`))
    })
  })
  // Keep draining its access log, so that a full pipe never blocks it.
  child.stdout.resume()
  child.stderr.resume()
  const connectionString =
    `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${KEY};` +
    `QueueEndpoint=http://127.0.0.1:${ports.queue}/${ACCOUNT};TableEndpoint=http://127.0.0.1:${ports.table}/${ACCOUNT};`
  return {
    connectionString,
    queuePort: ports.queue,
    tablePort: ports.table,
    child,
    stop: () =>
      new Promise(resolve => {
        const done = () => {
          rmSync(cwd, { recursive: true, force: true })
          resolve()
        }
        if (child.exitCode !== null || child.signalCode !== null) return done()
        child.once('exit', done)
        child.kill('SIGKILL')
      })
  }
}

let unique = 0
/** A RELAY_STORAGE_NAME no other test uses, so that tests share one Azurite without sharing a table or queue. */
export function uniqueStorageName() {
  return `t${process.pid.toString(36)}x${(unique++).toString(36)}${Date.now().toString(36).slice(-4)}`.toLowerCase()
}
