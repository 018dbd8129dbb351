// `node dist/relay/index.js`: the relay as an HTTP service, configured by environment variables.
// `node dist/relay/index.js poison list|replay`: the operator's look at the poison queue (storage mode).
import { ConfigError, loadRelayConfig, type RelayConfig } from './config.js'
import { createDispatcher, createRelay } from './app.js'
import type { EventOutbox } from './core.js'
import { createLogWriter, startRelayServer } from './server.js'

if (process.argv[2] === 'poison') {
  const { runPoisonCommand } = await import('./storage/poison-command.js')
  process.exit(await runPoisonCommand(process.argv.slice(3), process.env, line => process.stdout.write(`${line}\n`)))
}

let config: RelayConfig
try {
  config = loadRelayConfig(process.env)
} catch (error) {
  if (!(error instanceof ConfigError)) throw error
  process.stderr.write(`acr-webhook-relay: ${error.message}\n`)
  process.exit(1)
}

const logger = createLogWriter()
process.on('exit', logger.flush)
const dispatcher = createDispatcher(config)
let outbox: EventOutbox | undefined
let stopDispatching = () => Promise.resolve()
if (config.storage) {
  // Loaded only in storage mode: the Azure SDKs cost an in-memory relay's start-up nothing.
  const [{ openAzureOutbox }, { startQueueDispatcher }] = await Promise.all([
    import('./storage/azure-outbox.js'),
    import('./storage/dispatch-worker.js')
  ])
  const store = await openAzureOutbox(config.storage)
  const queueDispatcher = startQueueDispatcher(store, dispatcher, {
    settings: config.storage,
    maxInFlight: config.maxDispatchesInFlight,
    log: logger.log,
    sweepEveryMs: 10 * 60 * 1000
  })
  outbox = {
    accept: async event => {
      const outcome = await store.accept(event)
      // This instance looks at the queue at once rather than at its next poll.
      if (outcome === 'queued') queueDispatcher.wake()
      return outcome
    }
  }
  stopDispatching = () => queueDispatcher.stop()
  // Not fatal: requests are answered 503 until storage answers, and each tries again.
  store.ensureResources().catch(() => undefined)
}
const relay = await startRelayServer(createRelay(config, outbox, dispatcher), {
  port: config.port,
  log: logger.log,
  maxConnections: config.maxConnections,
  maxRequestsPerSocket: config.maxRequestsPerSocket
})
logger.log({
  message: 'listening',
  port: relay.port,
  routes: config.routes.map(route => route.target),
  storage: config.storage ? config.storage.names : undefined
})

let stopping = false
const stop = (signal: string) => {
  if (stopping) return
  stopping = true
  logger.log({ message: `${signal}: finishing requests and dispatches under way` })
  // A request stuck past Event Grid's 30 s is not worth waiting for; a message left undone comes back to another instance.
  setTimeout(() => process.exit(1), 30_000).unref()
  void Promise.all([relay.close(), stopDispatching()]).then(() => process.exit(0))
}
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))
