export const id = 988;
export const ids = [988];
export const modules = {

/***/ 52:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pq: () => (/* binding */ isMissingResource),
/* harmony export */   YV: () => (/* binding */ CallTimeout),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   f_: () => (/* binding */ isInsecure),
/* harmony export */   gd: () => (/* binding */ double),
/* harmony export */   rb: () => (/* binding */ describeStorageError),
/* harmony export */   sN: () => (/* binding */ STORAGE_CALL_TIMEOUT_MS),
/* harmony export */   uJ: () => (/* binding */ unavailableOnError),
/* harmony export */   y7: () => (/* binding */ StorageUnavailableError)
/* harmony export */ });
// What the three Azure resources of storage mode share: one timeout for every
// call (RELAY_STORAGE_TIMEOUT_SECONDS, the SDK's retries included), the
// status and name of an error, and how a failure is told to a sender or an
// operator without a key or a SAS in it.
/**
 * Each storage call gives up after this long, SDK retries included, unless
 * RELAY_STORAGE_TIMEOUT_SECONDS says otherwise: a relay must answer a sender
 * within Event Grid's 30 s, and a record and a message (three calls at most)
 * must fit.
 */
const STORAGE_CALL_TIMEOUT_MS = 8_000;
/** The options every storage call takes: its abort signal, fresh for each call. */
class CallTimeout {
    ms;
    constructor(ms = STORAGE_CALL_TIMEOUT_MS) {
        this.ms = ms;
    }
    get options() {
        return { abortSignal: AbortSignal.timeout(this.ms) };
    }
    /** For a listing that pages through a table and works on each row: bounded too, by ten calls' time. */
    get listing() {
        return { abortSignal: AbortSignal.timeout(10 * this.ms) };
    }
}
/** Storage failed or could not be reached: nothing was acknowledged. */
class StorageUnavailableError extends Error {
    name = 'StorageUnavailableError';
}
/** Written as Edm.Double, which holds any millisecond time exactly: a bare integer would be read by the service as Int32. */
const double = (value) => ({ value, type: 'Double' });
/** Whether the connection string names http endpoints (Azurite's): the SDKs refuse to send a key over them unless told. */
function isInsecure(connectionString) {
    return /(^|;)\s*(UseDevelopmentStorage=true|DefaultEndpointsProtocol=http\b|\w+Endpoint=http:)/i.test(connectionString);
}
/** The table or a queue is gone (Table and Queue services name it so; a missing row or message is a plain 404). */
function isMissingResource(error) {
    if (statusOf(error) !== 404)
        return false;
    // The queue SDK sets the error's code; the table SDK leaves it in the response's x-ms-error-code.
    const { code, details } = error;
    const name = code ?? details?.errorCode;
    return name === 'TableNotFound' || name === 'QueueNotFound';
}
function statusOf(error) {
    const code = error?.statusCode;
    return typeof code === 'number' ? code : undefined;
}
/** For a log line: the status, or the SDK's message cut short, with any SAS signature removed. */
function describeStorageError(error) {
    const code = statusOf(error);
    if (code !== undefined)
        return `HTTP ${code}`;
    if (error?.name === 'AbortError')
        return 'no answer in time';
    return String(error?.message ?? error)
        .replace(/sig=[^&\s]+/gi, 'sig=REDACTED')
        .slice(0, 200);
}
async function unavailableOnError(work) {
    try {
        return await work();
    }
    catch (error) {
        // Only what the SDK says, never the connection string or a URL with a SAS.
        throw new StorageUnavailableError(`storage: ${describeStorageError(error)}`, { cause: error });
    }
}


/***/ }),

/***/ 8988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LEASE_MARGIN_MS: () => (/* binding */ LEASE_MARGIN_MS),
/* harmony export */   processMessage: () => (/* binding */ processMessage),
/* harmony export */   startQueueDispatcher: () => (/* binding */ startQueueDispatcher)
/* harmony export */ });
/* harmony import */ var _azure_storage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52);
/* harmony import */ var _outbox_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9118);


/** What a lease keeps for the writes after a dispatch (config.ts requires a lease this much longer than the deadline). */
const LEASE_MARGIN_MS = 2_000;
/**
 * Events GitHub accepted whose row this process could not yet mark, with
 * GitHub's status: when their message comes back here, the row is marked
 * rather than the event sent again. Bounded; another instance cannot know,
 * so marking is also retried while the lease lasts.
 */
