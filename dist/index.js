import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6109:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ dockerConfigPath)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Where the Docker CLI keeps config.json. A module of its own so that the
// source-client chunk and the verify chunk share it without loading each other.


function dockerConfigPath(env = process.env) {
    const folder = env.DOCKER_CONFIG ? env.DOCKER_CONFIG : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(), '.docker');
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, 'config.json');
}


/***/ }),

/***/ 8635:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ SOURCE_CLIENT_HEADER),
/* harmony export */   MG: () => (/* binding */ parseSourceClient),
/* harmony export */   Np: () => (/* binding */ KNOWN_CLOUDS)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
// The X-Meta-Source-Client value ACR asks its clients to send:
// <cloud>/<service>[/<sub-service>].

const SOURCE_CLIENT_HEADER = 'X-Meta-Source-Client';
const KNOWN_CLOUDS = ['azure', 'azurestack', 'china', 'germany', 'azureusdod', 'azureusgov', 'on-prem'];
const MAX_LENGTH = 128;
const PART = /^[a-z0-9._-]+$/;
function parseSourceClient(text) {
    const value = text.trim();
    if (value === '')
        return undefined;
    const parts = value.split('/');
    const rule = `must be <cloud>/<service>[/<sub-service>], each part made of lowercase letters, digits, "-", "." or "_", at most ${MAX_LENGTH} characters (e.g. azure/aks)`;
    if (value.length > MAX_LENGTH || parts.length < 2 || parts.length > 3 || !parts.every(part => PART.test(part))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('source-client', `${rule}; got ${JSON.stringify(value.slice(0, MAX_LENGTH + 1))}`);
    }
    const cloud = parts[0];
    return { value, cloud, knownCloud: KNOWN_CLOUDS.includes(cloud) };
}


/***/ }),

/***/ 7130:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/event/json.ts
var json = __nccwpck_require__(2424);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/event/artifact.ts
var artifact = __nccwpck_require__(7428);
// EXTERNAL MODULE: ./src/event/grammar.ts
var grammar = __nccwpck_require__(3157);
;// CONCATENATED MODULE: ./src/event/shapes.ts
// The same ACR event reaches us in several envelopes; this reduces each to the
// native webhook object and remembers where in the payload it was found, so
// that errors can name the exact path the user sent.


const ACR_EVENT_TYPES = {
    'Microsoft.ContainerRegistry.ImagePushed': 'push',
    'Microsoft.ContainerRegistry.ImageDeleted': 'delete',
    'Microsoft.ContainerRegistry.ChartPushed': 'chart_push',
    'Microsoft.ContainerRegistry.ChartDeleted': 'chart_delete'
};
/** A payload that may be a batch of one (an Event Grid delivery): at most one level of array. */
function unwrapEvent(value, path) {
    if (!Array.isArray(value))
        return unwrapOneEvent(value, path);
    if (value.length !== 1) {
        throw new errors/* PayloadError */.tG(path, `holds ${value.length} events; send each event as its own dispatch (an Event Grid batch must be split by the relay)`);
    }
    return unwrapOneEvent(value[0], `${path}[0]`);
}
/** One event in any of its envelopes; an array here is a batch inside a batch, which no sender produces. */
function unwrapOneEvent(value, path) {
    if (Array.isArray(value))
        throw new errors/* PayloadError */.tG(path, 'must be a JSON object (an ACR event), not an array: a batch holds events, not batches', value);
    if (!(0,json/* isJsonObject */.OW)(value))
        throw new errors/* PayloadError */.tG(path, 'must be a JSON object (an ACR event)', value);
    if ((0,json/* ownField */.hQ)(value, 'eventType') !== undefined)
        return unwrapTyped(value, path, 'event-grid', 'eventType');
    if ((0,json/* ownField */.hQ)(value, 'specversion') !== undefined) {
        const specversion = (0,json/* ownField */.hQ)(value, 'specversion');
        if (specversion !== '1.0')
            throw new errors/* PayloadError */.tG(`${path}.specversion`, 'must be "1.0" (CloudEvents 1.0)', specversion);
        return unwrapTyped(value, path, 'cloudevents', 'type');
    }
    if ((0,json/* ownField */.hQ)(value, 'action') !== undefined || (0,json/* ownField */.hQ)(value, 'target') !== undefined) {
        return { fields: value, path, shape: 'native' };
    }
    const data = (0,json/* ownField */.hQ)(value, 'data');
    if ((0,json/* isJsonObject */.OW)(data))
        return { fields: data, path: `${path}.data`, shape: 'wrapper' };
    throw new errors/* PayloadError */.tG(path, 'is not an ACR event: expected "action" and "target" (ACR webhook), "eventType" (Event Grid), "specversion" (CloudEvents) or "data" (a relay wrapper)');
}
function unwrapTyped(envelope, path, shape, typeKey) {
    const typePath = `${path}.${typeKey}`;
    const type = (0,json/* ownField */.hQ)(envelope, typeKey);
    if (typeof type !== 'string' || !Object.hasOwn(ACR_EVENT_TYPES, type)) {
        throw new errors/* PayloadError */.tG(typePath, `must be one of ${Object.keys(ACR_EVENT_TYPES).join(', ')}`, type);
    }
    const dataPath = `${path}.data`;
    let data = (0,json/* ownField */.hQ)(envelope, 'data');
    // Deliveries captured from real registries carry the event as a JSON string; the Azure SDKs special-case it too.
    if (typeof data === 'string')
        data = (0,json/* parseUntrustedJson */.YB)(data, `${dataPath} (a JSON string)`);
    if (!(0,json/* isJsonObject */.OW)(data))
        throw new errors/* PayloadError */.tG(dataPath, 'must be a JSON object (the ACR event), or a string holding one', data);
    return { fields: data, path: dataPath, shape, typeAction: ACR_EVENT_TYPES[type], typePath };
}

// EXTERNAL MODULE: ./src/event/types.ts
var types = __nccwpck_require__(649);
;// CONCATENATED MODULE: ./src/event/parse.ts
// Untrusted payload → a validated AcrEvent, or one PayloadError naming the
// field, the rule and the value. Only known fields are read; nothing from the
// payload is copied wholesale.






