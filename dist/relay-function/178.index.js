export const id = 178;
export const ids = [178];
export const modules = {

/***/ 1178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AzureBudgetStore: () => (/* binding */ AzureBudgetStore),
/* harmony export */   openAzureBudgetStore: () => (/* binding */ openAzureBudgetStore)
/* harmony export */ });
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2140);

const PARTITION = 'budget';
/** Writes lost to another instance's, in a row, before the store gives up for this turn. */
const MAX_CONFLICTS = 20;
/** Azure Storage and Azurite answer in milliseconds; an outage must not hold dispatches for the SDK's 30 s. */
const CALL_TIMEOUT_MS = 5_000;
/** Zero-padded so that rows sort by time; the window in the key keeps a changed setting from reading old rows. */
const rowKey = (limit, slice) => `${limit.windowMs}-${String(slice).padStart(14, '0')}`;
class AzureBudgetStore {
    table;
    limits;
    constructor(table, limits) {
        this.table = table;
        this.limits = limits;
    }
    async take(wanted, clock) {
        for (let conflicts = 0;; conflicts++) {
            const rows = await this.read();
            // After the read: a permit is counted where it is used, however long the reads and lost writes before it took.
            const now = clock();
            const counts = (index, slice) => rows.get(rowKey(this.limits[index], slice))?.count ?? 0;
            this.deleteStale(rows, now);
            const taken = Math.min(wanted, (0,_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .roomAt */ .t3)(this.limits, counts, now));
            if (taken === 0)
                return { taken, counts };
            const current = this.limits.map(limit => rowKey(limit, (0,_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .sliceAt */ .Os)(limit, now)));
            const actions = current.map(key => {
                const row = rows.get(key);
                const entity = { partitionKey: PARTITION, rowKey: key, count: (row?.count ?? 0) + taken };
                return row ? ['update', entity, 'Replace', { etag: row.etag }] : ['create', entity];
            });
            try {
                await this.table.submitTransaction(actions, { abortSignal: AbortSignal.timeout(CALL_TIMEOUT_MS) });
            }
            catch (error) {
                const status = statusOf(error);
                if (status === 404) {
                    // The table is gone (an account reset, an operator's delete): made again, and the turn retried.
                    await this.table.createTable({ abortSignal: AbortSignal.timeout(CALL_TIMEOUT_MS) });
                    continue;
                }
                // Another instance wrote first (412 on an update, 409 on a create): read again.
                if ((status === 409 || status === 412) && conflicts < MAX_CONFLICTS) {
                    await new Promise(resolve => setTimeout(resolve, Math.random() * 20));
                    continue;
                }
                throw error;
            }
            const after = new Set(current);
            return {
                taken,
                counts: (index, slice) => {
                    const key = rowKey(this.limits[index], slice);
                    return (rows.get(key)?.count ?? 0) + (after.has(key) ? taken : 0);
                }
            };
        }
    }
    async read() {
        const rows = new Map();
        try {
            const entities = this.table.listEntities({
                queryOptions: { filter: `PartitionKey eq '${PARTITION}'`, select: ['RowKey', 'count'] },
                abortSignal: AbortSignal.timeout(CALL_TIMEOUT_MS)
            });
            for await (const entity of entities)
                rows.set(entity.rowKey, { count: Number(entity.count), etag: entity.etag });
        }
        catch (error) {
            if (statusOf(error) !== 404)
                throw error;
            await this.table.createTable({ abortSignal: AbortSignal.timeout(CALL_TIMEOUT_MS) }).catch((creating) => {
                if (statusOf(creating) !== 409)
                    throw creating;
            });
        }
        return rows;
    }
    /** Rows of slices no limit counts any more (or of a window no longer set): the partition stays a few dozen rows. */
    deleteStale(rows, now) {
        const oldest = new Map(this.limits.map(limit => [String(limit.windowMs), (0,_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .sliceAt */ .Os)(limit, now) - _budget_js__WEBPACK_IMPORTED_MODULE_0__/* .SLICES_PER_WINDOW */ .PM - 4]));
        for (const key of rows.keys()) {
            const [windowMs = '', slice = ''] = key.split('-');
            const keepFrom = oldest.get(windowMs);
            if (keepFrom !== undefined && Number(slice) >= keepFrom)
                continue;
            // Best effort: another instance may have deleted it, and the next turn tries again.
            this.table.deleteEntity(PARTITION, key, { etag: '*' }).catch(() => undefined);
        }
    }
}
async function openAzureBudgetStore(config, limits) {
    const { TableClient } = await Promise.all(/* import() */[__webpack_require__.e(584), __webpack_require__.e(815)]).then(__webpack_require__.bind(__webpack_require__, 5815));
    // Http endpoints are Azurite's; the SDK refuses to send a key over them unless told (as storage/azure-outbox.ts).
    const insecure = /(^|;)\s*(UseDevelopmentStorage=true|DefaultEndpointsProtocol=http\b|\w+Endpoint=http:)/i.test(config.connectionString);
    const table = TableClient.fromConnectionString(config.connectionString, config.names.dispatchBudget, {
        allowInsecureConnection: insecure,
        retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1_000 }
    });
    return new AzureBudgetStore(table, limits);
}
function statusOf(error) {
    const status = error.statusCode;
    return typeof status === 'number' ? status : undefined;
}


/***/ })

};
