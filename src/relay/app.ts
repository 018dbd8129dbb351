// Builds the relay from its configuration: shared by the Node server and the Azure Function.
import type { RelayConfig } from './config.js'
import { RelayCore, type Dispatcher, type EventOutbox } from './core.js'
import { MAX_CLOCK_SKEW_MS, type BudgetStore, type BudgetTurn } from './github/budget.js'
import { boundDispatcher, createGitHubDispatcher, createGitHubPolicy } from './github/dispatcher.js'

/**
 * GitHub behind the one resilience policy (breaker, retries, GitHub's
 * "blocked until", the budget, the deadline) and the concurrency bound: one
 * per process. In storage mode the budget and the block are shared by every
 * instance through a table (opened on first use: the Azure SDK costs an
 * in-memory relay nothing).
 */
export function createDispatcher(config: RelayConfig): Dispatcher {
  const { policy, tokens } = createGitHubPolicy({
    apiUrl: config.apiUrl,
    auth: config.auth,
    limits: config.githubRateLimits,
    intervalMs: config.githubRequestIntervalMs,
    store: config.storage ? sharedStore(config) : undefined
  })
  return boundDispatcher(createGitHubDispatcher({ policy, tokens, deadlineMs: config.deadlineMs }), {
    maxInFlight: config.maxDispatchesInFlight,
    maxQueued: config.maxDispatchesQueued,
    deadlineMs: config.deadlineMs,
    pacer: policy.pacer
  })
}

function sharedStore(config: RelayConfig): BudgetStore {
  const storage = config.storage!
  let opening: Promise<BudgetStore> | undefined
  const open = () => {
    opening ??= import('./github/azure-budget.js').then(module => module.openAzureBudgetStore(storage, config.githubRateLimits))
    // A failed open is tried again on the next turn.
    opening.catch(() => (opening = undefined))
    return opening
  }
  return {
    skewMs: MAX_CLOCK_SKEW_MS,
    take: async (wanted, clock): Promise<BudgetTurn> => (await open()).take(wanted, clock),
    block: async until => (await open()).block(until)
  }
}

/** With an outbox (storage mode), events are stored and acknowledged; without, dispatched before the answer. */
export function createRelay(config: RelayConfig, outbox?: EventOutbox, dispatcher: Dispatcher = createDispatcher(config)): RelayCore {
  return new RelayCore({ secret: config.secret, routes: config.routes, eventTypePrefix: config.eventTypePrefix, dispatcher, outbox })
}