const FREE_TEXT_MAX_LENGTH = 1024;
const FREE_TEXT_RULE = { description: `text of at most ${FREE_TEXT_MAX_LENGTH} characters`, test: v => v.length <= FREE_TEXT_MAX_LENGTH };
const HTTP_METHOD_RULE = { description: 'an HTTP method: A-Z, at most 16 letters', test: v => /^[A-Z]{1,16}$/.test(v) };
/** Reads the fields of one object, each error naming `path.key`. */
class FieldReader {
    fields;
    path;
    constructor(fields, path) {
        this.fields = fields;
        this.path = path;
    }
    at(key) {
        return `${this.path}.${key}`;
    }
    raw(key) {
        return (0,json/* ownField */.hQ)(this.fields, key);
    }
    string(key, rule) {
        const value = this.raw(key);
        if (value === undefined || value === null)
            return undefined;
        if (typeof value !== 'string')
            throw new errors/* PayloadError */.tG(this.at(key), 'must be a string', value);
        if (!rule.test(value)) {
            const hint = rule.hint?.(value);
            throw new errors/* PayloadError */.tG(this.at(key), `must be ${rule.description}${hint ? ` (${hint})` : ''}`, value);
        }
        return value;
    }
    /** As string(), with "" read as absent: ACR sends "tag": "" on a push by digest. */
    optionalString(key, rule) {
        return this.raw(key) === '' ? undefined : this.string(key, rule);
    }
    requiredString(key, rule, why) {
        const value = this.string(key, rule);
        if (value === undefined)
            throw new errors/* PayloadError */.tG(this.at(key), `is required ${why}`);
        return value;
    }
    freeText(key) {
        return this.string(key, FREE_TEXT_RULE);
    }
    count(key) {
        const value = this.raw(key);
        if (value === undefined || value === null)
            return undefined;
        if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
            throw new errors/* PayloadError */.tG(this.at(key), 'must be a non-negative whole number of bytes', value);
        }
        return value;
    }
    object(key) {
        const value = this.raw(key);
        if (value === undefined || value === null)
            return undefined;
        if (!(0,json/* isJsonObject */.OW)(value))
            throw new errors/* PayloadError */.tG(this.at(key), 'must be a JSON object', value);
        return new FieldReader(value, this.at(key));
    }
}
function parseEvent(payload, path) {
    return parseNativeEvent(unwrapEvent(payload, path));
}
/** The same, for an event already taken out of its envelope. */
function parseNativeEvent(native) {
    const event = new FieldReader(native.fields, native.path);
    const action = readAction(event, native.typeAction, native.typePath);
    const common = {
        shape: native.shape,
        action,
        id: event.string('id', grammar/* eventIdRule */.O2),
        timestamp: event.string('timestamp', grammar/* timestampRule */.hi)
    };
    // A webhook test carries no target worth reading.
    if (action === 'ping')
        return common;
    const why = `for a ${action} event`;
    const target = event.object('target');
    if (!target)
        throw new errors/* PayloadError */.tG(`${native.path}.target`, `is required ${why}`);
    const isChart = action === 'chart_push' || action === 'chart_delete';
    const request = event.object('request');
    const tag = target.optionalString('tag', grammar/* tagRule */.D$);
    const mediaType = target.string('mediaType', grammar/* mediaTypeRule */.LF);
    // Absent fields stay undefined: JSON.stringify leaves them out of the json output.
    return {
        ...common,
        repository: target.requiredString('repository', grammar/* repositoryRule */.jG, why),
        tag,
        // Deleting a whole repository names no manifest (the REST specification marks the digest optional there).
        digest: action === 'delete' ? target.string('digest', grammar/* digestRule */.ZT) : target.requiredString('digest', grammar/* digestRule */.ZT, why),
        mediaType,
        size: target.count('size') ?? target.count('length'),
        registry: request?.string('host', grammar/* hostRule */.z3),
        chart: isChart ? { name: target.string('name', grammar/* chartNameRule */.S1), version: target.string('version', grammar/* chartVersionRule */.z) } : undefined,
        artifact: (0,artifact/* classifyArtifact */.fn)({ action, mediaType, artifactType: target.string('artifactType', grammar/* mediaTypeRule */.LF), tag }),
        location: event.string('location', grammar/* locationRule */.wh),
        connectedRegistry: readConnectedRegistry(event),
        actor: event.object('actor')?.freeText('name'),
        request: request
            ? {
                id: request.freeText('id'),
                method: request.string('method', HTTP_METHOD_RULE),
                userAgent: request.freeText('useragent')
            }
            : undefined
    };
}
/** `connectedRegistry: {name}` in Event Grid's schema, spelled `connectedregistry` by some sources. */
function readConnectedRegistry(event) {
    const key = event.raw('connectedRegistry') !== undefined ? 'connectedRegistry' : 'connectedregistry';
    return event.object(key)?.string('name', grammar/* connectedRegistryRule */.RO);
}
function readAction(event, typeAction, typePath) {
    const value = event.raw('action');
    const path = `${event.path}.action`;
    if (value === undefined || value === null) {
        if (typeAction)
            return typeAction;
        throw new errors/* PayloadError */.tG(path, `is required: one of ${types/* ACR_ACTIONS */.r.join(', ')}`);
    }
    if (!(0,types/* isAcrAction */.p)(value))
        throw new errors/* PayloadError */.tG(path, `must be one of ${types/* ACR_ACTIONS */.r.join(', ')}`, value);
    if (typeAction && value !== typeAction) {
        throw new errors/* PayloadError */.tG(path, `contradicts ${typePath}, which means "${typeAction}"`, value);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/event/source.ts
// Where the ACR event comes from: the `payload` input when given, otherwise
// the client_payload of a repository_dispatch run.


/**
 * `readRunnerEvent` is called only when the payload input is empty: a step
 * given its event must not fail on a runner event file it does not need.
 */
function selectEventSource(payloadInput, readRunnerEvent) {
    if (payloadInput.trim() !== '') {
        return { payload: (0,json/* parseUntrustedJson */.YB)(payloadInput, 'payload'), path: 'payload' };
    }
    const runnerEvent = readRunnerEvent();
    if (runnerEvent.name === 'repository_dispatch') {
        const clientPayload = (0,json/* isJsonObject */.OW)(runnerEvent.payload) ? (0,json/* ownField */.hQ)(runnerEvent.payload, 'client_payload') : undefined;
        if (clientPayload === undefined || clientPayload === null) {
            throw new errors/* PayloadError */.tG('client_payload', 'is missing from the repository_dispatch event: the relay must send the ACR event as client_payload');
        }
        (0,json/* checkJsonDepth */.Or)(clientPayload, 'client_payload');
        return { payload: clientPayload, path: 'client_payload' };
    }
    const trigger = runnerEvent.name ? `"${runnerEvent.name}"` : 'an unknown event (GITHUB_EVENT_NAME is not set)';
    throw new errors/* PayloadError */.tG('payload', `is empty and this run was triggered by ${trigger}, which carries no ACR event: trigger the workflow with repository_dispatch, or pass the event in the "payload" input (for workflow_dispatch: payload: \${{ inputs.payload }})`);
}

// EXTERNAL MODULE: ./src/action/docker-config/path.ts
var path = __nccwpck_require__(6109);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __nccwpck_require__(3382);
// EXTERNAL MODULE: ./src/action/trust/input-names.ts
var input_names = __nccwpck_require__(4038);
// EXTERNAL MODULE: ./src/action/docker-config/source-client.ts
var source_client = __nccwpck_require__(8635);
;// CONCATENATED MODULE: ./src/action/inputs.ts
// Every input is read, defaulted and validated here, once, so that a bad input
// fails the step before anything else happens.




const ON_MISMATCH = ['skip', 'fail'];
/** digest: the registry has the manifest; tag: and the tag still points at it. */
const VERIFY_MODES = ['digest', 'tag'];
async function getInputs() {
    const filterInputs = {
        actions: core/* getInput */.V4('actions'),
        artifacts: core/* getInput */.V4('artifacts'),
        repositories: core/* getInput */.V4('repositories'),
        tags: core/* getInput */.V4('tags'),
        semver: core/* getInput */.V4('semver'),
        registries: core/* getInput */.V4('registries'),
        'max-age': core/* getInput */.V4('max-age')
    };
    const anyFilter = Object.values(filterInputs).some(text => text.trim() !== '');
    const verify = parseVerify(core/* getInput */.V4('verify'));
    // The glob and semver libraries are loaded only by steps that filter.
    const filters = anyFilter ? await loadFilters(filterInputs) : undefined;
    if (verify)
        checkVerifiedHosts(verify, filters);
    const attestation = await parseAttestation(verify);
    const notation = await parseNotation(verify);
    return {
        githubToken: attestation && attestation.source !== 'registry' ? parseGithubToken(attestation) : undefined,
        payload: core/* getInput */.V4('payload'),
        filters,
        onMismatch: parseOnMismatch(core/* getInput */.V4('on-mismatch')),
        sourceClient: (0,source_client/* parseSourceClient */.MG)(core/* getInput */.V4('source-client')),
        verify,
        attestation,
        notation
    };
}
/** The attestation policy, when an identity input is set; it needs verify, which reads the digest from the registry. */
async function parseAttestation(verify) {
    const texts = Object.fromEntries(input_names/* ATTESTATION_INPUTS */.L.map(name => [name, core/* getInput */.V4(name)]));
    // A plain step must not load the policy's chunk: attestation-source is set on every step, to its default.
    if (input_names/* ATTESTATION_INPUTS */.L.every(name => texts[name].trim() === '' || texts[name].trim() === input_names/* ATTESTATION_INPUT_DEFAULTS */.D[name]))
        return undefined;
    const { parseAttestationPolicy, IDENTITY_INPUTS } = await __nccwpck_require__.e(/* import() */ 381).then(__nccwpck_require__.bind(__nccwpck_require__, 8381));
    const policy = parseAttestationPolicy(texts);
    if (policy && !verify) {
        const name = IDENTITY_INPUTS.find(input => texts[input].trim() !== '');
        throw new errors/* InputError */.dz(name, 'needs verify (digest or tag): the attestation is looked up in the registry for the digest verify confirms');
    }
    return policy;
}
/**
 * The Notation inputs, a trust policy document and the trust store folder:
 * read and checked (both needed, with verify; the policy valid) by a lazy
 * chunk, so that a step without them pays two getInput calls.
 */
async function parseNotation(verify) {
    const texts = { policy: core/* getInput */.V4('notation-trust-policy'), store: core/* getInput */.V4('notation-trust-store') };
    if (texts.policy.trim() === '' && texts.store.trim() === '')
        return undefined;
    const { parseNotationInputs } = await __nccwpck_require__.e(/* import() */ 537).then(__nccwpck_require__.bind(__nccwpck_require__, 4537));
    return parseNotationInputs(texts, verify, process.env.GITHUB_WORKSPACE || process.cwd());
}
/** github-token (default: the job's token): needed when only GitHub's API is asked; with attestation-source: any, empty means the registry alone. */
function parseGithubToken(policy) {
    const token = core/* getInput */.V4('github-token').trim();
    if (token === '' && policy.source === 'github') {
        throw new errors/* InputError */.dz('github-token', "is empty, and attestation-source: github reads GitHub's attestations API with it: leave it to its default (the job's token, with permissions: attestations: read) or pass a token that can read the attestations");
    }
    return token === '' ? undefined : token;
}
function parseVerify(text) {
    const value = text.trim();
    if (value === '')
        return undefined;
    if (!VERIFY_MODES.includes(value)) {
        throw new errors/* InputError */.dz('verify', `must be empty, "digest" or "tag"; got "${text}"`);
    }
    return value;
}
/**
 * The host verify calls comes from the payload: only hosts the workflow names
 * may be called, so that an event cannot send the runner, with or without the
 * job's credentials, to an address of the sender's choosing (a cloud metadata
 * endpoint, an internal service).
 */
function checkVerifiedHosts(verify, filters) {
    const patterns = filters?.registries.patterns ?? [];
    const positive = patterns.filter(p => !p.startsWith('!'));
    if (positive.length === 0) {
        const given = patterns.length === 0 ? 'registries to name' : `registries, which holds only exclusions (${patterns.join(', ')}), to name also`;
        throw new errors/* InputError */.dz('verify', `"${verify}" needs ${given} the hosts it may call (e.g. registries: myregistry.azurecr.io): the host comes from the event, and an event must not choose where the runner sends requests`);
    }
    const any = positive.find(allowsEveryHost);
    if (any !== undefined) {
        throw new errors/* InputError */.dz('verify', `registries "${any}" allows any host (it has no literal part of a domain name, such as azurecr in *.azurecr.io), so an event could choose where the runner sends requests: name your registries (e.g. *.azurecr.io)`);
    }
}
/** True for `*`, `?*`, `*.*`, `*:5000`: no label of the host (port aside) is spelt out, so every host matches or nearly. */
function allowsEveryHost(pattern) {
    const host = pattern.replace(/:[^:\]]*$/, '');
    if (/^\[[0-9a-f:.]+\]$/i.test(host))
        return false;
    return !host.split('.').some(label => /^[a-z0-9-]+$/i.test(label));
}
/** The filter code, and semver's only when a range is given: both are lazy chunks. */
async function loadFilters(filterInputs) {
    const { parseFilters } = await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(532)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2532));
    const parseRange = filterInputs.semver.trim() === '' ? undefined : (await Promise.all(/* import() */[__nccwpck_require__.e(72), __nccwpck_require__.e(372)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4372))).parseSemverRange;
    return parseFilters(filterInputs, parseRange);
}
function parseOnMismatch(text) {
    const value = text === '' ? 'skip' : text;
    if (!ON_MISMATCH.includes(value)) {
        throw new errors/* InputError */.dz('on-mismatch', `must be "skip" or "fail"; got "${text}"`);
    }
    return value;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/action/runner-output.ts
// Every byte the action sends to the runner goes through this module: step
// outputs, log lines, annotations, the job summary and saved state. The runner
// reads a line of a step's stdout as a command when, after leading white
// space, it starts with `::`, and (the old syntax it still honours) when
// `##[` stands anywhere in it; `\r` and `\n` each end a line. So:
// - outputs other than `json` must match their grammar's characters, checked
//   here again whatever the caller did;
// - `json`, the one output that carries free text, has every `#` and every
//   line break JSON.stringify leaves raw (U+0085, U+2028, U+2029) written as a
//   JSON escape (they can only stand inside a JSON string, so the text stays
//   the same JSON), and JSON.stringify has already escaped \r and \n, so no
//   `##[` and no line start can come out of it;
// - any other text is made command-safe before it is printed.




/** The characters a grammar-checked output may hold (docs/security.md). */
const OUTPUT_CHARACTERS = /^[A-Za-z0-9._:/@+-]*$/;
/** registry, image and pinned-image may also hold an IPv6 literal in brackets, and only at their start. */
const HOST_OUTPUT_CHARACTERS = /^(?:\[[0-9a-fA-F:.]+\])?[A-Za-z0-9._:/@+-]*$/;
const HOST_OUTPUTS = new Set(['registry', 'image', 'pinned-image']);
/** platforms: os/architecture[/variant] names joined by commas, which no shell reads as anything but text. */
const PLATFORMS_CHARACTERS = /^[A-Za-z0-9._/,-]*$/;
/** JSON text that no runner can read as a command, for the `json` output and saved state. */
function jsonForRunner(value) {
    return JSON.stringify(value).replace(/[#\u0085\u2028\u2029]/g, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/**
 * Text made safe to print as one log line or annotation: line breaks (and the
 * characters some viewers take for one) become visible escapes, `##[` is
 * broken, and a leading `::` loses its first colon.
 */
function commandSafe(text) {
    return text
        .replace(/[\r\n\u0085\u2028\u2029]/g, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .replace(/##\[/g, '#\\u0023[')
        .replace(/^(\s*):/, '$1\\u003a');
}
/** Why a value may not be set as an output, or undefined when it may. */
function outputProblem(name, value) {
    if (name === 'json') {
        return /[#\r\n\u0085\u2028\u2029]/.test(value) ? 'holds a raw "#" or line break' : undefined;
    }
    // A path from the job's own DOCKER_CONFIG, not from the payload: any file name, but one command-safe line.
    if (name === 'docker-config')
        return commandSafe(value) === value ? undefined : 'is not one command-safe line';
    if (name === 'platforms')
        return PLATFORMS_CHARACTERS.test(value) ? undefined : 'holds a character outside its grammar';
    const characters = HOST_OUTPUTS.has(name) ? HOST_OUTPUT_CHARACTERS : OUTPUT_CHARACTERS;
    return characters.test(value) ? undefined : 'holds a character outside its grammar';
}
/**
 * Checks every output before any is set, so that a value outside its grammar
 * (a bug, never a payload: the parser refuses those) fails the step with no
 * output set. Call publish() only once nothing else can fail.
 */
function prepareOutputs(outputs, groupTitle) {
    const entries = Object.entries(outputs).filter((entry) => entry[1] !== undefined);
    for (const [name, value] of entries) {
        const problem = outputProblem(name, value);
        if (problem)
            throw new Error(`Internal error: output "${name}" ${problem}; no output was set`);
    }
    return {
        publish: () => {
            writeOutputs(entries);
            core/* startGroup */.Oh(commandSafe(groupTitle));
            for (const [name, value] of entries)
                core/* info */.pq(`${name}=${value}`);
            core/* endGroup */.N4();
        }
    };
}
/**
 * One append for all outputs, in the runner's name<<delimiter format, so that
 * a failure cannot leave some outputs set and others not. Outside a runner
 * (no GITHUB_OUTPUT) @actions/core prints set-output commands instead.
 */
function writeOutputs(entries) {
    const file = process.env.GITHUB_OUTPUT;
    if (!file) {
        for (const [name, value] of entries)
            core/* setOutput */.uH(name, value);
        return;
    }
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    const text = entries.map(([name, value]) => `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`).join('');
    // A value holding the delimiter would end its own heredoc early; the grammar rules make that impossible.
    if (entries.some(([, value]) => value.includes(delimiter)))
        throw new Error('Internal error: an output holds the output delimiter');
    (0,external_node_fs_.appendFileSync)(file, text);
}
function info(text) {
    core/* info */.pq(commandSafe(text));
}
function notice(text) {
    core/* notice */.lm(commandSafe(text));
}
function warning(text) {
    core/* warning */.$e(commandSafe(text));
}
/** The action's one failure: a red step, with the message as its error annotation. */
function fail(text) {
    core/* setFailed */.C1(commandSafe(text));
}
/**
 * Tells the runner to hide a secret (a password, a token) wherever it would
 * appear in the log from now on. core.setSecret escapes line breaks, so a
 * secret cannot end its own command line.
 */
function maskSecret(secret) {
    if (secret !== '')
        core/* setSecret */.Pq(secret);
}
function saveState(name, value) {
    core/* saveState */.LZ(name, typeof value === 'string' ? commandSafe(value) : jsonForRunner(value));
}
function getState(name) {
    return core/* getState */.Gu(name);
}
/**
 * A table in the job summary; no-op outside a runner (no GITHUB_STEP_SUMMARY).
 * Values are HTML-escaped. Appended synchronously: core.summary.write() goes
 * through fs.promises, and starting libuv's thread pool for it cost a plain
 * step about 5 ms (npm run bench).
 */
function writeSummaryTable(heading, rows) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return;
    const cells = rows.map(row => [{ data: escapeHtml(row.label), header: true }, escapeHtml(row.value)]);
    const html = core/* summary */.z.addHeading(escapeHtml(heading), 3).addTable(cells).stringify();
    core/* summary */.z.emptyBuffer();
    (0,external_node_fs_.appendFileSync)(file, `${html}${external_node_os_.EOL}`);
}
function escapeHtml(text) {
    return text.replace(/[&<>"]/g, ch => `&#${ch.charCodeAt(0)};`);
}

;// CONCATENATED MODULE: ./src/action/outputs.ts

/** Every output the action declares, in the order they are logged. */
const OUTPUT_NAMES = [
    'matched',
    'action',
    'repository',
    'tag',
    'digest',
    'registry',
    'image',
    'pinned-image',
    'media-type',
    'size',
    'event-id',
    'timestamp',
    'chart-name',
    'chart-version',
    'artifact',
    'platforms',
    'location',
    'connected-registry',
    'json',
    'docker-config',
    'attestation',
    'signer-workflow',
    'source-repository',
    'notation'
];
/** Outputs a filtered-out event still gets: enough to log it, nothing to deploy. */
const ALWAYS_SET = new Set(['matched', 'action', 'event-id', 'timestamp', 'json', 'docker-config']);
function outputs_image(event) {
    return event.registry && event.repository && event.tag ? `${event.registry}/${event.repository}:${event.tag}` : undefined;
}
function pinnedImage(event) {
    return event.registry && event.repository && event.digest ? `${event.registry}/${event.repository}@${event.digest}` : undefined;
}
/** The outputs to set: absent values are left out, and so is every deploy value of an unmatched event. */
function buildOutputs(event, match, effects = {}) {
    const all = {
        matched: String(match.matched),
        action: event.action,
        repository: event.repository,
        tag: event.tag,
        digest: event.digest,
        registry: event.registry,
        image: outputs_image(event),
        'pinned-image': pinnedImage(event),
        'media-type': event.mediaType,
        size: event.size === undefined ? undefined : String(event.size),
        'event-id': event.id,
        timestamp: event.timestamp,
        'chart-name': event.chart?.name,
        'chart-version': event.chart?.version,
        artifact: event.artifact,
        // Only a verified index has platforms; a verified step sets it empty otherwise, so that "" means "not an index".
        platforms: effects.verified?.platforms.join(','),
        location: event.location,
        'connected-registry': event.connectedRegistry,
        json: jsonForRunner(toJson(event, match, effects.verified)),
        'docker-config': effects.dockerConfig,
        // A verified step says "" when no attestation was asked for, so that "" never reads as verified.
        attestation: effects.verified ? (effects.verified.attestation ? 'verified' : '') : undefined,
        'signer-workflow': effects.verified?.attestation?.signerWorkflow,
        'source-repository': effects.verified?.attestation?.sourceRepository,
        // As attestation: a verified step says "" when no Notation signature was asked for.
        notation: effects.verified ? (effects.verified.notation?.status ?? '') : undefined
    };
    const outputs = {};
    for (const name of OUTPUT_NAMES) {
        const value = all[name];
        if (value !== undefined && (match.matched || ALWAYS_SET.has(name)))
            outputs[name] = value;
    }
    return outputs;
}
/** The `json` output: camelCase keys; an unmatched event keeps only what identifies it and why it was skipped. */
function toJson(event, match, verified) {
    if (!match.matched) {
        return { action: event.action, eventId: event.id, timestamp: event.timestamp, matched: false, reason: match.reason };
    }
    return {
        action: event.action,
        repository: event.repository,
        tag: event.tag,
        digest: event.digest,
        registry: event.registry,
        image: outputs_image(event),
        pinnedImage: pinnedImage(event),
        mediaType: event.mediaType,
        size: event.size,
        eventId: event.id,
        timestamp: event.timestamp,
        chart: event.chart,
        artifact: event.artifact,
        location: event.location,
        connectedRegistry: event.connectedRegistry,
        platforms: verified && verified.platforms.length > 0 ? verified.platforms : undefined,
        verified: verified?.mode,
        attestation: verified?.attestation,
        notation: verified?.notation,
        actor: event.actor,
        request: event.request,
        shape: event.shape,
        matched: true
    };
}
function summaryRows(event, match, verified) {
    const rows = [
        ['Action', event.action],
        ['Artifact', event.artifact],
        ['Image', outputs_image(event) ?? event.repository],
        ['Digest', event.digest],
        ['Registry', event.registry],
        ['Time', event.timestamp],
        ['Platforms', verified && verified.platforms.length > 0 ? verified.platforms.join(', ') : undefined],
        ['Verified', verified ? (verified.mode === 'tag' ? 'digest and tag, against the registry' : 'digest, against the registry') : undefined],
        ['Attestation', verified?.attestation ? attestationRow(verified.attestation) : undefined],
        ['Notation', verified?.notation ? notationRow(verified.notation) : undefined],
        ['Matched', match.matched ? 'yes' : `no: ${match.reason}`]
    ];
    return rows.filter((row) => row[1] !== undefined).map(([label, value]) => ({ label, value }));
}
function attestationRow(attested) {
    const by = attested.signerWorkflow ?? attested.identity;
    const from = attested.sourceRepository ? `, built from ${attested.sourceRepository}` : '';
    return `${attested.predicateType} of ${attested.digest}, signed by ${by}${from}${attested.foundIn ? `; found in ${attested.foundIn}` : ''}`;
}
function notationRow(notarized) {
    const policy = `trust policy "${notarized.trustPolicy}" (${notarized.level})`;
    if (notarized.status === 'skipped')
        return `not verified: ${policy} skips verification`;
    return `signed by ${notarized.subject} at ${notarized.signingTime} (${notarized.format}, ${notarized.signingScheme}), ${policy}`;
}

;// CONCATENATED MODULE: ./src/action/state.ts

const IS_POST = 'isPost';
const DOCKER_CONFIG = 'dockerConfig';
/** True in the post step: the main step of this job saved the marker. */
function isPost() {
    return getState(IS_POST) === 'true';
}
function markMainStarted() {
    saveState(IS_POST, 'true');
}
function saveHeaderClaim(claim) {
    saveState(DOCKER_CONFIG, claim);
}
function loadHeaderClaim() {
    const saved = getState(DOCKER_CONFIG);
    return saved ? JSON.parse(saved) : undefined;
}

;// CONCATENATED MODULE: ./src/action/main.ts










/** The action's one error boundary: every failure ends here, as a failed step with no outputs. */
async function run() {
    try {
        if (isPost())
            await runPost();
        else
            await runMain();
    }
    catch (error) {
        fail(error instanceof Error ? error.message : String(error));
    }
}
async function runMain() {
    markMainStarted();
    const inputs = await getInputs();
    if (inputs.githubToken)
        maskSecret(inputs.githubToken);
    const source = selectEventSource(inputs.payload, readRunnerEvent);
    const parsed = parseEvent(source.payload, source.path);
    const filtered = inputs.filters ? (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(532)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2532))).matchFilters(parsed, inputs.filters, Date.now()) : { matched: true };
    if (!filtered.matched && inputs.onMismatch === 'fail') {
        throw new Error(`The ${parsed.action} event did not pass the filters: ${filtered.reason}`);
    }
    const { event, match, verified } = inputs.verify ? await verifyAgainstRegistry(parsed, filtered, inputs) : { event: parsed, match: filtered };
    if (!match.matched && inputs.onMismatch === 'fail') {
        throw new Error(`The ${event.action} event did not pass verification against the registry: ${match.reason}`);
    }
    const dockerConfig = inputs.sourceClient ? await tagRegistryTraffic(inputs.sourceClient) : undefined;
    // Everything that can fail runs before the first output is set: a failed step sets none.
    const outputs = prepareOutputs(buildOutputs(event, match, { dockerConfig, verified }), `ACR ${event.action} event: outputs`);
    writeSummaryTable('ACR event', summaryRows(event, match, verified));
    outputs.publish();
    if (!match.matched)
        notice(`Skipped: ${match.reason}. No deploy output (repository, tag, digest, image…) was set.`);
}
/**
 * The verify input: asks the event's registry whether the event is still
 * true, once the filters have let it through (an event they refuse costs no
 * request). The manifest read refines `artifact`, so the artifacts filter is
 * applied again to what the registry says.
 */
async function verifyAgainstRegistry(event, filtered, inputs) {
    const mode = inputs.verify;
    const { unverifiableReason, verifyEvent } = await __nccwpck_require__.e(/* import() */ 448).then(__nccwpck_require__.bind(__nccwpck_require__, 5448));
    if (!filtered.matched) {
        // Said beside the filter's reason, so that no one waits for a verification that cannot happen.
        const unverifiable = event.registry === undefined ? unverifiableReason(event, mode) : undefined;
        return { event, match: unverifiable ? { matched: false, reason: `${filtered.reason}; and ${unverifiable}` } : filtered };
    }
    const verification = await verifyEvent(event, {
        mode,
        registries: inputs.filters.registries,
        dockerConfigPath: (0,path/* dockerConfigPath */.Q)(),
        onSecret: maskSecret,
        attestation: inputs.attestation,
        notation: inputs.notation,
        github: inputs.githubToken ? { url: process.env.GITHUB_API_URL || 'https://api.github.com', token: inputs.githubToken } : undefined,
        trust: githubTufMirror()
    });
    if (!verification.verified) {
        // A mismatch prints what the Notation check logged too: a store file it ignored may be why no signature met the policy.
        for (const line of verification.logged ?? [])
            warning(line);
        return { event, match: { matched: false, reason: verification.reason } };
    }
    info(`Verified against the registry: ${verification.summary}`);
    const refined = { ...event, artifact: verification.artifact };
    const match = refined.artifact === event.artifact ? filtered : (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(532)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2532))).matchFilters(refined, inputs.filters, Date.now());
    const attestation = verification.attestation && {
        digest: verification.attestation.digest,
        predicateType: verification.attestation.predicateType,
        foundIn: verification.attestation.foundIn,
        signerWorkflow: verification.attestation.signer.workflow,
        sourceRepository: verification.attestation.signer.sourceRepository,
        identity: verification.attestation.signer.identity
    };
    const notation = verification.notation && notarized(verification.notation);
    return { event: refined, match, verified: { mode, platforms: verification.platforms, attestation, notation } };
}
/** What the Notation check found, for the outputs; what its level only logs is printed as warnings. */
function notarized(result) {
    for (const line of result.logged)
        warning(line);
    const check = result.check;
    if (!check.verified)
        return undefined;
    const policy = { trustPolicy: check.policy.name, level: check.policy.level };
    if (check.skipped || !check.signer)
        return { status: 'skipped', ...policy };
    return {
        status: 'verified',
        subject: check.signer.subject,
        signingTime: check.signer.signingTime.toISOString(),
        signingScheme: check.signer.signingScheme,
        format: check.signer.format,
        timestamp: check.signer.timestamp?.toISOString(),
        ...policy
    };
}
/**
 * Another TUF repository for GitHub's Sigstore instance and its initial root
 * (a mirror inside a network that cannot reach tuf-repo.github.com; the
 * tests' local repository): both, or the pinned bootstrap.
 */
function githubTufMirror() {
    const mirror = process.env.ACR_WEBHOOK_ACTION_GITHUB_TUF_MIRROR;
    const rootPath = process.env.ACR_WEBHOOK_ACTION_GITHUB_TUF_ROOT;
    if (!mirror !== !rootPath) {
        throw new Error("ACR_WEBHOOK_ACTION_GITHUB_TUF_MIRROR and ACR_WEBHOOK_ACTION_GITHUB_TUF_ROOT go together: a mirror of GitHub's TUF repository, and the initial root.json to trust it from");
    }
    return { githubTuf: mirror && rootPath ? { mirror, rootPath } : undefined, env: process.env };
}
/** Writes X-Meta-Source-Client into Docker's config.json; returns the file's path. */
async function tagRegistryTraffic(sourceClient) {
    if (!sourceClient.knownCloud) {
        warning(`source-client cloud "${sourceClient.cloud}" is not one ACR documents (${source_client/* KNOWN_CLOUDS */.Np.join(', ')}); writing "${sourceClient.value}" anyway`);
    }
    // Loaded only when asked for, so that steps without source-client do not pay for it.
    const { claimHeader } = await Promise.all(/* import() */[__nccwpck_require__.e(38), __nccwpck_require__.e(263)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8263));
    // Saved before the write, so that the post step can undo a write that got interrupted.
    const claim = await claimHeader((0,path/* dockerConfigPath */.Q)(), sourceClient.value, saveHeaderClaim);
    info(`Docker will send X-Meta-Source-Client: ${sourceClient.value} (set in ${claim.configPath})`);
    return claim.configPath;
}
/** Cleanup: whatever goes wrong here is a warning, never a failed job (the job's work is done). */
async function runPost() {
    const claim = loadHeaderClaim();
    if (!claim)
        return;
    try {
        const { releaseHeader } = await Promise.all(/* import() */[__nccwpck_require__.e(38), __nccwpck_require__.e(263)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8263));
        const outcome = await releaseHeader(claim);
        const messages = {
            restored: `Restored ${claim.configPath} to what it was before this job set X-Meta-Source-Client`,
            'removed-file': `Removed ${claim.configPath}, which this action had created`,
            'file-missing': `${claim.configPath} is gone; nothing to restore`,
            'changed-since': `X-Meta-Source-Client in ${claim.configPath} was changed by another step since; left as it is`,
            unchanged: `${claim.configPath} needed no change`,
            'handed-over': `X-Meta-Source-Client in ${claim.configPath} is back to the value of another job on this runner that still runs`,
            'not-held': `${claim.configPath}: this job's X-Meta-Source-Client was already released; nothing to restore`
        };
        info(messages[outcome]);
    }
    catch (error) {
        const why = describeCleanupError(error);
        warning(`Could not restore X-Meta-Source-Client in ${claim.configPath} (${why}): the value "${claim.value}" this job set may be left in it, and Docker on this runner would keep sending it. Once ${claim.configPath} is a readable file again, remove "X-Meta-Source-Client" from its HttpHeaders if no other job uses source-client. The job's result is not changed by this.`);
    }
}
function describeCleanupError(error) {
    const code = error?.code;
    if (code === 'EISDIR')
        return 'EISDIR: it is a directory now';
    if (code === 'EACCES' || code === 'EPERM')
        return `${code}: this job's user may not read or write it`;
    return error instanceof Error ? error.message : String(error);
}
/** The triggering event as the runner hands it over, read the way @actions/github's Context reads it. */
function readRunnerEvent() {
    const name = process.env.GITHUB_EVENT_NAME ?? '';
    const path = process.env.GITHUB_EVENT_PATH;
    if (!path || !(0,external_node_fs_.existsSync)(path))
        return { name, payload: {} };
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new Error(`Cannot read the triggering event at GITHUB_EVENT_PATH (${path}): ${error.code ?? String(error)}`);
    }
    try {
        return { name, payload: JSON.parse(text) };
    }
    catch (error) {
        // By position only: the file is the runner's, and its text is not ours to print.
        throw new Error(`Cannot read the triggering event at GITHUB_EVENT_PATH (${path}): not valid JSON${(0,json/* describeJsonErrorPosition */.pD)(error, text)}`);
    }
}


/***/ }),

/***/ 4038:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ ATTESTATION_INPUT_DEFAULTS),
/* harmony export */   L: () => (/* binding */ ATTESTATION_INPUTS)
/* harmony export */ });
// The attestation inputs by their action.yml names, in a module of their own:
// inputs.ts reads them on every step, and must not load the policy with them.
const ATTESTATION_INPUTS = [
    'signer-workflow',
    'signer-repo',
    'cert-identity',
    'cert-identity-regex',
    'repo',
    'owner',
    'cert-oidc-issuer',
    'predicate-type',
    'deny-self-hosted-runners',
    'trusted-root',
    'source-ref',
    'source-digest',
    'signer-digest',
    'attestation-source'
];
/**
 * The inputs action.yml gives a default other than '': the runner sets them
 * on every step, so that value says nothing about whether a check is wanted.
 */