const acceptedNotMarked = new Map();
const MAX_ACCEPTED_NOT_MARKED = 10_000;
const rowId = (message) => `${message.target}\n${message.row}`;
/** Marks the row dispatched, trying again while the lease leaves room for a call; remembers it when that fails too. */
async function markDispatched(outbox, record, message, githubStatus, leaseUntil, now) {
    let wait = 200;
    for (;;) {
        try {
            await outbox.markDispatched(record, githubStatus);
            acceptedNotMarked.delete(rowId(message));
            return;
        }
        catch (error) {
            if (now() + wait + outbox.callTimeoutMs >= leaseUntil) {
                if (acceptedNotMarked.size >= MAX_ACCEPTED_NOT_MARKED)
                    acceptedNotMarked.delete(acceptedNotMarked.keys().next().value);
                acceptedNotMarked.set(rowId(message), githubStatus);
                throw error;
            }
            await new Promise(resolve => setTimeout(resolve, wait));
            wait *= 2;
        }
    }
}
/**
 * One message, start to end. Throws when storage fails: the message is then
 * left to come back by itself (its visibility timeout), and the row's lease,
 * if taken, runs out by then.
 */
async function processMessage(outbox, dispatcher, message, actions, settings, now = Date.now) {
    if (!message) {
        // Not written by a relay: nothing to dispatch, and keeping it would only bring it back.
        await actions.done();
        return { message: 'dispatch', outcome: 'unreadable' };
    }
    const record = await outbox.getRecord(message.target, message.row);
    const entry = { message: 'dispatch', outcome: 'no-record', target: message.target, retries: message.retries };
    if (!record) {
        await actions.done();
        return entry;
    }
    entry.eventId = record.eventId;
    entry.eventType = record.eventType;
    if (record.state !== 'pending') {
        // A second message for an event already sent or given up: the claim rule makes it a no-op.
        await actions.done();
        entry.outcome = 'duplicate';
        return entry;
    }
    const accepted = acceptedNotMarked.get(rowId(message));
    if (accepted !== undefined) {
        // Sent by this process already; only its mark failed.
        await markDispatched(outbox, record, message, accepted, now() + settings.leaseMs, now);
        await actions.done();
        entry.outcome = 'dispatched';
        entry.githubStatus = accepted;
        return entry;
    }
    const leaseLeft = record.leaseUntil - now();
    if (leaseLeft > 0) {
        // Another dispatcher holds it: look again once its lease is over.
        entry.outcome = 'held';
        entry.delayMs = leaseLeft + 1000;
        await actions.later(message, entry.delayMs);
        return entry;
    }
    if (now() >= (0,_outbox_js__WEBPACK_IMPORTED_MODULE_0__/* .expiresAt */ .WJ)(record, settings)) {
        const decision = (0,_outbox_js__WEBPACK_IMPORTED_MODULE_0__/* .tooOld */ .Yo)(record.lastError, settings);
        await outbox.poison(record, message, decision.reason);
        await actions.done();
        entry.outcome = 'poisoned';
        entry.reason = decision.reason;
        return entry;
    }
    const claimedAt = now();
    const etag = await outbox.claim(record, settings.leaseMs);
    if (etag === undefined) {
        entry.outcome = 'held';
        entry.delayMs = settings.leaseMs;
        await actions.later(message, entry.delayMs);
        return entry;
    }
    // Every request of the dispatch (its token mint included) ends before the lease, with room left to record the outcome.
    const result = await dispatcher({ ...(0,_outbox_js__WEBPACK_IMPORTED_MODULE_0__/* .toDispatch */ .EM)(record), deadlineAt: claimedAt + settings.leaseMs - LEASE_MARGIN_MS });
    entry.githubStatus = result.status;
    entry.attempts = result.attempts;
    if (result.failureReason !== undefined)
        entry.githubError = result.failureReason;
    const decision = (0,_outbox_js__WEBPACK_IMPORTED_MODULE_0__/* .afterAttempt */ .Gb)(result, record, message.retries, settings, now());
    if (decision.kind === 'dispatched') {
        await markDispatched(outbox, record, message, result.status, claimedAt + settings.leaseMs, now);
        await actions.done();
        entry.outcome = 'dispatched';
    }
    else if (decision.kind === 'retry') {
        await outbox.release(record, etag, result.failureReason ?? `HTTP ${result.status}`);
        // Nothing sent (the breaker, GitHub's block, the budget): not a failure of this event, so its backoff does not grow.
        await actions.later({ ...message, retries: message.retries + (result.attempts > 0 ? 1 : 0) }, decision.delayMs);
        entry.outcome = 'retry';
        entry.delayMs = Math.round(decision.delayMs);
    }
    else {
        await outbox.poison(record, message, decision.reason, decision.githubStatus);
        await actions.done();
        entry.outcome = 'poisoned';
        entry.reason = decision.reason;
    }
    return entry;
}
/**
 * The Node host's dispatcher: polls the queue while it has room, at most
 * maxInFlight messages at once, each invisible to other instances for the
 * lease while it is handled. An idle queue is polled less and less often (up
 * to idleMaxMs), and at once when this process stores an event.
 */
