export const id = 178;
export const ids = [178];
export const modules = {

/***/ 1178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AzureBudgetStore: () => (/* binding */ AzureBudgetStore),
/* harmony export */   BUDGET_CALL_TIMEOUT_MS: () => (/* binding */ BUDGET_CALL_TIMEOUT_MS),
/* harmony export */   openAzureBudgetStore: () => (/* binding */ openAzureBudgetStore)
/* harmony export */ });
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2140);

const PARTITION = 'budget';
const ROW = 'state';
/** Writes lost to another instance's, in a row, before the store gives up for this turn. */
const MAX_CONFLICTS = 20;
/** Azure Storage and Azurite answer in milliseconds; an outage must not hold dispatches for the SDK's 30 s. */
const BUDGET_CALL_TIMEOUT_MS = 5_000;
class AzureBudgetStore {
    table;
    limits;
    callTimeoutMs;
    skewMs = _budget_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_CLOCK_SKEW_MS */ .s9;
    constructor(table, limits, callTimeoutMs = BUDGET_CALL_TIMEOUT_MS) {
        this.table = table;
        this.limits = limits;
        this.callTimeoutMs = callTimeoutMs;
    }
    async take(wanted, clock) {
        return this.update(row => {
            // After the read: a permit is counted where it is used, however long the reads and lost writes before it took.
            const now = clock();
            const counts = countsOf(row.counts, this.limits);
            const taken = now < row.blockedUntil ? 0 : Math.min(wanted, (0,_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .roomAt */ .t3)(this.limits, counts, now, this.skewMs));
            if (taken === 0)
                return { write: undefined, turn: { taken, counts, blockedUntil: row.blockedUntil } };
            const next = new Map();
            this.limits.forEach(limit => {
                const current = (0,_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .sliceAt */ .Os)(limit, now);
                const { back, ahead } = (0,_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .guardOf */ .HY)(limit, this.skewMs);
                const kept = new Map();
                // Only the slices some instance may still count: the row stays a few hundred bytes.
                for (const [slice, count] of row.counts.get(limit.windowMs) ?? [])
                    if (slice >= current - back - ahead)
                        kept.set(slice, count);
                kept.set(current, (kept.get(current) ?? 0) + taken);
                next.set(limit.windowMs, kept);
            });
            return {
                write: { counts: next, blockedUntil: row.blockedUntil },
                turn: { taken, counts: countsOf(next, this.limits), blockedUntil: row.blockedUntil }
            };
        });
    }
    async block(until) {
        // The instances' clocks may differ: the block lasts the skew longer for those whose clock is ahead.
        const shared = until + this.skewMs;
        await this.update(row => row.blockedUntil >= shared ? { write: undefined, turn: undefined } : { write: { counts: row.counts, blockedUntil: shared }, turn: undefined });
    }
    /** Reads the row, lets `decide` say what to write, and writes it on the row's ETag; again when another instance wrote first. */
    async update(decide) {
        for (let conflicts = 0;; conflicts++) {
            const row = await this.read();
            const { write, turn } = decide(row);
            if (!write)
                return turn;
            const entity = {
                partitionKey: PARTITION,
                rowKey: ROW,
                slices: serialize(write.counts),
                blockedUntil: { value: write.blockedUntil, type: 'Double' }
            };
            try {
                if (row.etag === undefined)
                    await this.table.createEntity(entity, { abortSignal: this.timeout() });
                else
                    await this.table.updateEntity(entity, 'Replace', { etag: row.etag, abortSignal: this.timeout() });
                return turn;
            }
            catch (error) {
                const status = statusOf(error);
                if (status === 404 && isMissingTable(error)) {
                    // The table is gone (an account reset, an operator's delete): made again, and the turn retried.
                    await this.createTable();
                    continue;
                }
                // Another instance wrote first (412 on an update, 409 on a create): read again.
                if ((status === 409 || status === 412) && conflicts < MAX_CONFLICTS) {
                    await new Promise(resolve => setTimeout(resolve, Math.random() * 20));
                    continue;
                }
                throw error;
            }
        }
    }
    async read() {
        try {
            const entity = await this.table.getEntity(PARTITION, ROW, { abortSignal: this.timeout() });
            return { counts: parse(entity.slices), blockedUntil: Number(entity.blockedUntil ?? 0), etag: entity.etag };
        }
        catch (error) {
            if (statusOf(error) !== 404)
                throw error;
            if (isMissingTable(error))
                await this.createTable();
            return { counts: new Map(), blockedUntil: 0, etag: undefined };
        }
    }
    async createTable() {
        await this.table.createTable({ abortSignal: this.timeout() }).catch((creating) => {
            if (statusOf(creating) !== 409)
                throw creating;
        });
    }
    timeout() {
        return AbortSignal.timeout(this.callTimeoutMs);
    }
}
function countsOf(byWindow, limits) {
    return (index, slice) => byWindow.get(limits[index].windowMs)?.get(slice) ?? 0;
}
function serialize(byWindow) {
    return JSON.stringify(Object.fromEntries([...byWindow].map(([windowMs, slices]) => [windowMs, [...slices]])));
}
/** The row's counts; a row written by another version, or unreadable, counts as empty for the limits it does not hold. */
function parse(text) {
    const byWindow = new Map();
    try {
        const value = JSON.parse(text ?? '{}');
        for (const [windowMs, pairs] of Object.entries(value)) {
            if (Array.isArray(pairs))
                byWindow.set(Number(windowMs), new Map(pairs.filter(pair => Array.isArray(pair) && pair.length === 2).map(([slice, count]) => [Number(slice), Number(count)])));
        }
    }
    catch {
        // Not JSON: an empty budget, rewritten by this turn.
    }
    return byWindow;
}
async function openAzureBudgetStore(config, limits) {
    const { TableClient } = await Promise.all(/* import() */[__webpack_require__.e(584), __webpack_require__.e(815)]).then(__webpack_require__.bind(__webpack_require__, 5815));
    // Http endpoints are Azurite's; the SDK refuses to send a key over them unless told (as storage/azure-outbox.ts).
    const insecure = /(^|;)\s*(UseDevelopmentStorage=true|DefaultEndpointsProtocol=http\b|\w+Endpoint=http:)/i.test(config.connectionString);
    const table = TableClient.fromConnectionString(config.connectionString, config.names.dispatchBudget, {
        allowInsecureConnection: insecure,
        retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1_000 }
    });
    return new AzureBudgetStore(table, limits, Math.min(BUDGET_CALL_TIMEOUT_MS, config.callTimeoutMs ?? BUDGET_CALL_TIMEOUT_MS));
}
function statusOf(error) {
    const status = error.statusCode;
    return typeof status === 'number' ? status : undefined;
}
function isMissingTable(error) {
    const { code, details } = error;
    return (code ?? details?.errorCode) === 'TableNotFound';
}


/***/ })

};
