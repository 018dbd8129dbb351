// Builds the relay from its configuration: shared by the Node server and the Azure Function.
import type { RelayConfig } from './config.js'
import { RelayCore } from './core.js'
import { boundDispatcher, createGitHubDispatcher, createTokenSource } from './github.js'

export function createRelay(config: RelayConfig): RelayCore {
  const dispatcher = boundDispatcher(
    createGitHubDispatcher({
      apiUrl: config.apiUrl,
      tokens: createTokenSource(config.auth, config.apiUrl),
      deadlineMs: config.deadlineMs
    }),
    { maxInFlight: config.maxDispatchesInFlight, maxQueued: config.maxDispatchesQueued, deadlineMs: config.deadlineMs }
  )
  return new RelayCore({ secret: config.secret, routes: config.routes, eventTypePrefix: config.eventTypePrefix, dispatcher })
}