function startQueueDispatcher(outbox, dispatcher, options) {
    const idleMinMs = options.idleMinMs ?? 100;
    const idleMaxMs = options.idleMaxMs ?? 2_000;
    let stopping = false;
    let active = 0;
    let idleMs = idleMinMs;
    let wakeUp;
    const pause = (ms) => new Promise(resolve => {
        const timer = setTimeout(resolve, ms);
        wakeUp = () => {
            clearTimeout(timer);
            resolve();
        };
    }).finally(() => (wakeUp = undefined));
    const handle = async (item) => {
        const actions = {
            done: () => outbox.delete(item),
            later: (message, delayMs) => outbox.defer(item, message, delayMs)
        };
        try {
            options.log(await processMessage(outbox, dispatcher, item.body, actions, options.settings));
        }
        catch (error) {
            options.log({ message: 'dispatch', outcome: 'error', target: item.body?.target, storageError: (0,_azure_storage_js__WEBPACK_IMPORTED_MODULE_1__/* .describeStorageError */ .rb)(error) });
        }
    };
    const loop = (async () => {
        while (!stopping) {
            const room = options.maxInFlight - active;
            if (room <= 0) {
                // A finished message wakes the loop.
                await pause(idleMaxMs);
                continue;
            }
            let items;
            try {
                items = await outbox.receive(room, options.settings.leaseMs);
            }
            catch (error) {
                options.log({ message: 'dispatcher: storage failed', storageError: (0,_azure_storage_js__WEBPACK_IMPORTED_MODULE_1__/* .describeStorageError */ .rb)(error) });
                idleMs = Math.min(idleMs * 2, Math.max(idleMaxMs, 5_000));
                await pause(idleMs);
                continue;
            }
            if (items.length === 0) {
                await pause(idleMs);
                idleMs = Math.min(idleMs * 2, idleMaxMs);
                continue;
            }
            idleMs = idleMinMs;
            for (const item of items) {
                active++;
                void handle(item).finally(() => {
                    active--;
                    wakeUp?.();
                });
            }
        }
    })();
    const sweepEveryMs = options.sweepEveryMs ?? 0;
    const sweeper = sweepEveryMs > 0
        ? setInterval(() => {
            const windowMs = options.duplicateWindowMs ?? options.settings.maxEventAgeMs;
            outbox.sweep(windowMs).then(deleted => deleted > 0 && options.log({ message: 'sweep', deleted }), (error) => options.log({ message: 'sweep: storage failed', storageError: (0,_azure_storage_js__WEBPACK_IMPORTED_MODULE_1__/* .describeStorageError */ .rb)(error) }));
        }, sweepEveryMs).unref()
        : undefined;
    const requeueEveryMs = options.requeueEveryMs ?? options.settings.leaseMs;
    let requeueing = false;
    const requeuer = requeueEveryMs > 0
        ? setInterval(() => {
            if (requeueing)
                return;
            requeueing = true;
            outbox
                .requeueStranded(options.settings.leaseMs)
                .then(requeued => {
                if (requeued > 0) {
                    options.log({ message: 'sweep: stranded events sent again', requeued });
                    idleMs = idleMinMs;
                    wakeUp?.();
                }
            }, (error) => options.log({ message: 'sweep: storage failed', storageError: (0,_azure_storage_js__WEBPACK_IMPORTED_MODULE_1__/* .describeStorageError */ .rb)(error) }))
                .finally(() => (requeueing = false));
        }, requeueEveryMs).unref()
        : undefined;
    return {
        wake: () => {
            idleMs = idleMinMs;
            wakeUp?.();
        },
        stop: async () => {
            stopping = true;
            if (sweeper)
                clearInterval(sweeper);
            if (requeuer)
                clearInterval(requeuer);
            wakeUp?.();
            await loop;
            while (active > 0)
                await new Promise(resolve => setTimeout(resolve, 20));
        }
    };
}


/***/ }),

