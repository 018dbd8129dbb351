export const id = 578;
export const ids = [578];
export const modules = {

/***/ 3578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AzureOutbox: () => (/* binding */ AzureOutbox),
  MAX_REQUEUED_PER_RUN: () => (/* binding */ MAX_REQUEUED_PER_RUN),
  MAX_SWEPT_PER_RUN: () => (/* reexport */ MAX_SWEPT_PER_RUN),
  STORAGE_CALL_TIMEOUT_MS: () => (/* reexport */ azure_storage/* STORAGE_CALL_TIMEOUT_MS */.sN),
  StorageUnavailableError: () => (/* reexport */ azure_storage/* StorageUnavailableError */.y7),
  describeStorageError: () => (/* reexport */ azure_storage/* describeStorageError */.rb),
  openAzureOutbox: () => (/* binding */ openAzureOutbox)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/relay/storage/azure-storage.ts
var azure_storage = __webpack_require__(52);
// EXTERNAL MODULE: ./src/relay/storage/outbox.ts
var outbox = __webpack_require__(9118);
;// CONCATENATED MODULE: ./src/relay/storage/queues.ts


/** What both queues do: send, take, give back, delete. */
class AzureQueue {
    queue;
    timeout;
    onError;
    constructor(queue, timeout, 
    /** Told of every failed call: a queue found missing is made again before the next. */
    onError = () => { }) {
        this.queue = queue;
        this.timeout = timeout;
        this.onError = onError;
    }
    async create() {
        await this.queue.createIfNotExists(this.timeout.options);
    }
    async call(work) {
        try {
            return await work();
        }
        catch (error) {
            this.onError(error);
            throw error;
        }
    }
    async send(text, delayMs = 0) {
        await this.call(() => this.queue.sendMessage(text, { messageTimeToLive: -1, visibilityTimeout: Math.ceil(delayMs / 1000), ...this.timeout.options }));
    }
    async receive(count, visibilityMs) {
        const response = await this.call(() => this.queue.receiveMessages({
            numberOfMessages: Math.min(32, Math.max(1, count)),
            visibilityTimeout: Math.ceil(visibilityMs / 1000),
            ...this.timeout.options
        }));
        return response.receivedMessageItems.map(item => ({
            messageId: item.messageId,
            popReceipt: item.popReceipt,
            body: (0,outbox/* decodeMessage */.Y8)(item.messageText),
            dequeueCount: item.dequeueCount
        }));
    }
    /** The message comes back after `delayMs`, carrying `text` when given (else unchanged). */
    async defer(item, delayMs, text) {
        await this.call(() => this.queue.updateMessage(item.messageId, item.popReceipt, text, Math.ceil(delayMs / 1000), this.timeout.options));
    }
    async delete(item) {
        try {
            await this.call(() => this.queue.deleteMessage(item.messageId, item.popReceipt, this.timeout.options));
        }
        catch (error) {
            // Already gone, or taken by another after its visibility ended: either way not ours to delete.
            if ((0,azure_storage/* statusOf */.c2)(error) !== 404 || (0,azure_storage/* isMissingResource */.Pq)(error))
                throw error;
        }
    }
}
class AzureWorkQueue extends AzureQueue {
    async enqueue(message, delayMs = 0) {
        await this.send((0,outbox/* encodeMessage */.mH)(message), delayMs);
    }
}
class AzurePoisonQueue extends AzureQueue {
    async add(message) {
        await this.send((0,outbox/* encodeMessage */.mH)(message));
    }
    /** The first (up to 32) poison messages, without taking them. */
    async list() {
        const [properties, peeked] = await Promise.all([
            this.call(() => this.queue.getProperties(this.timeout.options)),
            this.call(() => this.queue.peekMessages({ numberOfMessages: 32, ...this.timeout.options }))
        ]);
        return {
            approximateCount: properties.approximateMessagesCount ?? peeked.peekedMessageItems.length,
            messages: peeked.peekedMessageItems.map(item => ({
                messageId: item.messageId,
                insertedOn: item.insertedOn,
                message: (0,outbox/* decodeMessage */.Y8)(item.messageText)
            }))
        };
    }
}

;// CONCATENATED MODULE: ./src/relay/storage/records.ts


/** Rows the sweep deletes per run, at most: more wait for the next run. */
const MAX_SWEPT_PER_RUN = 5_000;
class AzureRecords {
    table;
    timeout;
    now;
    onError;
    constructor(table, timeout, now, 
    /** Told of every failed call: a table found missing is made again before the next. */
    onError = () => { }) {
        this.table = table;
        this.timeout = timeout;
        this.now = now;
        this.onError = onError;
    }
    create() {
        return this.table.createTable(this.timeout.options).catch((error) => {
            if ((0,azure_storage/* statusOf */.c2)(error) !== 409)
                throw error;
        });
    }
    async call(work) {
        try {
            return await work();
        }
        catch (error) {
            this.onError(error);
            throw error;
        }
    }
    /** Inserts the event's row, pending: false when a row of that id is there already. */
    async insert(event, rowKey, insertedBy) {
        const now = this.now();
        try {
            await this.call(() => this.table.createEntity({
                partitionKey: (0,outbox/* partitionKeyOf */.ti)(event.target),
                rowKey,
                target: event.target,
                ...(event.eventId === undefined ? {} : { eventId: event.eventId }),
                state: 'pending',
                receivedAt: (0,azure_storage/* double */.gd)(now),
                enqueuedAt: (0,azure_storage/* double */.gd)(now),
                insertedBy,
                leaseUntil: (0,azure_storage/* double */.gd)(0),
                claims: (0,azure_storage/* double */.gd)(0),
                eventType: event.eventType,
                payload: Buffer.from(event.clientPayloadJson)
            }, this.timeout.options));
            return true;
        }
        catch (error) {
            if ((0,azure_storage/* statusOf */.c2)(error) === 409)
                return false;
            throw error;
        }
    }
    async get(target, rowKey) {
        let entity;
        try {
            entity = await this.call(() => this.table.getEntity((0,outbox/* partitionKeyOf */.ti)(target), rowKey, this.timeout.options));
        }
        catch (error) {
            // The row is not there; a missing table is no answer about the row.
            if ((0,azure_storage/* statusOf */.c2)(error) === 404 && !(0,azure_storage/* isMissingResource */.Pq)(error))
                return undefined;
            throw error;
        }
        return toRecord(entity);
    }
    /**
     * Merges `fields` into the record's row: on `etag` (the ETag the record was
     * read with, unless another is given; '*': whatever it holds now). The new
     * ETag, or undefined when the row changed since (412).
     */
    async merge(record, fields, etag = record.etag) {
        try {
            const response = await this.call(() => this.table.updateEntity({ partitionKey: (0,outbox/* partitionKeyOf */.ti)(record.target), rowKey: record.rowKey, ...fields }, 'Merge', {
                etag,
                ...this.timeout.options
            }));
            return response.etag;
        }
        catch (error) {
            if ((0,azure_storage/* statusOf */.c2)(error) === 412 && etag !== '*')
                return undefined;
            throw error;
        }
    }
    /** Takes the row for `leaseMs`, if nobody changed it since it was read: the new ETag, or undefined when another dispatcher was first. */
    claim(record, leaseMs) {
        return this.merge(record, { leaseUntil: (0,azure_storage/* double */.gd)(this.now() + leaseMs), claims: (0,azure_storage/* double */.gd)(record.claims + 1) });
    }
    /** GitHub accepted it: final, whoever holds the lease now. */
    async markDispatched(record, githubStatus) {
        await this.merge(record, { state: 'dispatched', dispatchedAt: (0,azure_storage/* double */.gd)(this.now()), githubStatus, leaseUntil: (0,azure_storage/* double */.gd)(0) }, '*');
    }
    /** Gives the lease back after a failure worth retrying; ignored when the lease already passed to another dispatcher. */
    async release(record, etag, lastError) {
        await this.merge(record, { leaseUntil: (0,azure_storage/* double */.gd)(0), lastError: lastError.slice(0, 1000) }, etag);
    }
    async markPoisoned(record, reason, githubStatus) {
        await this.merge(record, { state: 'poisoned', poisonReason: reason.slice(0, 1000), leaseUntil: (0,azure_storage/* double */.gd)(0), ...(githubStatus === undefined ? {} : { githubStatus }) }, '*');
    }
    /** Records a new message for the row, if no one else did since it was read: true when this call did. */
    async markEnqueued(record) {
        return (await this.merge(record, { enqueuedAt: (0,azure_storage/* double */.gd)(this.now()) })) !== undefined;
    }
    /** A poisoned row pending again, its age counted from now, if still as it was read: true when this call did. */
    async markReplayed(record) {
        const now = this.now();
        // Unclaimed since its last message: the sweep sends it again if the replay stops before enqueuing.
        const fields = { state: 'pending', replayedAt: (0,azure_storage/* double */.gd)(now), claims: (0,azure_storage/* double */.gd)(0), enqueuedAt: (0,azure_storage/* double */.gd)(now), leaseUntil: (0,azure_storage/* double */.gd)(0) };
        return (await this.merge(record, fields)) !== undefined;
    }
    /** Rows pending, never claimed, received before `before`: candidates for a stranded row's message. */
    async *pendingUnclaimed(before) {
        const rows = this.table.listEntities({
            queryOptions: { filter: `state eq 'pending' and claims eq 0.0 and receivedAt lt ${before}.0` },
            ...this.timeout.listing
        });
        for await (const entity of rows)
            yield toRecord(entity);
    }
    /**
     * Deletes rows of dispatched events received before `before`, at most
     * `max`: the duplicate window then stays as long as a sender may still
     * deliver again, and the table does not grow without end.
     */
    async deleteDispatched(before, max = MAX_SWEPT_PER_RUN) {
        let deleted = 0;
        const rows = this.table.listEntities({
            queryOptions: { filter: `state eq 'dispatched' and receivedAt lt ${before}.0`, select: ['PartitionKey', 'RowKey'] },
            ...this.timeout.listing
        });
        for await (const row of rows) {
            if (deleted >= max)
                break;
            try {
                await this.table.deleteEntity(row.partitionKey, row.rowKey, this.timeout.options);
                deleted++;
            }
            catch (error) {
                // Another instance's sweep was first.
                if ((0,azure_storage/* statusOf */.c2)(error) !== 404)
                    throw error;
            }
        }
        return deleted;
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

;// CONCATENATED MODULE: ./src/relay/storage/azure-outbox.ts
// The outbox in Azure Storage: the table of accepted events (records.ts, the
// duplicate window every instance shares), the work queue and the poison
// queue (queues.ts), put together by the rules of outbox.ts. The Azure SDKs
// are loaded by import() in openAzureOutbox alone, so that neither the action
// nor an in-memory relay pays for them (ncc puts them in a chunk of their own).







/** Stranded rows one sweep sends again, at most. */
const MAX_REQUEUED_PER_RUN = 1_000;
async function openAzureOutbox(config, now = Date.now) {
    const timeout = new azure_storage/* CallTimeout */.YV(config.callTimeoutMs ?? azure_storage/* STORAGE_CALL_TIMEOUT_MS */.sN);
    const [tables, queues] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(584), __webpack_require__.e(815)]).then(__webpack_require__.bind(__webpack_require__, 5815)), Promise.all(/* import() */[__webpack_require__.e(584), __webpack_require__.e(125)]).then(__webpack_require__.bind(__webpack_require__, 9125))]);
    const table = tables.TableClient.fromConnectionString(config.connectionString, config.names.table, {
        allowInsecureConnection: (0,azure_storage/* isInsecure */.f_)(config.connectionString),
        // A storage outage is answered 503 within seconds, not after the SDK's 30 s of retries.
        retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1_000 }
    });
    const service = queues.QueueServiceClient.fromConnectionString(config.connectionString, {
        retryOptions: { maxTries: 3, retryDelayInMs: 200, maxRetryDelayInMs: 1_000, tryTimeoutInMs: timeout.ms }
    });
    return new AzureOutbox(config.names, { table, queue: service.getQueueClient(config.names.queue), poisonQueue: service.getQueueClient(config.names.poisonQueue) }, now, timeout, config.leaseMs);
}
class AzureOutbox {
    names;
    now;
    timeout;
    strandedAfterMs;
    ensured;
    records;
    work;
    poisonQueue;
    callTimeoutMs;
    constructor(names, clients, now, timeout = new azure_storage/* CallTimeout */.YV(), 
    /** The dispatch lease: how long after its last message an unclaimed row counts as stranded. */
    strandedAfterMs = 60_000) {
        this.names = names;
        this.now = now;
        this.timeout = timeout;
        this.strandedAfterMs = strandedAfterMs;
        // A table or queue found missing (an account reset, an operator's delete, an emulator restarted) is made again before the next call.
        const onError = (error) => {
            if ((0,azure_storage/* isMissingResource */.Pq)(error))
                this.ensured = undefined;
        };
        this.records = new AzureRecords(clients.table, timeout, now, onError);
        this.work = new AzureWorkQueue(clients.queue, timeout, onError);
        this.poisonQueue = new AzurePoisonQueue(clients.poisonQueue, timeout, onError);
        this.callTimeoutMs = timeout.ms;
    }
    /** Creates the table and queues once per process; a failure is tried again on the next call. */
    ensureResources() {
        this.ensured ??= Promise.all([this.records.create(), this.work.create(), this.poisonQueue.create()]).then(() => undefined, (error) => {
            this.ensured = undefined;
            throw error;
        });
        return this.ensured;
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
        return (0,azure_storage/* unavailableOnError */.uJ)(async () => {
            await this.ensureResources();
            try {
                return await this.acceptOnce(event);
            }
            catch (error) {
                // The table or queue vanished under a running relay: create them and try once more.
                if (!(0,azure_storage/* isMissingResource */.Pq)(error))
                    throw error;
                await this.ensureResources();
                return await this.acceptOnce(event);
            }
        });
    }
    async acceptOnce(event) {
        const rowKey = (0,outbox/* rowKeyOf */.px)(event.eventId, external_node_crypto_.randomUUID);
        // Tells this request's own insert, retried by the SDK after its answer was lost, from another's.
        const insertedBy = (0,external_node_crypto_.randomUUID)();
        if (!(await this.records.insert(event, rowKey, insertedBy))) {
            const existing = await this.records.get(event.target, rowKey);
            if (existing?.insertedBy !== insertedBy) {
                if (existing && this.isStranded(existing, this.now()))
                    await this.requeue(existing);
                return 'duplicate';
            }
        }
        await this.work.enqueue({ target: event.target, row: rowKey, retries: 0 });
        return 'queued';
    }
    /** Pending, never claimed, and its last message sent more than a lease ago: that message may never have been stored. */
    isStranded(record, now, leaseMs = this.strandedAfterMs) {
        return record.state === 'pending' && record.claims === 0 && record.leaseUntil <= now && (record.enqueuedAt ?? record.receivedAt) < now - leaseMs;
    }
    /** Sends a stranded row a message, if no one else did since it was read (the ETag decides): true when this call did. */
    async requeue(record) {
        if (!(await this.records.markEnqueued(record)))
            return false;
        await this.work.enqueue({ target: record.target, row: record.rowKey, retries: 0 });
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
        for await (const record of this.records.pendingUnclaimed(now - olderThanMs)) {
            if (!this.isStranded(record, now, olderThanMs))
                continue;
            if (await this.requeue(record))
                requeued++;
            if (requeued >= max)
                break;
        }
        return requeued;
    }
    // The dispatch worker's view (QueueStore): records and the work queue.
    getRecord(target, rowKey) {
        return this.records.get(target, rowKey);
    }
    claim(record, leaseMs) {
        return this.records.claim(record, leaseMs);
    }
    markDispatched(record, githubStatus) {
        return this.records.markDispatched(record, githubStatus);
    }
    release(record, etag, lastError) {
        return this.records.release(record, etag, lastError);
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
        await this.poisonQueue.add(poisoned);
        if (record)
            await this.records.markPoisoned(record, reason, githubStatus);
    }
    enqueue(message, delayMs = 0) {
        return this.work.enqueue(message, delayMs);
    }
    async receive(count, visibilityMs) {
        await this.ensureResources();
        return this.work.receive(count, visibilityMs);
    }
    /** The message comes back after `delayMs`, carrying `message` (its retry count). */
    defer(item, message, delayMs) {
        return this.work.defer(item, delayMs, (0,outbox/* encodeMessage */.mH)(message));
    }
    delete(item) {
        return this.work.delete(item);
    }
    /** The first (up to 32) poison messages, without taking them. */
    async listPoison() {
        await this.ensureResources();
        return this.poisonQueue.list();
    }
    /**
     * Sends poison messages back to the outbox: a row still poisoned is set
     * pending again (conditional on its ETag, so that of two replays, or a
     * replay and a stale message, one wins), its age counted from now, and
     * gets a new message; then the poison message is deleted. A message whose
     * row was dispatched or replayed since is only deleted. Only those
     * `select` accepts (all when not given); at most `max`. Every message it
     * took and did not delete (not chosen, its replay failed halfway) is made
     * visible again before it returns.
     */
    async replayPoison(select = () => true, max = 1000) {
        await this.ensureResources();
        const outcomes = [];
        const seen = new Set();
        // Messages taken to look at and not deleted: hidden while the walk goes on (a receive cannot skip them),
        // and made visible again before the replay returns, whatever happened.
        const giveBack = [];
        // Invisible to `poison list` while this replay holds them: long enough for a message's four calls, and no longer,
        // so that a replay cut short (its answer lost) hides nothing from the operator for long.
        const visibilityMs = 5 * this.callTimeoutMs;
        try {
            while (outcomes.length < max) {
                const items = (await this.poisonQueue.receive(32, visibilityMs)).filter(item => !seen.has(item.messageId));
                if (items.length === 0)
                    break;
                for (const item of items) {
                    seen.add(item.messageId);
                    const message = item.body;
                    if (!select(item.messageId, message) || outcomes.length >= max) {
                        giveBack.push(item);
                        continue;
                    }
                    if (!message) {
                        outcomes.push({ messageId: item.messageId, outcome: 'unreadable' });
                        giveBack.push(item);
                        continue;
                    }
                    giveBack.push(item);
                    const outcome = await this.replayOne(message);
                    if (outcome !== 'no-record') {
                        await this.poisonQueue.delete(item);
                        giveBack.pop();
                    }
                    outcomes.push({ messageId: item.messageId, target: message.target, row: message.row, outcome });
                }
            }
        }
        finally {
            await Promise.all(giveBack.map(item => this.poisonQueue.defer(item, 0).catch(() => undefined)));
        }
        return outcomes;
    }
    async replayOne(message) {
        const record = await this.records.get(message.target, message.row);
        if (!record)
            return 'no-record';
        if (record.state === 'dispatched')
            return 'stale';
        if (record.state === 'pending') {
            await this.work.enqueue({ target: message.target, row: message.row, retries: 0 });
            return 'requeued';
        }
        // Changed since it was read: another replay was first.
        if (!(await this.records.markReplayed(record)))
            return 'stale';
        await this.work.enqueue({ target: message.target, row: message.row, retries: 0 });
        return 'replayed';
    }
    /**
     * Deletes rows of dispatched events received more than `windowMs` ago, at
     * most MAX_SWEPT_PER_RUN a run. Poisoned rows stay until they are replayed
     * and dispatched.
     */
    async sweep(windowMs, max = MAX_SWEPT_PER_RUN) {
        await this.ensureResources();
        return this.records.deleteDispatched(this.now() - windowMs, max);
    }
}


/***/ }),

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
