export const id = 167;
export const ids = [167];
export const modules = {

/***/ 6167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPoisonCommand: () => (/* binding */ runPoisonCommand)
/* harmony export */ });
/* unused harmony exports POISON_USAGE, NOTHING_TO_REPLAY */
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6093);

const POISON_USAGE = `usage: node index.js poison list
       node index.js poison replay --all | MESSAGE_ID…
  list    the first 32 poison messages (target, event row, reason), without taking them
  replay  sends them back to the outbox: their records pending again, their age counted from now;
          a message whose event was dispatched since is only deleted
exit codes: 0 done; 1 storage failed (nothing is lost: run it again); 2 usage;
            3 a named message is not in the poison queue, or (--all) it holds none`;
/** Runs the command; resolves to the process's exit code. */
async function runPoisonCommand(args, env, print) {
    const [verb, ...rest] = args;
    if (verb !== 'list' && verb !== 'replay') {
        print(POISON_USAGE);
        return 2;
    }
    if (verb === 'replay' && rest.length === 0) {
        print(`poison replay: name the messages (ids from "poison list"), or --all\n${POISON_USAGE}`);
        return 2;
    }
    let config;
    try {
        config = (0,_config_js__WEBPACK_IMPORTED_MODULE_0__/* .loadStorageConfig */ .Q3)(env);
    }
    catch (error) {
        if (!(error instanceof _config_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL))
            throw error;
        print(`acr-webhook-relay: ${error.message}`);
        return 1;
    }
    if (!config) {
        print('acr-webhook-relay: RELAY_STORAGE_CONNECTION_STRING: is required for the poison command');
        return 1;
    }
    // The storage module is the dispatcher's chunk too: imported, not bundled twice.
    const { openAzureOutbox, describeStorageError } = await __webpack_require__.e(/* import() */ 578).then(__webpack_require__.bind(__webpack_require__, 3578));
    try {
        return await runVerb(await openAzureOutbox(config), config.names.poisonQueue, verb, rest, print);
    }
    catch (error) {
        // A replay cut short leaves each message it did not finish visible again: running it again is safe.
        print(`acr-webhook-relay: storage: ${describeStorageError(error)}; nothing is lost: run the command again`);
        return 1;
    }
}
async function runVerb(outbox, poisonQueue, verb, rest, print) {
    if (verb === 'list') {
        const listing = await outbox.listPoison();
        print(JSON.stringify({ queue: poisonQueue, approximateCount: listing.approximateCount, shown: listing.messages.length }));
        for (const { messageId, insertedOn, message } of listing.messages) {
            const reason = message === undefined
                ? 'unreadable: not a message of this relay'
                : 'reason' in message
                    ? message.reason
                    : 'moved here by the Functions runtime after host.json maxDequeueCount failed invocations (storage or the host failed; see its logs)';
            print(JSON.stringify({
                messageId,
                insertedOn,
                target: message?.target,
                row: message?.row,
                reason,
                githubStatus: message && 'reason' in message ? message.githubStatus : undefined
            }));
        }
        return 0;
    }
    const wanted = new Set(rest);
    const all = wanted.delete('--all');
    const outcomes = await outbox.replayPoison(messageId => all || wanted.has(messageId));
    for (const outcome of outcomes)
        print(JSON.stringify(outcome));
    const notFound = [...wanted].filter(id => !outcomes.some(outcome => outcome.messageId === id));
    print(JSON.stringify({
        replayed: outcomes.filter(outcome => outcome.outcome === 'replayed').length,
        of: outcomes.length,
        ...(notFound.length > 0 ? { notFound } : {})
    }));
    if (notFound.length > 0) {
        print(`acr-webhook-relay: poison replay: not in the poison queue: ${notFound.join(', ')} (replayed already, or not an id "poison list" shows)`);
        return NOTHING_TO_REPLAY;
    }
    if (outcomes.length === 0) {
        print('acr-webhook-relay: poison replay: nothing replayed: the poison queue holds no message');
        return NOTHING_TO_REPLAY;
    }
    // Stale and requeued messages were dealt with as well: their events are dispatched, or on their way.
    return outcomes.every(outcome => outcome.outcome === 'replayed' || outcome.outcome === 'requeued' || outcome.outcome === 'stale') ? 0 : 1;
}
/** The exit code when a named message was not there, or nothing was: apart from 1, a failure worth running again. */
const NOTHING_TO_REPLAY = 3;


/***/ })

};
