// Builds the relay from its configuration: shared by the Node server and the Azure Function.
import type { RelayConfig } from './config.js'
import { RelayCore } from './core.js'
import { createGitHubDispatcher, createTokenSource } from './github.js'

export function createRelay(config: RelayConfig): RelayCore {
  const dispatcher = createGitHubDispatcher({
    apiUrl: config.apiUrl,
    tokens: createTokenSource(config.auth, config.apiUrl),
    deadlineMs: config.deadlineMs
  })
  return new RelayCore({ secret: config.secret, routes: config.routes, eventTypePrefix: config.eventTypePrefix, dispatcher })
}
