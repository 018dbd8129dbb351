export const id = 32;
export const ids = [32];
export const modules = {

/***/ 7032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AzureOutbox: () => (/* binding */ AzureOutbox),
/* harmony export */   MAX_REQUEUED_PER_RUN: () => (/* binding */ MAX_REQUEUED_PER_RUN),
/* harmony export */   MAX_SWEPT_PER_RUN: () => (/* binding */ MAX_SWEPT_PER_RUN),
/* harmony export */   STORAGE_CALL_TIMEOUT_MS: () => (/* binding */ STORAGE_CALL_TIMEOUT_MS),
/* harmony export */   StorageUnavailableError: () => (/* binding */ StorageUnavailableError),
/* harmony export */   describeStorageError: () => (/* binding */ describeStorageError),
/* harmony export */   openAzureOutbox: () => (/* binding */ openAzureOutbox)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _outbox_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9118);
// The outbox in Azure Storage: a table of accepted events (the duplicate
// window every instance shares) and a queue of events to dispatch, with its
// poison queue. The Azure SDKs are loaded by import() in openAzureOutbox
// alone, so that neither the action nor an in-memory relay pays for them
// (ncc puts them in a chunk of their own).


/**
 * Each storage call gives up after this long, SDK retries included, unless
 * RELAY_STORAGE_TIMEOUT_SECONDS says otherwise: a relay must answer a sender
 * within Event Grid's 30 s, and a record and a message (three calls at most)
 * must fit.
 */