/***/ 9118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EM: () => (/* binding */ toDispatch),
/* harmony export */   Gb: () => (/* binding */ afterAttempt),
/* harmony export */   WJ: () => (/* binding */ expiresAt),
/* harmony export */   Y8: () => (/* binding */ decodeMessage),
/* harmony export */   Yo: () => (/* binding */ tooOld),
/* harmony export */   mH: () => (/* binding */ encodeMessage),
/* harmony export */   px: () => (/* binding */ rowKeyOf),
/* harmony export */   ti: () => (/* binding */ partitionKeyOf)
/* harmony export */ });
/** Partition keys may not hold "/": owner and repository names never hold ":". GitHub names are case-insensitive. */
function partitionKeyOf(target) {
    return target.toLowerCase().replace('/', ':');
}
/**
 * The row of an event id: the id itself (event ids are [A-Za-z0-9][A-Za-z0-9._:-]*,
 * all allowed in a row key). An event without an id cannot be recognised when
 * delivered again, so it gets a row of its own, which no id can name (ids
 * never start with "_").
 */
function rowKeyOf(eventId, unique) {
    return eventId ?? `_noid:${unique()}`;
}
/**
 * Messages are base64 JSON: the Functions runtime's queue trigger decodes
 * base64 by default (host.json messageEncoding), and the Node dispatcher reads
 * the same.
 */
function encodeMessage(message) {
    return Buffer.from(JSON.stringify(message)).toString('base64');
}
/** The message, from its base64 text or from the object the Functions runtime already decoded; undefined when it is no outbox message. */
function decodeMessage(body) {
    let value = body;
    if (typeof body === 'string') {
        const text = /^[A-Za-z0-9+/]+={0,2}$/.test(body) ? Buffer.from(body, 'base64').toString('utf8') : body;
        try {
            value = JSON.parse(text);
        }
        catch {
            return undefined;
        }
    }
    if (typeof value !== 'object' || value === null)
        return undefined;
    const { target, row, retries, reason, githubStatus, poisonedAt } = value;
    if (typeof target !== 'string' || typeof row !== 'string' || row === '')
        return undefined;
    const message = { target, row, retries: typeof retries === 'number' && retries >= 0 ? Math.floor(retries) : 0 };
    if (typeof reason !== 'string')
        return message;
    return {
        ...message,
        reason,
        githubStatus: typeof githubStatus === 'number' ? githubStatus : undefined,
        poisonedAt: typeof poisonedAt === 'number' ? poisonedAt : 0
    };
}
function toDispatch(record) {
    return { target: record.target, eventType: record.eventType, clientPayloadJson: record.clientPayloadJson };
}
/** When an event's age limit falls: from its arrival, or from the operator's replay. */
function expiresAt(record, settings) {
    return Math.max(record.receivedAt, record.replayedAt ?? 0) + settings.maxEventAgeMs;
}
/**
 * The decision after GitHub answered (or did not): done; again later, after
 * a wait that doubles with each failure (with jitter, so that a backlog does
 * not come back all at once, and never shorter than GitHub's Retry-After);
 * or the poison queue, for a refusal GitHub will not change its mind about
 * or an event that would pass its age limit before its next try.
 */
function afterAttempt(result, record, retries, settings, now, random = Math.random) {
    if (result.ok)
        return { kind: 'dispatched' };
    if (!result.retryable) {
        const why = result.appCredentialsRefused
            ? `GitHub refused the GitHub App's credentials (HTTP ${result.status})`
            : `GitHub refused the dispatch (HTTP ${result.status})${result.status === 404 ? ': no such repository, or the token cannot see it' : ''}`;
        return { kind: 'poison', reason: why, githubStatus: result.status };
    }
    const backoff = Math.min(settings.maxRetryDelayMs, settings.retryDelayMs * 2 ** Math.min(retries, 30)) * (0.8 + 0.4 * random());
    // Nothing reached GitHub (its breaker open, its block, no room in the budget): back when its turn comes, no later.
    const delayMs = Math.round(result.attempts === 0 && result.retryAfterSeconds !== undefined
        ? result.retryAfterSeconds * 1000
        : Math.max(backoff, (result.retryAfterSeconds ?? 0) * 1000));
    const left = expiresAt(record, settings) - now;
    if (left <= 0)
        return tooOld(result.failureReason ?? `HTTP ${result.status}`, settings);
    // The last try falls at the age limit rather than past it.
    return { kind: 'retry', delayMs: Math.min(delayMs, left) };
}
/** The poison decision for an event past its age limit; `lastError` is what its last attempt met. */
function tooOld(lastError, settings) {
    const last = lastError === undefined ? '' : `; last failure: ${lastError}`;
    return { kind: 'poison', reason: `not dispatched within RELAY_MAX_EVENT_AGE (${Math.round(settings.maxEventAgeMs / 1000)} s)${last}` };
}


/***/ })

};