const ATTESTATION_INPUT_DEFAULTS = { 'attestation-source': 'any' };


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bp: () => (/* binding */ describeValue),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   tG: () => (/* binding */ PayloadError)
/* harmony export */ });
// Errors the action reports to the user. Both say where the problem is (a
// payload path or an input name) so that the message alone tells what to fix.
const SHOWN_VALUE_MAX = 80;
/** A short, single-line rendering of an untrusted value, safe to print in a log line. */
function describeValue(value, maxLength = SHOWN_VALUE_MAX) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return `an array of ${value.length}`;
    switch (typeof value) {
        case 'string':
            return quote(value, maxLength);
        case 'object':
            return 'an object';
        case 'number':
        case 'boolean':
            return String(value);
        default:
            return typeof value;
    }
}
function quote(value, maxLength) {
    const shown = [...value].slice(0, maxLength).join('');
    // JSON.stringify escapes quotes, backslashes and C0 controls; the rest of the
    // invisible or line-breaking characters are escaped here so a value cannot
    // start a new log line or hide what it is.
    const escaped = JSON.stringify(shown).replace(/[\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return shown.length < value.length ? `${escaped}… (${value.length} characters)` : escaped;
}
/** The event does not satisfy the rules; `path` locates the field, e.g. `client_payload.target.tag`. */
class PayloadError extends Error {
    path;
    rule;
    name = 'PayloadError';
    constructor(path, rule, value) {
        super(`${path}: ${rule}${value === undefined ? '' : `; got ${describeValue(value)}`}`);
        this.path = path;
        this.rule = rule;
    }
}
/** An action input is invalid; the message starts with the input's name. */
class InputError extends Error {
    input;
    name = 'InputError';
    constructor(input, problem) {
        super(`Input "${input}": ${problem}`);
        this.input = input;
    }
}


/***/ }),

