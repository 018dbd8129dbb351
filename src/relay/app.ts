// Builds the relay from its configuration: shared by the Node server and the Azure Function.
import type { RelayConfig } from './config.js'
import { RelayCore, type Dispatcher, type EventOutbox } from './core.js'
import { DispatchPacer, MemoryBudgetStore, type BudgetStore } from './github/budget.js'
import { boundDispatcher, createGitHubDispatcher, createTokenSource } from './github/dispatcher.js'

/** GitHub behind the retry policy, the circuit breaker, the pacer and the concurrency bound: one per process. */
export function createDispatcher(config: RelayConfig): Dispatcher {
  const pacer = createPacer(config)
  return boundDispatcher(
    createGitHubDispatcher({
      apiUrl: config.apiUrl,
      tokens: createTokenSource(config.auth, config.apiUrl),
      deadlineMs: config.deadlineMs,
      pacer
    }),
    { maxInFlight: config.maxDispatchesInFlight, maxQueued: config.maxDispatchesQueued, deadlineMs: config.deadlineMs, pacer }
  )
}

/**
 * In memory for one process; in storage mode, in a table every instance
 * shares (opened on first use: the Azure SDK costs an in-memory relay nothing).
 */
function createPacer(config: RelayConfig): DispatchPacer | undefined {
  const limits = config.githubRateLimits
  if (limits.length === 0) return undefined
  const storage = config.storage
  if (!storage) return new DispatchPacer(new MemoryBudgetStore(limits), limits)
  let opening: Promise<BudgetStore> | undefined
  const open = () => {
    opening ??= import('./github/azure-budget.js').then(module => module.openAzureBudgetStore(storage, limits))
    return opening
  }
  return new DispatchPacer({ take: async (wanted, clock) => (await open()).take(wanted, clock) }, limits)
}

/** With an outbox (storage mode), events are stored and acknowledged; without, dispatched before the answer. */
export function createRelay(config: RelayConfig, outbox?: EventOutbox, dispatcher: Dispatcher = createDispatcher(config)): RelayCore {
  return new RelayCore({ secret: config.secret, routes: config.routes, eventTypePrefix: config.eventTypePrefix, dispatcher, outbox })
}
