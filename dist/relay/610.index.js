export const id = 610;
export const ids = [610,158];
export const modules = {

/***/ 1158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AzureOutbox: () => (/* binding */ AzureOutbox),
/* harmony export */   MAX_SWEPT_PER_RUN: () => (/* binding */ MAX_SWEPT_PER_RUN),
/* harmony export */   STORAGE_CALL_TIMEOUT_MS: () => (/* binding */ STORAGE_CALL_TIMEOUT_MS),
/* harmony export */   StorageUnavailableError: () => (/* binding */ StorageUnavailableError),
/* harmony export */   describeStorageError: () => (/* binding */ describeStorageError),
/* harmony export */   openAzureOutbox: () => (/* binding */ openAzureOutbox)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _outbox_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8696);
// The outbox in Azure Storage: a table of accepted events (the duplicate
// window every instance shares) and a queue of events to dispatch, with its
// poison queue. The Azure SDKs are loaded by import() in openAzureOutbox
// alone, so that neither the action nor an in-memory relay pays for them
// (ncc puts them in a chunk of their own).


/**
 * Each storage call gives up after this long, SDK retries included: a relay
 * must answer a sender within Event Grid's 30 s, and a record and a message
 * (three calls at most) must fit.
 */
const STORAGE_CALL_TIMEOUT_MS = 8_000;
/** Rows the sweep deletes per run, at most: more wait for the next run. */
const MAX_SWEPT_PER_RUN = 5_000;
/** Storage failed or could not be reached: nothing was acknowledged. */
class StorageUnavailableError extends Error {
    name = 'StorageUnavailableError';
}
/** Written as Edm.Double, which holds any millisecond time exactly: a bare integer would be read by the service as Int32. */
const double = (value) => ({ value, type: 'Double' });
async function openAzureOutbox(config, now = Date.now) {
    const [tables, queues] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(584), __webpack_require__.e(815)]).then(__webpack_require__.bind(__webpack_require__, 5815)), Promise.all(/* import() */[__webpack_require__.e(584), __webpack_require__.e(125)]).then(__webpack_require__.bind(__webpack_require__, 9125))]);
    // Http endpoints are Azurite's; the SDKs refuse to send a key over them unless told.
    const insecure = /(^|;)\s*(UseDevelopmentStorage=true|DefaultEndpointsProtocol=http\b|\w+Endpoint=http:)/i.test(config.connectionString);
    const table = tables.TableClient.fromConnectionString(config.connectionString, config.names.table, {
        allowInsecureConnection: insecure,
        // A storage outage is answered 503 within seconds, not after the SDK's 30 s of retries.
        retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1_000 }
    });
    const service = queues.QueueServiceClient.fromConnectionString(config.connectionString, {
        retryOptions: { maxTries: 3, retryDelayInMs: 200, maxRetryDelayInMs: 1_000, tryTimeoutInMs: STORAGE_CALL_TIMEOUT_MS }
    });
    return new AzureOutbox(config.names, table, service.getQueueClient(config.names.queue), service.getQueueClient(config.names.poisonQueue), now);
}
class AzureOutbox {
    names;
    table;
    queue;
    poisonQueue;
    now;
    ensured;
    constructor(names, table, queue, poisonQueue, now) {
        this.names = names;
        this.table = table;
        this.queue = queue;
        this.poisonQueue = poisonQueue;
        this.now = now;
    }
    /** Creates the table and queues once per process; a failure is tried again on the next call. */
    ensureResources() {
        this.ensured ??= Promise.all([
            this.table.createTable({ abortSignal: timeout() }).catch((error) => {
                if (status(error) !== 409)
                    throw error;
            }),
            this.queue.createIfNotExists({ abortSignal: timeout() }),
            this.poisonQueue.createIfNotExists({ abortSignal: timeout() })
        ]).then(() => undefined, (error) => {
            this.ensured = undefined;
            throw error;
        });
        return this.ensured;
    }
    /**
     * Records the event and enqueues it: 'queued' once both are stored,
     * 'duplicate' when the target already has this event id. Throws
     * StorageUnavailableError when either write failed: the sender must be told
     * to deliver again (503), and that redelivery finds a row left behind.
     */
    async accept(event) {
        return unavailableOnError(async () => {
            await this.ensureResources();
            const partitionKey = (0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .partitionKeyOf */ .ti)(event.target);
            const rowKey = (0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .rowKeyOf */ .px)(event.eventId, node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID);
            let outcome = 'queued';
            try {
                await this.table.createEntity({
                    partitionKey,
                    rowKey,
                    target: event.target,
                    ...(event.eventId === undefined ? {} : { eventId: event.eventId }),
                    state: 'pending',
                    receivedAt: double(this.now()),
                    leaseUntil: double(0),
                    claims: double(0),
                    eventType: event.eventType,
                    payload: Buffer.from(event.clientPayloadJson)
                }, { abortSignal: timeout() });
            }
            catch (error) {
                if (status(error) !== 409)
                    throw error;
                outcome = 'duplicate';
                const existing = await this.getRecord(event.target, rowKey);
                // Claimed once: its message reached the queue and stays there until the row is final.
                // Never claimed: the request that recorded it may have failed before enqueuing, or still be
                // at it: another message costs less than a lost event, and the claim makes it harmless.
                if (!existing || existing.state !== 'pending' || existing.claims > 0)
                    return outcome;
            }
            await this.queue.sendMessage((0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeMessage */ .mH)({ target: event.target, row: rowKey, retries: 0 }), {
                messageTimeToLive: -1,
                abortSignal: timeout()
            });
            return outcome;
        });
    }
    async getRecord(target, rowKey) {
        let entity;
        try {
            entity = await this.table.getEntity((0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .partitionKeyOf */ .ti)(target), rowKey, { abortSignal: timeout() });
        }
        catch (error) {
            if (status(error) === 404)
                return undefined;
            throw error;
        }
        return {
            target: entity.target,
            rowKey: entity.rowKey,
            eventId: entity.eventId,
            state: entity.state,
            receivedAt: Number(entity.receivedAt),
            replayedAt: entity.replayedAt === undefined ? undefined : Number(entity.replayedAt),
            leaseUntil: Number(entity.leaseUntil ?? 0),
            claims: Number(entity.claims ?? 0),
            eventType: entity.eventType,
            clientPayloadJson: Buffer.from(entity.payload).toString('utf8'),
            lastError: entity.lastError,
            etag: entity.etag ?? '*'
        };
    }
    /** Takes the row for `leaseMs`, if nobody changed it since it was read: the new ETag, or undefined when another dispatcher was first. */
    async claim(record, leaseMs) {
        try {
            const response = await this.table.updateEntity({
                partitionKey: (0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .partitionKeyOf */ .ti)(record.target),
                rowKey: record.rowKey,
                leaseUntil: double(this.now() + leaseMs),
                claims: double(record.claims + 1)
            }, 'Merge', { etag: record.etag, abortSignal: timeout() });
            return response.etag;
        }
        catch (error) {
            if (status(error) === 412)
                return undefined;
            throw error;
        }
    }
    /** GitHub accepted it: final, whoever holds the lease now. */
    async markDispatched(record, githubStatus) {
        await this.table.updateEntity({
            partitionKey: (0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .partitionKeyOf */ .ti)(record.target),
            rowKey: record.rowKey,
            state: 'dispatched',
            dispatchedAt: double(this.now()),
            githubStatus,
            leaseUntil: double(0)
        }, 'Merge', { etag: '*', abortSignal: timeout() });
    }
    /** Gives the lease back after a failure worth retrying; ignored when the lease already passed to another dispatcher. */
    async release(record, etag, lastError) {
        try {
            await this.table.updateEntity({ partitionKey: (0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .partitionKeyOf */ .ti)(record.target), rowKey: record.rowKey, leaseUntil: double(0), lastError: lastError.slice(0, 1000) }, 'Merge', { etag, abortSignal: timeout() });
        }
        catch (error) {
            if (status(error) !== 412)
                throw error;
        }
    }
    /** Final: the row says why, and the poison queue gets a message with the reason, for the operator. */
    async poison(record, message, reason, githubStatus) {
        if (record) {
            await this.table.updateEntity({
                partitionKey: (0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .partitionKeyOf */ .ti)(record.target),
                rowKey: record.rowKey,
                state: 'poisoned',
                poisonReason: reason.slice(0, 1000),
                leaseUntil: double(0),
                ...(githubStatus === undefined ? {} : { githubStatus })
            }, 'Merge', { etag: '*', abortSignal: timeout() });
        }
        const poisoned = {
            target: message.target,
            row: message.row,
            retries: message.retries,
            reason,
            githubStatus,
            poisonedAt: this.now()
        };
        await this.poisonQueue.sendMessage((0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeMessage */ .mH)(poisoned), { messageTimeToLive: -1, abortSignal: timeout() });
    }
    async enqueue(message, delayMs = 0) {
        await this.queue.sendMessage((0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeMessage */ .mH)(message), {
            messageTimeToLive: -1,
            visibilityTimeout: Math.ceil(delayMs / 1000),
            abortSignal: timeout()
        });
    }
    async receive(count, visibilityMs) {
        await this.ensureResources();
        const response = await this.queue.receiveMessages({
            numberOfMessages: Math.min(32, Math.max(1, count)),
            visibilityTimeout: Math.ceil(visibilityMs / 1000),
            abortSignal: timeout()
        });
        return response.receivedMessageItems.map(item => ({
            messageId: item.messageId,
            popReceipt: item.popReceipt,
            body: (0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeMessage */ .Y8)(item.messageText),
            dequeueCount: item.dequeueCount
        }));
    }
    /** The message comes back after `delayMs`, carrying `message` (its retry count). */
    async defer(item, message, delayMs) {
        await this.queue.updateMessage(item.messageId, item.popReceipt, (0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeMessage */ .mH)(message), Math.ceil(delayMs / 1000), {
            abortSignal: timeout()
        });
    }
    async delete(item) {
        try {
            await this.queue.deleteMessage(item.messageId, item.popReceipt, { abortSignal: timeout() });
        }
        catch (error) {
            // Already gone, or taken by another after its visibility ended: either way not ours to delete.
            if (status(error) !== 404)
                throw error;
        }
    }
    /** The first (up to 32) poison messages, without taking them. */
    async listPoison() {
        await this.ensureResources();
        const [properties, peeked] = await Promise.all([
            this.poisonQueue.getProperties({ abortSignal: timeout() }),
            this.poisonQueue.peekMessages({ numberOfMessages: 32, abortSignal: timeout() })
        ]);
        return {
            approximateCount: properties.approximateMessagesCount ?? peeked.peekedMessageItems.length,
            messages: peeked.peekedMessageItems.map(item => ({
                messageId: item.messageId,
                insertedOn: item.insertedOn,
                message: (0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeMessage */ .Y8)(item.messageText)
            }))
        };
    }
    /**
     * Sends poison messages back to the outbox: the row pending again, its age
     * counted from now, a new message, the poison message deleted. Only those
     * `select` accepts (all when not given); at most `max`.
     */
    async replayPoison(select = () => true, max = 1000) {
        await this.ensureResources();
        const outcomes = [];
        const seen = new Set();
        while (outcomes.length < max) {
            const batch = await this.poisonQueue.receiveMessages({ numberOfMessages: 32, visibilityTimeout: 60, abortSignal: timeout() });
            const items = batch.receivedMessageItems.filter(item => !seen.has(item.messageId));
            if (items.length === 0)
                break;
            for (const item of items) {
                seen.add(item.messageId);
                const message = (0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeMessage */ .Y8)(item.messageText);
                // Not chosen: visible again at once for the next look.
                if (!select(item.messageId, message)) {
                    await this.poisonQueue.updateMessage(item.messageId, item.popReceipt, undefined, 0, { abortSignal: timeout() });
                    continue;
                }
                if (!message) {
                    outcomes.push({ messageId: item.messageId, outcome: 'unreadable' });
                    continue;
                }
                const record = await this.getRecord(message.target, message.row);
                if (!record) {
                    outcomes.push({ messageId: item.messageId, target: message.target, row: message.row, outcome: 'no-record' });
                    continue;
                }
                await this.table.updateEntity({
                    partitionKey: (0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .partitionKeyOf */ .ti)(record.target),
                    rowKey: record.rowKey,
                    state: 'pending',
                    replayedAt: double(this.now()),
                    leaseUntil: double(0)
                }, 'Merge', { etag: '*', abortSignal: timeout() });
                await this.enqueue({ target: message.target, row: message.row, retries: 0 });
                await this.poisonQueue.deleteMessage(item.messageId, item.popReceipt, { abortSignal: timeout() });
                outcomes.push({ messageId: item.messageId, target: message.target, row: message.row, outcome: 'replayed' });
                if (outcomes.length >= max)
                    break;
            }
        }
        return outcomes;
    }
    /**
     * Deletes rows of dispatched events received more than `windowMs` ago, at
     * most MAX_SWEPT_PER_RUN a run: the duplicate window then stays as long as a
     * sender may still deliver again, and the table does not grow without end.
     * Poisoned rows stay until they are replayed and dispatched.
     */
    async sweep(windowMs, max = MAX_SWEPT_PER_RUN) {
        await this.ensureResources();
        const before = this.now() - windowMs;
        let deleted = 0;
        const rows = this.table.listEntities({
            queryOptions: { filter: `state eq 'dispatched' and receivedAt lt ${before}.0`, select: ['PartitionKey', 'RowKey'] }
        });
        for await (const row of rows) {
            if (deleted >= max)
                break;
            try {
                await this.table.deleteEntity(row.partitionKey, row.rowKey, { abortSignal: timeout() });
                deleted++;
            }
            catch (error) {
                // Another instance's sweep was first.
                if (status(error) !== 404)
                    throw error;
            }
        }
        return deleted;
    }
}
function timeout() {
    return AbortSignal.timeout(STORAGE_CALL_TIMEOUT_MS);
}
function status(error) {
    const code = error?.statusCode;
    return typeof code === 'number' ? code : undefined;
}
/** For a log line: the status, or the SDK's message cut short, with any SAS signature removed. */
function describeStorageError(error) {
    const code = status(error);
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

/***/ 6610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   processMessage: () => (/* binding */ processMessage),
/* harmony export */   startQueueDispatcher: () => (/* binding */ startQueueDispatcher)
/* harmony export */ });
/* harmony import */ var _azure_storage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1158);
/* harmony import */ var _outbox_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8696);


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
    const leaseLeft = record.leaseUntil - now();
    if (leaseLeft > 0) {
        // Another dispatcher holds it: look again once its lease is over.
        entry.outcome = 'held';
        entry.delayMs = leaseLeft + 1000;
        await actions.later(message, entry.delayMs);
        return entry;
    }
    if (now() >= (0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .expiresAt */ .WJ)(record, settings)) {
        const decision = (0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .tooOld */ .Yo)(record.lastError, settings);
        await outbox.poison(record, message, decision.reason);
        await actions.done();
        entry.outcome = 'poisoned';
        entry.reason = decision.reason;
        return entry;
    }
    const etag = await outbox.claim(record, settings.leaseMs);
    if (etag === undefined) {
        entry.outcome = 'held';
        entry.delayMs = settings.leaseMs;
        await actions.later(message, entry.delayMs);
        return entry;
    }
    const result = await dispatcher((0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .toDispatch */ .EM)(record));
    entry.githubStatus = result.status;
    entry.attempts = result.attempts;
    if (result.unreachable !== undefined)
        entry.githubError = result.unreachable;
    const decision = (0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .afterAttempt */ .Gb)(result, record, message.retries, settings, now());
    if (decision.kind === 'dispatched') {
        await outbox.markDispatched(record, result.status);
        await actions.done();
        entry.outcome = 'dispatched';
    }
    else if (decision.kind === 'retry') {
        await outbox.release(record, etag, result.unreachable ?? `HTTP ${result.status}`);
        await actions.later({ ...message, retries: message.retries + 1 }, decision.delayMs);
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
            options.log({ message: 'dispatch', outcome: 'error', target: item.body?.target, storageError: (0,_azure_storage_js__WEBPACK_IMPORTED_MODULE_0__.describeStorageError)(error) });
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
                options.log({ message: 'dispatcher: storage failed', storageError: (0,_azure_storage_js__WEBPACK_IMPORTED_MODULE_0__.describeStorageError)(error) });
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
            outbox.sweep(windowMs).then(deleted => deleted > 0 && options.log({ message: 'sweep', deleted }), (error) => options.log({ message: 'sweep: storage failed', storageError: (0,_azure_storage_js__WEBPACK_IMPORTED_MODULE_0__.describeStorageError)(error) }));
        }, sweepEveryMs).unref()
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
            wakeUp?.();
            await loop;
            while (active > 0)
                await new Promise(resolve => setTimeout(resolve, 20));
        }
    };
}


/***/ }),

/***/ 8696:
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
    const delayMs = Math.round(Math.max(backoff, (result.retryAfterSeconds ?? 0) * 1000));
    const left = expiresAt(record, settings) - now;
    if (left <= 0)
        return tooOld(result.unreachable ?? `HTTP ${result.status}`, settings);
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