/***/ 7428:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fn: () => (/* binding */ classifyArtifact),
/* harmony export */   vw: () => (/* binding */ isArtifact),
/* harmony export */   ym: () => (/* binding */ ARTIFACTS)
/* harmony export */ });
const ARTIFACTS = ['index', 'image', 'signature', 'attestation', 'sbom', 'helm-chart', 'unknown'];
function isArtifact(value) {
    return ARTIFACTS.includes(value);
}
const INDEX_MEDIA_TYPES = new Set(['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json']);
const IMAGE_MEDIA_TYPES = new Set([
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
    'application/vnd.docker.distribution.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v1+prettyjws'
]);
/** cosign's tag conventions: sha256-<hex of the signed manifest>.<kind>. */
const COSIGN_TAG = /^sha256-[a-f0-9]{64}\.(sig|att|sbom)$/;
const COSIGN_KINDS = { sig: 'signature', att: 'attestation', sbom: 'sbom' };
/** OCI 1.1 artifact types (target.artifactType, when a registry sends it), by what they name. */
const ARTIFACT_TYPES = [
    [/^application\/vnd\.cncf\.helm\./, 'helm-chart'],
    [/signature|^application\/vnd\.dev\.cosign\.simplesigning/, 'signature'],
    [/in-toto|attestation|dsse/, 'attestation'],
    [/spdx|cyclonedx|sbom/, 'sbom']
];
function classifyArtifact({ action, mediaType, artifactType, tag }) {
    if (action === 'chart_push' || action === 'chart_delete')
        return 'helm-chart';
    const media = mediaType?.toLowerCase();
    if (media?.startsWith('application/vnd.cncf.helm.'))
        return 'helm-chart';
    const type = artifactType?.toLowerCase();
    const named = type ? ARTIFACT_TYPES.find(([pattern]) => pattern.test(type))?.[1] : undefined;
    if (named)
        return named;
    // Before the media type: cosign stores its signatures in ordinary image manifests.
    const cosign = tag ? COSIGN_TAG.exec(tag)?.[1] : undefined;
    if (cosign)
        return COSIGN_KINDS[cosign];
    if (media && INDEX_MEDIA_TYPES.has(media))
        return 'index';
    if (media && IMAGE_MEDIA_TYPES.has(media))
        return 'image';
    return 'unknown';
}


