// Builds the relay from its configuration: shared by the Node server and the Azure Function.
import type { RelayConfig } from './config.js'
import { RelayCore, type Dispatcher, type EventOutbox } from './core.js'
import { boundDispatcher, createGitHubDispatcher, createTokenSource } from './github.js'

/** GitHub behind the retry policy, the circuit breaker and the concurrency bound: one per process. */
export function createDispatcher(config: RelayConfig): Dispatcher {
  return boundDispatcher(
    createGitHubDispatcher({
      apiUrl: config.apiUrl,
      tokens: createTokenSource(config.auth, config.apiUrl),
      deadlineMs: config.deadlineMs
    }),
    { maxInFlight: config.maxDispatchesInFlight, maxQueued: config.maxDispatchesQueued, deadlineMs: config.deadlineMs }
  )
}

/** With an outbox (storage mode), events are stored and acknowledged; without, dispatched before the answer. */
export function createRelay(config: RelayConfig, outbox?: EventOutbox, dispatcher: Dispatcher = createDispatcher(config)): RelayCore {
  return new RelayCore({ secret: config.secret, routes: config.routes, eventTypePrefix: config.eventTypePrefix, dispatcher, outbox })
}