const STORAGE_CALL_TIMEOUT_MS = 8_000;
/** Rows the sweep deletes per run, at most: more wait for the next run. */
const MAX_SWEPT_PER_RUN = 5_000;
/** Stranded rows one sweep sends again, at most. */
const MAX_REQUEUED_PER_RUN = 1_000;
/** Storage failed or could not be reached: nothing was acknowledged. */
class StorageUnavailableError extends Error {
    name = 'StorageUnavailableError';
}
/** Written as Edm.Double, which holds any millisecond time exactly: a bare integer would be read by the service as Int32. */
const double = (value) => ({ value, type: 'Double' });
async function openAzureOutbox(config, now = Date.now) {
    const callTimeoutMs = config.callTimeoutMs ?? STORAGE_CALL_TIMEOUT_MS;
    const [tables, queues] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(584), __webpack_require__.e(815)]).then(__webpack_require__.bind(__webpack_require__, 5815)), Promise.all(/* import() */[__webpack_require__.e(584), __webpack_require__.e(125)]).then(__webpack_require__.bind(__webpack_require__, 9125))]);
    // Http endpoints are Azurite's; the SDKs refuse to send a key over them unless told.
    const insecure = /(^|;)\s*(UseDevelopmentStorage=true|DefaultEndpointsProtocol=http\b|\w+Endpoint=http:)/i.test(config.connectionString);
    const table = tables.TableClient.fromConnectionString(config.connectionString, config.names.table, {
        allowInsecureConnection: insecure,
        // A storage outage is answered 503 within seconds, not after the SDK's 30 s of retries.
        retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1_000 }
    });
    const service = queues.QueueServiceClient.fromConnectionString(config.connectionString, {
        retryOptions: { maxTries: 3, retryDelayInMs: 200, maxRetryDelayInMs: 1_000, tryTimeoutInMs: callTimeoutMs }
    });
    const outbox = new AzureOutbox(config.names, table, service.getQueueClient(config.names.queue), service.getQueueClient(config.names.poisonQueue), now, callTimeoutMs);
    if (config.leaseMs !== undefined)
        outbox.strandedAfterMs = config.leaseMs;
    return outbox;
}
class AzureOutbox {
    names;
    table;
    queue;
    poisonQueue;
    now;
    callTimeoutMs;
    ensured;
    constructor(names, table, queue, poisonQueue, now, callTimeoutMs = STORAGE_CALL_TIMEOUT_MS) {
        this.names = names;
        this.table = table;
        this.queue = queue;
        this.poisonQueue = poisonQueue;
        this.now = now;
        this.callTimeoutMs = callTimeoutMs;
    }
    /**
     * Creates the table and queues once per process; a failure is tried again
     * on the next call, and so is a table or queue found missing later (an
     * account reset, an operator's delete, an emulator restarted).
     */
    ensureResources() {
        this.ensured ??= Promise.all([
            this.table.createTable({ abortSignal: this.timeout() }).catch((error) => {
                if (status(error) !== 409)
                    throw error;
            }),
            this.queue.createIfNotExists({ abortSignal: this.timeout() }),
            this.poisonQueue.createIfNotExists({ abortSignal: this.timeout() })
        ]).then(() => undefined, (error) => {
            this.ensured = undefined;
            throw error;
        });
        return this.ensured;
    }
    /** Runs a storage call; a table or queue found missing is created again before the next. */
    async call(work) {
        try {
            return await work();
        }
        catch (error) {
            if (isMissingResource(error))
                this.ensured = undefined;
            throw error;
        }
    }
    /**
     * Records the event and enqueues it: 'queued' once both are stored,
     * 'duplicate' when the target already has this event id. Throws
     * StorageUnavailableError when either write failed: the sender must be told
     * to deliver again (503).
     *
     * Only the request whose insert created the row enqueues it, so that a
     * burst of redeliveries costs one message, not one each. A row left
     * pending without a message (the enqueue failed) is sent again by the
     * first redelivery or sweep that finds it unclaimed a lease after its last
     * message, and only by the one whose conditional update wins.
     */
    async accept(event) {
        return unavailableOnError(async () => {
            await this.ensureResources();
            try {
                return await this.acceptOnce(event);
            }
            catch (error) {
                // The table or queue vanished under a running relay: create them and try once more.
                if (!isMissingResource(error))
                    throw error;
                await this.ensureResources();
                return await this.acceptOnce(event);
            }
        });
    }
    async acceptOnce(event) {
        const partitionKey = (0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .partitionKeyOf */ .ti)(event.target);
        const rowKey = (0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .rowKeyOf */ .px)(event.eventId, node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID);
        // Tells this request's own insert, retried by the SDK after its answer was lost, from another's.
        const insertedBy = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
        const now = this.now();
        try {
            await this.call(() => this.table.createEntity({
                partitionKey,
                rowKey,
                target: event.target,
                ...(event.eventId === undefined ? {} : { eventId: event.eventId }),
                state: 'pending',
                receivedAt: double(now),
                enqueuedAt: double(now),
                insertedBy,
                leaseUntil: double(0),
                claims: double(0),
                eventType: event.eventType,
                payload: Buffer.from(event.clientPayloadJson)
            }, { abortSignal: this.timeout() }));
        }
        catch (error) {
            if (status(error) !== 409)
                throw error;
            const existing = await this.getRecord(event.target, rowKey);
            if (existing?.insertedBy !== insertedBy) {
                if (existing && this.isStranded(existing, this.now()))
                    await this.requeue(existing);
                return 'duplicate';
            }
        }
        await this.call(() => this.queue.sendMessage((0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeMessage */ .mH)({ target: event.target, row: rowKey, retries: 0 }), {
            messageTimeToLive: -1,
            abortSignal: this.timeout()
        }));
        return 'queued';
    }
    /** Pending, never claimed, and its last message sent more than a lease ago: that message may never have been stored. */
    isStranded(record, now, leaseMs = this.strandedAfterMs) {
        return record.state === 'pending' && record.claims === 0 && record.leaseUntil <= now && (record.enqueuedAt ?? record.receivedAt) < now - leaseMs;
    }
    /** The dispatch lease: how long after its last message an unclaimed row counts as stranded. */
    strandedAfterMs = 60_000;
    /** Sends a stranded row a message, if no one else did since it was read (the ETag decides): true when this call did. */
    async requeue(record) {
        try {
            await this.call(() => this.table.updateEntity({ partitionKey: (0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .partitionKeyOf */ .ti)(record.target), rowKey: record.rowKey, enqueuedAt: double(this.now()) }, 'Merge', {
                etag: record.etag,
                abortSignal: this.timeout()
            }));
        }
        catch (error) {
            if (status(error) === 412)
                return false;
            throw error;
        }
        await this.enqueue({ target: record.target, row: record.rowKey, retries: 0 });
        return true;
    }
    /**
     * Finds rows recorded but never claimed, whose message is older than
     * `olderThanMs` (the lease): the enqueue after their insert failed, and the
     * sender may never deliver again (ACR webhooks do not retry). They were
     * recorded, so they are dispatched: each gets a message, once, whichever
     * instance sweeps first. A row whose message is merely waiting in a long
     * queue gets a second one, which its claim makes a no-op.
     */
    async requeueStranded(olderThanMs, max = MAX_REQUEUED_PER_RUN) {
        await this.ensureResources();
        const now = this.now();
        let requeued = 0;
        const rows = this.table.listEntities({
            queryOptions: { filter: `state eq 'pending' and claims eq 0.0 and receivedAt lt ${now - olderThanMs}.0` }
        });
        for await (const entity of rows) {
            const record = toRecord(entity);
            if (!this.isStranded(record, now, olderThanMs))
                continue;
            if (await this.requeue(record))
                requeued++;
            if (requeued >= max)
                break;
        }
        return requeued;
    }
    async getRecord(target, rowKey) {
        let entity;
        try {
            entity = await this.call(() => this.table.getEntity((0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .partitionKeyOf */ .ti)(target), rowKey, { abortSignal: this.timeout() }));
        }
        catch (error) {
            // The row is not there; a missing table is no answer about the row.
            if (status(error) === 404 && !isMissingResource(error))
                return undefined;
            throw error;
        }
        return toRecord(entity);
    }
    /** Takes the row for `leaseMs`, if nobody changed it since it was read: the new ETag, or undefined when another dispatcher was first. */
    async claim(record, leaseMs) {
        try {
            const response = await this.call(() => this.table.updateEntity({
                partitionKey: (0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .partitionKeyOf */ .ti)(record.target),
                rowKey: record.rowKey,
                leaseUntil: double(this.now() + leaseMs),
                claims: double(record.claims + 1)
            }, 'Merge', { etag: record.etag, abortSignal: this.timeout() }));
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
        await this.call(() => this.table.updateEntity({
            partitionKey: (0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .partitionKeyOf */ .ti)(record.target),
            rowKey: record.rowKey,
            state: 'dispatched',
            dispatchedAt: double(this.now()),
            githubStatus,
            leaseUntil: double(0)
        }, 'Merge', { etag: '*', abortSignal: this.timeout() }));
    }
    /** Gives the lease back after a failure worth retrying; ignored when the lease already passed to another dispatcher. */
    async release(record, etag, lastError) {
        try {
            await this.call(() => this.table.updateEntity({ partitionKey: (0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .partitionKeyOf */ .ti)(record.target), rowKey: record.rowKey, leaseUntil: double(0), lastError: lastError.slice(0, 1000) }, 'Merge', { etag, abortSignal: this.timeout() }));
        }
        catch (error) {
            if (status(error) !== 412)
                throw error;
        }
    }
    /**
     * Final: the poison queue gets a message with the reason, for the operator,
     * and only then the row says why. In that order, an event is always either
     * on its way or listed by `poison list`: a failure between the two leaves
     * the row pending and its message coming back, which poisons it again (a
     * second poison message, which a replay finds stale).
     */
    async poison(record, message, reason, githubStatus) {
        const poisoned = {
            target: message.target,
            row: message.row,
            retries: message.retries,
            reason,
            githubStatus,
            poisonedAt: this.now()
        };
        await this.call(() => this.poisonQueue.sendMessage((0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeMessage */ .mH)(poisoned), { messageTimeToLive: -1, abortSignal: this.timeout() }));
        if (!record)
            return;
        await this.call(() => this.table.updateEntity({
            partitionKey: (0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .partitionKeyOf */ .ti)(record.target),
            rowKey: record.rowKey,
            state: 'poisoned',
            poisonReason: reason.slice(0, 1000),
            leaseUntil: double(0),
            ...(githubStatus === undefined ? {} : { githubStatus })
        }, 'Merge', { etag: '*', abortSignal: this.timeout() }));
    }
    async enqueue(message, delayMs = 0) {
        await this.call(() => this.queue.sendMessage((0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeMessage */ .mH)(message), {
            messageTimeToLive: -1,
            visibilityTimeout: Math.ceil(delayMs / 1000),
            abortSignal: this.timeout()
        }));
    }
    async receive(count, visibilityMs) {
        await this.ensureResources();
        const response = await this.call(() => this.queue.receiveMessages({
            numberOfMessages: Math.min(32, Math.max(1, count)),
            visibilityTimeout: Math.ceil(visibilityMs / 1000),
            abortSignal: this.timeout()
        }));
        return response.receivedMessageItems.map(item => ({
            messageId: item.messageId,
            popReceipt: item.popReceipt,
            body: (0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeMessage */ .Y8)(item.messageText),
            dequeueCount: item.dequeueCount
        }));
    }
    /** The message comes back after `delayMs`, carrying `message` (its retry count). */
    async defer(item, message, delayMs) {
        await this.call(() => this.queue.updateMessage(item.messageId, item.popReceipt, (0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeMessage */ .mH)(message), Math.ceil(delayMs / 1000), {
            abortSignal: this.timeout()
        }));
    }
    async delete(item) {
        try {
            await this.call(() => this.queue.deleteMessage(item.messageId, item.popReceipt, { abortSignal: this.timeout() }));
        }
        catch (error) {
            // Already gone, or taken by another after its visibility ended: either way not ours to delete.
            if (status(error) !== 404 || isMissingResource(error))
                throw error;
        }
    }
    /** The first (up to 32) poison messages, without taking them. */
    async listPoison() {
        await this.ensureResources();
        const [properties, peeked] = await Promise.all([
            this.poisonQueue.getProperties({ abortSignal: this.timeout() }),
            this.poisonQueue.peekMessages({ numberOfMessages: 32, abortSignal: this.timeout() })
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
     * Sends poison messages back to the outbox: a row still poisoned is set
     * pending again (conditional on its ETag, so that of two replays, or a
     * replay and a stale message, one wins), its age counted from now, and
     * gets a new message; then the poison message is deleted. A message whose
     * row was dispatched or replayed since is only deleted. Only those
     * `select` accepts (all when not given); at most `max`. A message whose
     * replay failed halfway is made visible again for the next replay.
     */
    async replayPoison(select = () => true, max = 1000) {
        await this.ensureResources();
        const outcomes = [];
        const seen = new Set();
        while (outcomes.length < max) {
            // Invisible to `poison list` while this replay holds them: long enough for a message's four calls, and no longer,
            // so that a replay cut short (its answer lost) hides nothing from the operator for long.
            const visibilityTimeout = Math.ceil((5 * this.callTimeoutMs) / 1000);
            const batch = await this.poisonQueue.receiveMessages({ numberOfMessages: 32, visibilityTimeout, abortSignal: this.timeout() });
            const items = batch.receivedMessageItems.filter(item => !seen.has(item.messageId));
            if (items.length === 0)
                break;
            for (const item of items) {
                seen.add(item.messageId);
                const message = (0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeMessage */ .Y8)(item.messageText);
                // Not chosen: visible again at once for the next look.
                if (!select(item.messageId, message)) {
                    await this.poisonQueue.updateMessage(item.messageId, item.popReceipt, undefined, 0, { abortSignal: this.timeout() });
                    continue;
                }
                if (!message) {
                    outcomes.push({ messageId: item.messageId, outcome: 'unreadable' });
                    continue;
                }
                try {
                    const outcome = await this.replayOne(message);
                    if (outcome !== 'no-record')
                        await this.deletePoison(item);
                    outcomes.push({ messageId: item.messageId, target: message.target, row: message.row, outcome });
                }
                catch (error) {
                    await this.poisonQueue.updateMessage(item.messageId, item.popReceipt, undefined, 0, { abortSignal: this.timeout() }).catch(() => undefined);
                    throw error;
                }
                if (outcomes.length >= max)
                    break;
            }
        }
        return outcomes;
    }
    async deletePoison(item) {
        try {
            await this.poisonQueue.deleteMessage(item.messageId, item.popReceipt, { abortSignal: this.timeout() });
        }
        catch (error) {
            // Gone already (this delete's answer was lost and the SDK retried), or another replay holds it now: its replay finds the row done.
            if (status(error) !== 404 || isMissingResource(error))
                throw error;
        }
    }
    async replayOne(message) {
        const record = await this.getRecord(message.target, message.row);
        if (!record)
            return 'no-record';
        if (record.state === 'dispatched')
            return 'stale';
        if (record.state === 'pending') {
            await this.enqueue({ target: message.target, row: message.row, retries: 0 });
            return 'requeued';
        }
        const now = this.now();
        try {
            await this.table.updateEntity({
                partitionKey: (0,_outbox_js__WEBPACK_IMPORTED_MODULE_1__/* .partitionKeyOf */ .ti)(record.target),
                rowKey: record.rowKey,
                state: 'pending',
                replayedAt: double(now),
                // Unclaimed since its last message: the sweep sends it again if this replay stops before enqueuing.
                claims: double(0),
                enqueuedAt: double(now),
                leaseUntil: double(0)
            }, 'Merge', { etag: record.etag, abortSignal: this.timeout() });
        }
        catch (error) {
            // Changed since it was read: another replay was first.
            if (status(error) === 412)
                return 'stale';
            throw error;
        }
        await this.enqueue({ target: message.target, row: message.row, retries: 0 });
        return 'replayed';
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
                await this.table.deleteEntity(row.partitionKey, row.rowKey, { abortSignal: this.timeout() });
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
    timeout() {
        return AbortSignal.timeout(this.callTimeoutMs);
    }
}
function toRecord(entity) {
    return {
        target: entity.target,
        rowKey: entity.rowKey,
        eventId: entity.eventId,
        state: entity.state,
        receivedAt: Number(entity.receivedAt),
        replayedAt: entity.replayedAt === undefined ? undefined : Number(entity.replayedAt),
        enqueuedAt: entity.enqueuedAt === undefined ? undefined : Number(entity.enqueuedAt),
        insertedBy: entity.insertedBy,
        leaseUntil: Number(entity.leaseUntil ?? 0),
        claims: Number(entity.claims ?? 0),
        eventType: entity.eventType,
        clientPayloadJson: Buffer.from(entity.payload).toString('utf8'),
        lastError: entity.lastError,
        etag: entity.etag ?? '*'
    };
}
/** The table or a queue is gone (Table and Queue services name it so; a missing row or message is a plain 404). */
function isMissingResource(error) {
    if (status(error) !== 404)
        return false;
    // The queue SDK sets the error's code; the table SDK leaves it in the response's x-ms-error-code.
    const { code, details } = error;
    const name = code ?? details?.errorCode;
    return name === 'TableNotFound' || name === 'QueueNotFound';
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