/***/ }),

/***/ 3157:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D$: () => (/* binding */ tagRule),
/* harmony export */   LF: () => (/* binding */ mediaTypeRule),
/* harmony export */   O2: () => (/* binding */ eventIdRule),
/* harmony export */   RO: () => (/* binding */ connectedRegistryRule),
/* harmony export */   RW: () => (/* binding */ timestampMillis),
/* harmony export */   S1: () => (/* binding */ chartNameRule),
/* harmony export */   ZT: () => (/* binding */ digestRule),
/* harmony export */   hi: () => (/* binding */ timestampRule),
/* harmony export */   jG: () => (/* binding */ repositoryRule),
/* harmony export */   wh: () => (/* binding */ locationRule),
/* harmony export */   z: () => (/* binding */ chartVersionRule),
/* harmony export */   z3: () => (/* binding */ hostRule)
/* harmony export */ });
/* unused harmony exports REPOSITORY_MAX_LENGTH, DIGEST_ALGORITHMS, DOMAIN_MAX_LENGTH */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
// The grammar every output must satisfy. A value that passes one of these
// checks contains no shell metacharacter, so `${{ steps.x.outputs.tag }}`
// pasted into a `run:` script cannot become code.

function patternRule(description, pattern) {
    return { description, test: value => pattern.test(value) };
}
// distribution/reference: path-component, joined by "/".
const PATH_COMPONENT = '[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*';
const REPOSITORY_PATTERN = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const REPOSITORY_MAX_LENGTH = 255;
const repositoryRule = {
    description: `an OCI repository name: lowercase path components ${PATH_COMPONENT} joined by "/", at most ${REPOSITORY_MAX_LENGTH} characters`,
    test: value => value.length <= REPOSITORY_MAX_LENGTH && REPOSITORY_PATTERN.test(value)
};
const tagRule = patternRule('an OCI tag: [A-Za-z0-9_][A-Za-z0-9._-]{0,127}', /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/);
/** Registered digest algorithms and the exact length of their lowercase hex part. */
const DIGEST_ALGORITHMS = {
    sha256: 64,
    sha384: 96,
    sha512: 128,
    blake3: 64
};
const digestRule = {
    description: 'an OCI digest: sha256:<64 hex>, sha384:<96 hex>, sha512:<128 hex> or blake3:<64 hex>, lowercase',
    test: value => {
        const match = /^([a-z0-9]+):([a-f0-9]+)$/.exec(value);
        if (!match)
            return false;
        // Both groups take part in every match.
        const algorithm = match[1];
        return Object.hasOwn(DIGEST_ALGORITHMS, algorithm) && DIGEST_ALGORITHMS[algorithm] === match[2].length;
    },
    hint: value => /x{4}/i.test(value) ? 'this looks like the "xxxx" placeholder in Microsoft\'s example events; a real event carries a real digest' : undefined
};
// A host as distribution/reference reads it, bounded as DNS bounds names: a
// label of at most 63 characters, a name of at most 253. Brackets only around
// a literal that node:net takes for IPv6 (no zone: `%` is not allowed), so the
// only glob characters an output can hold are those two around hex digits,
// colons and dots.
const DOMAIN_LABEL = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]{0,61}[a-zA-Z0-9])$/;
const IPV6_LITERAL = /^\[([0-9a-fA-F:.]{2,45})\]$/;
const PORT = /^[1-9][0-9]{0,4}$/;
const DOMAIN_MAX_LENGTH = 253;
function isHost(value) {
    const portAt = value.startsWith('[') ? value.indexOf(':', value.indexOf(']')) : value.lastIndexOf(':');
    const name = portAt === -1 ? value : value.slice(0, portAt);
    if (portAt !== -1) {
        const port = value.slice(portAt + 1);
        if (!PORT.test(port) || Number(port) > 65535)
            return false;
    }
    if (name.startsWith('[')) {
        const literal = IPV6_LITERAL.exec(name)?.[1];
        return literal !== undefined && (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv6)(literal);
    }
    return name.length <= DOMAIN_MAX_LENGTH && name.split('.').every(label => DOMAIN_LABEL.test(label));
}
const hostRule = {
    description: 'a registry host: DNS labels [a-zA-Z0-9-] of at most 63 characters joined by "." (at most 253), or an IPv6 literal in brackets, with an optional :port from 1 to 65535',
    test: isHost
};
// RFC 6838 restricted names, without the characters !#$&^ that no registry
// media type uses and that a shell would interpret.
const MEDIA_NAME = '[A-Za-z0-9][A-Za-z0-9._+-]{0,126}';
const mediaTypeRule = patternRule('a media type: type/subtype, each [A-Za-z0-9][A-Za-z0-9._+-]{0,126}', new RegExp(`^${MEDIA_NAME}/${MEDIA_NAME}$`));
const eventIdRule = patternRule('an event id: [A-Za-z0-9][A-Za-z0-9._:-]{0,127}', /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/);
const chartNameRule = patternRule('a chart name: [A-Za-z0-9][A-Za-z0-9._-]{0,127}', /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/);
const chartVersionRule = patternRule('a chart version: [A-Za-z0-9][A-Za-z0-9._+-]{0,127}', /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/);
/** An Azure region as Event Grid names it (westeurope, eastus2). */
const locationRule = patternRule('an Azure region: [A-Za-z0-9][A-Za-z0-9-]{0,63}', /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/);
/** ACR connected registry names: letters, digits, "-" (and "_", "." seen in the wild), at most 64. */
const connectedRegistryRule = patternRule('a connected registry name: [A-Za-z0-9][A-Za-z0-9._-]{0,63}', /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/);
const TIMESTAMP_PATTERN = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Gregorian, by arithmetic: the relay checks every event's timestamp, and a Date per check showed in its profile. */
function daysInMonth(year, month) {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}
/**
 * RFC 3339 date-time, with up to 9 fractional digits as ACR sends them. A
 * 60th second only where a leap second can be: 23:59:60 UTC on the last day of
 * a month (RFC 3339 §5.7; the offset applied first, so 18:59:60-05:00 is one).
 */
