// `node dist/relay/index.js`: the relay as an HTTP service, configured by environment variables.
import { ConfigError, loadRelayConfig, type RelayConfig } from './config.js'
import { createRelay } from './app.js'
import { createLogWriter, startRelayServer } from './server.js'

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
const relay = await startRelayServer(createRelay(config), {
  port: config.port,
  log: logger.log,
  maxConnections: config.maxConnections,
  maxRequestsPerSocket: config.maxRequestsPerSocket
})
logger.log({ message: 'listening', port: relay.port, routes: config.routes.map(route => route.target) })

let stopping = false
const stop = (signal: string) => {
  if (stopping) return
  stopping = true
  logger.log({ message: `${signal}: finishing requests under way` })
  // A request stuck past Event Grid's 30 s is not worth waiting for.
  setTimeout(() => process.exit(1), 30_000).unref()
  void relay.close().then(() => process.exit(0))
}
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))