const timestampRule = {
    description: 'an RFC 3339 date-time such as 2026-01-31T12:00:00.123456789Z (up to 9 fractional digits)',
    test: value => {
        const match = TIMESTAMP_PATTERN.exec(value);
        if (!match)
            return false;
        const month = Number(match[2]);
        if (month < 1 || month > 12)
            return false;
        const day = Number(match[3]);
        return (day >= 1 &&
            day <= daysInMonth(Number(match[1]), month) &&
            Number(match[4]) <= 23 &&
            Number(match[5]) <= 59 &&
            Number(match[6]) <= 60 &&
            Number(match[7] ?? 0) <= 23 &&
            Number(match[8] ?? 0) <= 59 &&
            (match[6] !== '60' || isLeapSecond(value)));
    }
};
/** Whether a timestamp with second 60 names 23:59:60 UTC on a month's last day. A Date only here: a 60th second is rare. */
function isLeapSecond(value) {
    const second59 = new Date(timestampMillis(value));
    return (second59.getUTCHours() === 23 &&
        second59.getUTCMinutes() === 59 &&
        second59.getUTCDate() === daysInMonth(second59.getUTCFullYear(), second59.getUTCMonth() + 1));
}
/** Milliseconds since the epoch of a timestamp that passed `timestampRule`. */
function timestampMillis(value) {
    // Date.parse handles at most millisecond precision; drop the rest, and a leap second becomes :59.
    const trimmed = value.replace(/(\.\d{3})\d+/, '$1').replace(/:60(?=[.Zz+-])/, ':59');
    return Date.parse(trimmed);
}


/***/ }),

/***/ 2424:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OW: () => (/* binding */ isJsonObject),
/* harmony export */   Or: () => (/* binding */ checkJsonDepth),
/* harmony export */   YB: () => (/* binding */ parseUntrustedJson),
/* harmony export */   hQ: () => (/* binding */ ownField),
/* harmony export */   pD: () => (/* binding */ describeJsonErrorPosition),
/* harmony export */   q1: () => (/* binding */ lineAndColumn)
/* harmony export */ });
/* unused harmony exports MAX_JSON_DEPTH, MAX_JSON_BYTES, isOverUtf8Bytes */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
// Helpers for reading untrusted JSON without trusting its prototype chain, its
// depth or its size.

function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * The object's own property, never an inherited one: `{"constructor": …}` or a
 * `__proto__` key left as an own property by JSON.parse change nothing here.
 */
function ownField(object, key) {
    return Object.hasOwn(object, key) ? object[key] : undefined;
}
/**
 * An ACR event nests four or five levels deep (envelope, data, target,
 * annotations); 32 leaves room for what registries may add. JSON.parse itself
 * is iterative in V8, but JSON.stringify, the relay's re-serialization and any
 * recursive reader are not: a deep enough value overflows the stack.
 */
const MAX_JSON_DEPTH = 32;
/** The relay's body limit; also bounds the `payload` input. */
const MAX_JSON_BYTES = 1024 * 1024;
/**
 * Refuses a parsed value nested deeper than MAX_JSON_DEPTH, naming the path of
 * the first container too deep. Its own recursion stops at that depth, so the
 * check cannot overflow the stack it protects; the path is built only for the
 * error, since the relay checks every request's body.
 */
function checkJsonDepth(value, path, maxDepth = MAX_JSON_DEPTH) {
    const tooDeep = pathTooDeep(value, 1, maxDepth);
    if (tooDeep) {
        const where = path + tooDeep.map(step => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PayloadError */ .tG(where, `is nested deeper than ${maxDepth} levels of arrays and objects; an ACR event needs about 5`);
    }
}
/** The steps to the first container deeper than maxDepth, or undefined. */
function pathTooDeep(value, depth, maxDepth) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    if (depth > maxDepth)
        return [];
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            const below = pathTooDeep(value[i], depth + 1, maxDepth);
            if (below)
                return [i, ...below];
        }
        return undefined;
    }
    for (const key of Object.keys(value)) {
        const below = pathTooDeep(value[key], depth + 1, maxDepth);
        if (below)
            return [key, ...below];
    }
    return undefined;
}
/**
 * Whether `text` takes more than `limit` bytes in UTF-8. A UTF-16 code unit
 * takes 1 to 3 bytes, so the length alone decides most cases: the relay asks
 * this twice per event, and counting the bytes of every body showed in its
 * instruction count.
 */
function isOverUtf8Bytes(text, limit) {
    if (text.length > limit)
        return true;
    return text.length * 3 > limit && Buffer.byteLength(text) > limit;
}
/**
 * JSON.parse of untrusted text, bounded in size and depth. A syntax error is
 * reported by its position only: V8's own message quotes the text around the
 * error, and the text may be a file that holds credentials.
 */
function parseUntrustedJson(text, path, maxBytes = MAX_JSON_BYTES) {
    if (isOverUtf8Bytes(text, maxBytes)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PayloadError */ .tG(path, `is larger than ${maxBytes} bytes`);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PayloadError */ .tG(path, `is not valid JSON${describeJsonErrorPosition(error, text)}`);
    }
    checkJsonDepth(value, path);
    return value;
}
/**
 * " at line L, column C" for a JSON.parse SyntaxError whose message gives a
 * position, "" otherwise. Never any of the text itself.
 */
function describeJsonErrorPosition(error, text) {
    const message = error instanceof Error ? error.message : '';
    const position = /at position (\d+)/.exec(message)?.[1];
    if (position !== undefined)
        return ` at ${lineAndColumn(text, Number(position))}`;
    // "Unexpected end of JSON input" and its like carry no position: the end it is.
    if (/end of (JSON )?(input|data)/i.test(message))
        return ` at ${lineAndColumn(text, text.length)} (the end)`;
    return '';
}
/** "line L, column C" (both from 1) of a character offset. */
function lineAndColumn(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return `line ${line}, column ${column}`;
}


/***/ }),

/***/ 649:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ isAcrAction),
/* harmony export */   r: () => (/* binding */ ACR_ACTIONS)
/* harmony export */ });
const ACR_ACTIONS = ['push', 'delete', 'quarantine', 'chart_push', 'chart_delete', 'ping'];
function isAcrAction(value) {
    return ACR_ACTIONS.includes(value);
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _action_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7130);

await (0,_action_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 9140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3382:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ debug),
  N4: () => (/* binding */ endGroup),
  V4: () => (/* binding */ getInput),
  Gu: () => (/* binding */ getState),
  pq: () => (/* binding */ info),
  lm: () => (/* binding */ notice),
  LZ: () => (/* binding */ saveState),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  Oh: () => (/* binding */ startGroup),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, error, exportVariable, getBooleanInput, getIDToken, getMultilineInput, group, isDebug, markdownSummary, platform, setCommandEcho, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(3193);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_.dirname(filePath);
                        const upperName = external_path_.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return file_command_issueFileCommand('STATE', file_command_prepareKeyValueMessage(name, value));
    }
    command_issueCommand('save-state', { name }, utils_toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        // Loaded on first use: oidc-utils pulls in @actions/http-client and undici.
        const { OidcClient } = yield __nccwpck_require__.e(/* import() */ 936).then(__nccwpck_require__.bind(__nccwpck_require__, 3936));
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
