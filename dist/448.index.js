export const id = 448;
export const ids = [448];
export const modules = {

/***/ 9178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jh: () => (/* binding */ RedirectRefused),
/* harmony export */   Pf: () => (/* binding */ agentFor),
/* harmony export */   TK: () => (/* binding */ headerText),
/* harmony export */   fo: () => (/* binding */ sendFollowingRedirects),
/* harmony export */   tp: () => (/* binding */ isSecureHop),
/* harmony export */   wX: () => (/* binding */ TransportError),
/* harmony export */   yv: () => (/* binding */ originOf)
/* harmony export */ });
/* unused harmony exports isLoopbackHost, send */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
// One HTTP request and its redirects, for the two clients verify uses (a
// registry's distribution API, GitHub's attestations API): Node's http and
// https only, every answer capped in bytes and time, every hop checked
// against one rule (https, or plain http between loopback names) and the
// caller's list of hosts before any connection. No wording here: failures
// are typed, and each client says them in its own terms.


/** Hosts reached over plain http: the loopback names only. Every real registry and API is https. */
function isLoopbackHost(hostWithPort) {
    const host = hostWithPort.startsWith('[') ? hostWithPort.slice(0, hostWithPort.indexOf(']') + 1) : hostWithPort.replace(/:\d+$/, '');
    return ['127.0.0.1', 'localhost', '[::1]'].includes(host.toLowerCase());
}
/**
 * The one rule for every address a client is sent to (a base URL, a token
 * realm, a redirect): https, or http from a loopback host to a loopback
 * host; never with credentials in the URL.
 */
function isSecureHop(next, fromHost) {
    if (next.username !== '' || next.password !== '')
        return false;
    return next.protocol === 'https:' || (next.protocol === 'http:' && isLoopbackHost(next.host) && isLoopbackHost(fromHost));
}
/** The scheme a host is reached with: https, http for loopback names. */
function originOf(host) {
    return `${isLoopbackHost(host) ? 'http' : 'https'}://${host}`;
}
/** A kept-alive agent for one host's requests, of the scheme that host is reached with. */
function agentFor(host) {
    return isLoopbackHost(host) ? new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent({ keepAlive: true }) : new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent({ keepAlive: true });
}
class TransportError extends Error {
    url;
    failure;
    name = 'TransportError';
    constructor(url, failure) {
        super(failure.kind === 'too-large' ? `answer larger than ${failure.maxBytes} bytes` : failure.message);
        this.url = url;
        this.failure = failure;
    }
}
/**
 * One request, one answer, read whole up to `maxBytes`. An answer that runs
 * past the cap is a TransportError (too-large), and its connection is closed
 * without an error event: on a kept-alive socket, `destroy(error)` after the
 * answer ended raised an 'error' no one listened to, and ended the process.
 */
function send(url, request) {
    const sendWith = url.protocol === 'http:' ? node_http__WEBPACK_IMPORTED_MODULE_0__.request : node_https__WEBPACK_IMPORTED_MODULE_1__.request;
    return new Promise((resolve, reject) => {
        let settled = false;
        const settle = (outcome) => {
            if (settled)
                return;
            settled = true;
            outcome();
        };
        const outgoing = sendWith(url, {
            method: request.method,
            headers: {
                'user-agent': 'acr-webhook-action',
                ...request.headers,
                ...(request.body === undefined ? {} : { 'content-length': Buffer.byteLength(request.body) })
            },
            agent: request.agent,
            signal: AbortSignal.timeout(request.timeoutMs)
        }, response => {
            const chunks = [];
            let length = 0;
            response.on('data', (chunk) => {
                if (settled)
                    return;
                length += chunk.length;
                if (length > request.maxBytes) {
                    settle(() => reject(new TransportError(url, { kind: 'too-large', maxBytes: request.maxBytes })));
                    // Without an error: the socket is not reused, and nothing is left to raise.
                    outgoing.destroy();
                    return;
                }
                chunks.push(chunk);
            });
            response.on('end', () => settle(() => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) })));
            response.on('error', error => settle(() => reject(unreachable(url, error))));
            response.on('close', () => settle(() => reject(unreachable(url, new Error('the connection closed before the answer ended')))));
        });
        outgoing.on('error', error => settle(() => reject(unreachable(url, error))));
        outgoing.end(request.body);
    });
}
function unreachable(url, error) {
    const code = error.code;
    const timedOut = error.name === 'TimeoutError' || code === 'ABORT_ERR';
    return new TransportError(url, { kind: 'unreachable', code, timedOut, message: error.message });
}
class RedirectRefused extends Error {
    from;
    method;
    refusal;
    name = 'RedirectRefused';
    constructor(
    /** The hop that answered with the redirect. */
    from, method, refusal) {
        super(`redirect refused: ${refusal.kind}`);
        this.from = from;
        this.method = method;
        this.refusal = refusal;
    }
}
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/**
 * A request and the redirects it answers with, each hop checked before it is
 * made: secure (isSecureHop) and to a host the policy allows. The
 * Authorization header does not cross to another host, and a body is never
 * sent to another host at all. 303, and 301/302 after a POST, turn into a GET
 * without a body, as clients have always done.
 */
async function sendFollowingRedirects(url, request, policy) {
    let hop = { url, request };
    for (let redirects = 0;; redirects++) {
        const answer = await send(hop.url, { ...hop.request, agent: policy.agentFor?.(hop.url.host) });
        const location = REDIRECT_STATUSES.has(answer.status) ? headerText(answer.headers.location) : '';
        if (location === '')
            return answer;
        const refuse = (refusal) => new RedirectRefused(hop.url, hop.request.method, refusal);
        if (redirects === policy.maxRedirects)
            throw refuse({ kind: 'too-many', max: policy.maxRedirects });
        let next;
        try {
            next = new URL(location, hop.url);
        }
        catch {
            throw refuse({ kind: 'not-a-url' });
        }
        if (!isSecureHop(next, hop.url.host))
            throw refuse({ kind: 'insecure', next });
        if (!policy.allows(next.host))
            throw refuse({ kind: 'host-not-allowed', next });
        const crossHost = next.host !== hop.url.host;
        if (crossHost && hop.request.body !== undefined)
            throw refuse({ kind: 'body-to-another-host', next });
        const asGet = answer.status === 303 || ((answer.status === 301 || answer.status === 302) && hop.request.method === 'POST');
        const { authorization, ...withoutAuthorization } = hop.request.headers;
        hop = {
            url: next,
            request: {
                ...hop.request,
                method: asGet ? 'GET' : hop.request.method,
                headers: crossHost ? withoutAuthorization : hop.request.headers,
                body: asGet ? undefined : hop.request.body
            }
        };
    }
}
function headerText(value) {
    return Array.isArray(value) ? value.join(', ') : (value ?? '');
}


/***/ }),

/***/ 176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UG: () => (/* binding */ AnswerTooLarge),
  ZJ: () => (/* binding */ MAX_MANIFEST_BYTES),
  bP: () => (/* binding */ RegistryClient),
  gl: () => (/* binding */ RegistryError)
});

// UNUSED EXPORTS: DEFAULT_TIMEOUT_MS, MANIFEST_MEDIA_TYPES, isLoopbackHost, parseWwwAuthenticate

// EXTERNAL MODULE: ./src/action/http/transport.ts
var transport = __webpack_require__(9178);
;// CONCATENATED MODULE: ./src/action/registry/token.ts

/** Token answers are small JSON objects; this bounds what a hostile realm can make us buffer. */
const MAX_TOKEN_BYTES = 64 * 1024;
class TokenError extends Error {
    refusal;
    name = 'TokenError';
    constructor(refusal) {
        super(`token flow: ${refusal.kind}`);
        this.refusal = refusal;
    }
}
function basicAuthorization(username, password) {
    return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}
/** A bearer token for the challenge, or a TokenError saying why there is none. */
async function fetchToken(challenge, request) {
    const realm = realmUrl(challenge.params.realm, request);
    const service = challenge.params.service ?? request.registryHost;
    const scope = challenge.params.scope ?? `repository:${request.repository}:pull`;
    const credentials = request.credentials;
    let answer;
    if (credentials.kind === 'identity-token') {
        const form = new URLSearchParams({
            grant_type: 'refresh_token',
            service,
            scope,
            refresh_token: credentials.token,
            client_id: 'acr-webhook-action'
        });
        answer = await request.send(realm, 'POST', { 'content-type': 'application/x-www-form-urlencoded' }, form.toString(), MAX_TOKEN_BYTES);
    }
    else {
        realm.searchParams.set('service', service);
        realm.searchParams.set('scope', scope);
        const headers = credentials.kind === 'basic' ? { authorization: basicAuthorization(credentials.username, credentials.password) } : {};
        answer = await request.send(realm, 'GET', headers, undefined, MAX_TOKEN_BYTES);
    }
    const where = `the token service ${realm.host} of ${request.registryHost}`;
    if (answer.status === 401 || answer.status === 403)
        throw new TokenError({ kind: 'refused', status: answer.status, where });
    if (answer.status !== 200)
        throw new TokenError({ kind: 'status', status: answer.status, where });
    const token = tokenFrom(answer.body);
    if (!token)
        throw new TokenError({ kind: 'no-token', where });
    return token;
}
/** The realm, only when secure and allowed: credentials go where the challenge says, never in clear text over a network. */
function realmUrl(realm, request) {
    let url;
    try {
        url = realm === undefined ? undefined : new URL(realm);
    }
    catch {
        url = undefined;
    }
    if (!url)
        throw new TokenError({ kind: 'no-realm' });
    if (!(0,transport/* isSecureHop */.tp)(url, request.registryHost))
        throw new TokenError({ kind: 'insecure-realm', realm: url });
    if (!request.allows(url.host))
        throw new TokenError({ kind: 'realm-not-allowed', realm: url });
    return url;
}
/** `token`, else `access_token` (OAuth2's name, which ACR answers with). */
function tokenFrom(body) {
    try {
        const parsed = JSON.parse(body.toString('utf8'));
        if (typeof parsed !== 'object' || parsed === null)
            return undefined;
        const { token, access_token: accessToken } = parsed;
        const value = typeof token === 'string' && token !== '' ? token : accessToken;
        return typeof value === 'string' && value !== '' ? value : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/action/registry/www-authenticate.ts
// WWW-Authenticate (RFC 9110 §11.6.1), as registries send it on a 401: which
// login a registry asks for (Bearer with its token realm, or Basic). Pure.
const TOKEN_CHARACTER = /[!#$%&'*+.^_`|~0-9A-Za-z-]/;
/**
 * Parses a WWW-Authenticate header (RFC 9110 §11.6.1): one or more challenges,
 * each a scheme and comma-separated `name=value` or `name="quoted"`
 * parameters, the challenges themselves separated by commas. A token68
 * (`Negotiate abc==`) is kept under the parameter name "token68".
 */
function parseWwwAuthenticate(header) {
    const challenges = [];
    let i = 0;
    const skip = (pattern) => {
        while (i < header.length && pattern.test(header[i]))
            i++;
    };
    const token = () => {
        const start = i;
        while (i < header.length && TOKEN_CHARACTER.test(header[i]))
            i++;
        return header.slice(start, i);
    };
    while (i < header.length) {
        skip(/[\s,]/);
        const name = token();
        if (name === '') {
            i++; // a character no grammar allows here: step over it rather than loop
            continue;
        }
        const afterName = i;
        skip(/[ \t]/);
        const current = challenges.at(-1);
        if (header[i] === '=' && current) {
            i++;
            skip(/[ \t]/);
            current.params[name.toLowerCase()] = header[i] === '"' ? quotedString() : unquotedValue();
            continue;
        }
        i = afterName;
        const challenge = { scheme: name.toLowerCase(), params: Object.create(null) };
        challenges.push(challenge);
        skip(/[ \t]/);
        // A token68 stands alone after the scheme: letters, digits, -._~+/ and trailing "=".
        const token68 = /^[A-Za-z0-9\-._~+/]+=*(?=[ \t]*(?:,|$))/.exec(header.slice(i));
        if (token68) {
            challenge.params.token68 = token68[0];
            i += token68[0].length;
        }
    }
    return challenges;
    /** A value without quotes should be a token; a URL left unquoted is read up to the next comma or space all the same. */
    function unquotedValue() {
        const start = i;
        while (i < header.length && !/[\s,]/.test(header[i]))
            i++;
        return header.slice(start, i);
    }
    function quotedString() {
        let value = '';
        i++; // the opening quote
        while (i < header.length && header[i] !== '"') {
            if (header[i] === '\\' && i + 1 < header.length)
                i++;
            value += header[i];
            i++;
        }
        i++; // the closing quote
        return value;
    }
}

;// CONCATENATED MODULE: ./src/action/registry/client.ts





/** Media types a manifest request accepts: without them, a registry may convert a manifest or refuse an OCI one. */
const MANIFEST_MEDIA_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.docker.distribution.manifest.v2+json'
];
/** The distribution specification's limit for a manifest body (4 MiB); more is not a manifest. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 15_000;
/** As many as curl and browsers would not call a loop; a registry needs one or two (a CDN, a storage account). */
const MAX_REDIRECTS = 5;
/** A failure that must fail the step: the registry could not answer whether the event is true. */
class RegistryError extends Error {
    host;
    status;
    name = 'RegistryError';
    constructor(host, message, status) {
        super(message);
        this.host = host;
        this.status = status;
    }
}
/** An answer longer than the caller's cap: cut off unread. A referrer that lies about its size is refused for it, alone. */
class AnswerTooLarge extends RegistryError {
    maxBytes;
    name = 'AnswerTooLarge';
    constructor(host, maxBytes, what) {
        super(host, `The registry ${host} answered ${what} with more than ${maxBytes} bytes; nothing was assumed verified`);
        this.maxBytes = maxBytes;
    }
}
/**
 * One registry host, one set of credentials. A bearer token, once obtained, is
 * kept for the next requests (the HEAD of a tag after the GET of a digest), so
 * that verification costs its round trips and no more.
 */
class RegistryClient {
    host;
    credentials;
    options;
    baseUrl;
    agent;
    authorization;
    timeoutMs;
    constructor(host, credentials, options = {}) {
        this.host = host;
        this.credentials = credentials;
        this.options = options;
        this.baseUrl = (0,transport/* originOf */.yv)(host);
        this.agent = (0,transport/* agentFor */.Pf)(host);
        this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    }
    /** HEAD or GET of `/v2/<repository>/manifests/<reference>`; 200 and 404 are answers, anything else throws. */
    async manifest(method, repository, reference) {
        return this.read(method, repository, `/v2/${repository}/manifests/${reference}`, { accept: MANIFEST_MEDIA_TYPES.join(', ') }, MAX_MANIFEST_BYTES);
    }
    /**
     * GET of another path of the repository (`/v2/<repository>/referrers/…`,
     * `/blobs/…`) with the same login, the answer capped at `maxBytes` (more is
     * an AnswerTooLarge). A redirect (ACR answers a blob with 307 to its
     * storage) is followed as every request's is: only to a host `allowsHost`
     * accepts, over https, and without the Authorization header once it leaves
     * the registry's host.
     */
    async get(repository, path, accept, maxBytes) {
        return this.read('GET', repository, path, { accept }, maxBytes);
    }
    /** Releases the kept-alive connections, so that the step's process can exit at once. */
    close() {
        this.agent.destroy();
    }
    /** One request behind the token flow; 200 and 404 are answers, anything else throws. */
    async read(method, repository, path, headers, maxBytes) {
        let response = await this.send(method, path, headers, maxBytes);
        if (response.status === 401) {
            const challenged = this.authorization !== undefined;
            this.authorization = await this.authorize(response, repository, path);
            response = await this.send(method, path, headers, maxBytes);
            if (response.status === 401)
                throw this.refused(response.status, challenged ? 'refused a token it had accepted before' : undefined);
        }
        if (response.status === 200 || response.status === 404)
            return response;
        if (response.status === 403) {
            throw new RegistryError(this.host, `The registry ${this.host} denied access to ${repository} (HTTP 403): the identity logged in for ${this.host} needs pull rights on it (AcrPull on an Azure Container Registry)`, 403);
        }
        throw new RegistryError(this.host, `The registry ${this.host} answered HTTP ${response.status} to ${method} ${path}; check that ${this.host} is a registry and is up (nothing was assumed verified)`, response.status);
    }
    /** The Authorization header that answers a 401's challenge, or a RegistryError saying why there is none. */
    async authorize(response, repository, path) {
        const challenges = parseWwwAuthenticate((0,transport/* headerText */.TK)(response.headers['www-authenticate']));
        const bearer = challenges.find(c => c.scheme === 'bearer');
        if (bearer) {
            try {
                const token = await fetchToken(bearer, {
                    registryHost: this.host,
                    repository,
                    credentials: this.credentials,
                    allows: host => this.allows(host),
                    send: (url, method, headers, body, maxBytes) => this.sendTo(url, method, headers, body, maxBytes)
                });
                this.options.onSecret?.(token);
                return `Bearer ${token}`;
            }
            catch (error) {
                throw error instanceof TokenError ? this.tokenFailure(error) : error;
            }
        }
        if (challenges.some(c => c.scheme === 'basic')) {
            if (this.credentials.kind === 'basic')
                return basicAuthorization(this.credentials.username, this.credentials.password);
            throw this.refused(response.status);
        }
        throw new RegistryError(this.host, `The registry ${this.host} answered HTTP 401 to ${path} without a Bearer or Basic challenge in WWW-Authenticate; it is not a registry this action can log in to`, 401);
    }
    tokenFailure({ refusal }) {
        switch (refusal.kind) {
            case 'no-realm':
                return new RegistryError(this.host, `The registry ${this.host} sent a Bearer challenge without a valid realm URL; it cannot be logged in to`);
            case 'insecure-realm':
                return new RegistryError(this.host, `The registry ${this.host} sent a token realm that is not https (${refusal.realm.protocol}//${refusal.realm.host}); no credentials were sent there`);
            case 'realm-not-allowed': {
                const { host, origin } = refusal.realm;
                return new RegistryError(this.host, `The registry ${this.host} names its token service at ${host} (Bearer realm ${origin}), a host registries does not allow: no request, and no credential, was sent there. If ${host} is the token service of ${this.host}, add it to registries (registries: ${this.host}, ${host})`);
            }
            case 'refused':
                return this.refused(refusal.status, undefined, refusal.where);
            case 'status':
                return new RegistryError(this.host, `${capitalize(refusal.where)} answered HTTP ${refusal.status}; check that ${this.host} is up`, refusal.status);
            case 'no-token':
                return new RegistryError(this.host, `${capitalize(refusal.where)} answered 200 without a token ("token" or "access_token")`, 200);
        }
    }
    allows(host) {
        return host.toLowerCase() === this.host.toLowerCase() || (this.options.allowsHost?.(host) ?? false);
    }
    refused(status, detail, where = `the registry ${this.host}`) {
        const what = this.credentials.kind === 'anonymous'
            ? `requires credentials, and the Docker config has none for ${this.host}: log in before this step (docker/login-action, or az acr login)`
            : `refused the credentials the Docker config holds for ${this.host}${detail ? ` (${detail})` : ''}: check the login step, that the password or token has not expired, and that the identity may pull (AcrPull)`;
        return new RegistryError(this.host, `${capitalize(where)} answered HTTP ${status}: it ${what}`, status);
    }
    send(method, path, headers, maxBytes) {
        const all = this.authorization ? { ...headers, authorization: this.authorization } : headers;
        return this.sendTo(new URL(path, this.baseUrl), method, all, undefined, maxBytes);
    }
    /** One request and its redirects (http/transport.ts), its failures said as the registry's. */
    async sendTo(url, method, headers, body, maxBytes) {
        try {
            return await (0,transport/* sendFollowingRedirects */.fo)(url, { method, headers, body, maxBytes, timeoutMs: this.timeoutMs }, { maxRedirects: MAX_REDIRECTS, allows: host => this.allows(host), agentFor: host => (host === this.host ? this.agent : undefined) });
        }
        catch (error) {
            if (error instanceof transport/* RedirectRefused */.Jh)
                throw this.redirectFailure(error);
            if (error instanceof transport/* TransportError */.wX)
                throw this.transportFailure(error, method);
            throw error;
        }
    }
    redirectFailure({ from, method, refusal }) {
        const what = `${method} ${from.host === this.host ? from.pathname : from.origin + from.pathname}`;
        const said = (message) => new RegistryError(this.host, `The registry ${this.host} redirected ${what}${message}`);
        switch (refusal.kind) {
            case 'too-many':
                return said(` more than ${refusal.max} times; nothing was assumed verified`);
            case 'not-a-url':
                return said(' to an address that is not a URL; nothing was assumed verified');
            case 'insecure':
                return said(` to ${refusal.next.protocol}//${refusal.next.host}, which is not https; nothing was sent there`);
            case 'host-not-allowed': {
                const next = refusal.next.host;
                return said(` to ${next}, a host registries does not allow: no request, and no credential, was sent there. If ${next} serves ${this.host} (a CDN, a storage account), add it to registries (registries: ${this.host}, ${next})`);
            }
            case 'body-to-another-host':
                return said(`, which carries credentials in its body, to another host (${refusal.next.host}); it was not sent there`);
        }
    }
    transportFailure({ url, failure }, method) {
        const what = url.host === this.host ? `the registry ${this.host}` : `the token service ${url.host} of ${this.host}`;
        if (failure.kind === 'too-large') {
            return new AnswerTooLarge(this.host, failure.maxBytes, `${method} ${url.host === this.host ? url.pathname : url.origin + url.pathname}`);
        }
        if (failure.code === 'EPROTO' && url.protocol === 'https:') {
            // What a plain-http server answers a TLS hello with: not a network fault, and DNS or firewall advice would mislead.
            return new RegistryError(this.host, `Cannot reach ${what} over https (EPROTO: it did not answer TLS, perhaps it serves plain http): plain http is used only for the loopback names localhost, 127.0.0.1 and [::1]; serve the registry over https, or reach it by a loopback name; nothing was assumed verified`);
        }
        const why = failure.timedOut ? `no answer within ${this.timeoutMs / 1000}s` : (failure.code ?? failure.message);
        return new RegistryError(this.host, `Cannot reach ${what} (${why}): check that the host is up and that this runner can reach it (DNS, firewall, private endpoint); nothing was assumed verified`);
    }
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 4679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ describeManifest),
/* harmony export */   a: () => (/* binding */ bodyMatchesDigest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _event_artifact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7428);
/* harmony import */ var _event_grammar_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3157);
/* harmony import */ var _event_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2424);
// What a manifest read from the registry says it is, beyond what the event
// carried: its own media type, artifactType, config media type and layer media
// types (Helm charts, cosign signatures, attestations, SBOMs), and the
// platforms of an index. Pure. The manifest is untrusted text (anyone who may
// push wrote it), so every value that reaches an output passes a grammar rule.





/** Config media types of ordinary images: they say nothing about what the artifact is. */
const IMAGE_CONFIG_TYPES = new Set([
    'application/vnd.oci.image.config.v1+json',
    'application/vnd.docker.container.image.v1+json',
    // OCI 1.1's empty config, used by artifacts whose type is then in artifactType or the layers.
    'application/vnd.oci.empty.v1+json'
]);
/** Layer media types of ordinary images. */
const IMAGE_LAYER_TYPE = /^application\/vnd\.(oci\.image\.layer\.|docker\.image\.rootfs\.)/;
/** One platform component: os, architecture or variant (linux, amd64, arm64, v8, windows, 10.0.17763.1040 for os.version is not used). */
const PLATFORM_PART = /^[a-z0-9][a-z0-9._-]{0,63}$/i;
/**
 * Reads a manifest body. `path` names it in errors, e.g.
 * `manifest myregistry.azurecr.io/team/web@sha256:…`.
 */
function describeManifest(body, contentType, clues, path) {
    const manifest = (0,_event_json_js__WEBPACK_IMPORTED_MODULE_4__/* .parseUntrustedJson */ .YB)(body, path);
    if (!(0,_event_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isJsonObject */ .OW)(manifest))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PayloadError */ .tG(path, 'must be a JSON object');
    const mediaType = mediaTypeOf(manifest, contentType, path);
    const artifactType = artifactTypeOf(manifest, path);
    const artifact = (0,_event_artifact_js__WEBPACK_IMPORTED_MODULE_2__/* .classifyArtifact */ .fn)({ action: clues.action, mediaType, artifactType, tag: clues.tag });
    return { mediaType, artifact, platforms: artifact === 'index' ? platformsOf(manifest, path) : [] };
}
/** The body's mediaType, else the Content-Type header (Docker schema 2 manifests carry both, old OCI ones only the header). */
function mediaTypeOf(manifest, contentType, path) {
    const own = checkedMediaType((0,_event_json_js__WEBPACK_IMPORTED_MODULE_4__/* .ownField */ .hQ)(manifest, 'mediaType'), `${path}.mediaType`);
    if (own)
        return own;
    const header = contentType?.split(';')[0]?.trim();
    return header ? checkedMediaType(header, `${path} (Content-Type)`) : undefined;
}
/**
 * What the manifest says it carries, most explicit first: OCI 1.1's
 * artifactType; a config media type other than an image's (Helm's
 * application/vnd.cncf.helm.config.v1+json); the one media type all its layers
 * share when it is not an image layer's (cosign's simplesigning signatures,
 * in-toto / DSSE attestations, SPDX or CycloneDX SBOMs).
 */
function artifactTypeOf(manifest, path) {
    const declared = checkedMediaType((0,_event_json_js__WEBPACK_IMPORTED_MODULE_4__/* .ownField */ .hQ)(manifest, 'artifactType'), `${path}.artifactType`);
    if (declared)
        return declared;
    const config = (0,_event_json_js__WEBPACK_IMPORTED_MODULE_4__/* .ownField */ .hQ)(manifest, 'config');
    const configType = (0,_event_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isJsonObject */ .OW)(config) ? checkedMediaType((0,_event_json_js__WEBPACK_IMPORTED_MODULE_4__/* .ownField */ .hQ)(config, 'mediaType'), `${path}.config.mediaType`) : undefined;
    if (configType && !IMAGE_CONFIG_TYPES.has(configType.toLowerCase()))
        return configType;
    const layers = (0,_event_json_js__WEBPACK_IMPORTED_MODULE_4__/* .ownField */ .hQ)(manifest, 'layers');
    if (!Array.isArray(layers) || layers.length === 0)
        return undefined;
    const types = new Set(layers.map((layer, i) => ((0,_event_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isJsonObject */ .OW)(layer) ? checkedMediaType((0,_event_json_js__WEBPACK_IMPORTED_MODULE_4__/* .ownField */ .hQ)(layer, 'mediaType'), `${path}.layers[${i}].mediaType`) : undefined)));
    const [only] = types;
    return types.size === 1 && only && !IMAGE_LAYER_TYPE.test(only) ? only : undefined;
}
function checkedMediaType(value, path) {
    if (value === undefined || value === null || value === '')
        return undefined;
    if (typeof value !== 'string' || !_event_grammar_js__WEBPACK_IMPORTED_MODULE_3__/* .mediaTypeRule */ .LF.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PayloadError */ .tG(path, `must be ${_event_grammar_js__WEBPACK_IMPORTED_MODULE_3__/* .mediaTypeRule */ .LF.description}`, value);
    return value;
}
/**
 * The platforms an index names. buildx adds an attestation manifest per
 * platform under `unknown/unknown`: not a platform anyone runs, so left out.
 */
function platformsOf(index, path) {
    const manifests = (0,_event_json_js__WEBPACK_IMPORTED_MODULE_4__/* .ownField */ .hQ)(index, 'manifests');
    if (!Array.isArray(manifests))
        return [];
    const platforms = [];
    manifests.forEach((entry, i) => {
        const platform = (0,_event_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isJsonObject */ .OW)(entry) ? (0,_event_json_js__WEBPACK_IMPORTED_MODULE_4__/* .ownField */ .hQ)(entry, 'platform') : undefined;
        if (!(0,_event_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isJsonObject */ .OW)(platform))
            return;
        const at = `${path}.manifests[${i}].platform`;
        const parts = [part(platform, 'os', at, true), part(platform, 'architecture', at, true), part(platform, 'variant', at, false)];
        if (parts[0] === 'unknown' && parts[1] === 'unknown')
            return;
        const name = parts.filter(p => p !== undefined).join('/');
        if (!platforms.includes(name))
            platforms.push(name);
    });
    return platforms;
}
function part(platform, key, path, required) {
    const value = (0,_event_json_js__WEBPACK_IMPORTED_MODULE_4__/* .ownField */ .hQ)(platform, key);
    if ((value === undefined || value === '') && !required)
        return undefined;
    if (typeof value !== 'string' || !PLATFORM_PART.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PayloadError */ .tG(`${path}.${key}`, 'must be a platform name: [a-z0-9][a-z0-9._-]{0,63}', value);
    }
    return value.toLowerCase();
}
/** Node's name for the hash of a digest algorithm it can compute; blake3 it cannot. */
const NODE_HASHES = { sha256: 'sha256', sha384: 'sha384', sha512: 'sha512' };
/**
 * Whether `body` hashes to `digest`; undefined when Node cannot compute the
 * algorithm (then the registry's Docker-Content-Digest is all there is).
 */
function bodyMatchesDigest(body, digest) {
    const [algorithm = '', encoded] = digest.split(':');
    const hash = NODE_HASHES[algorithm];
    if (!hash)
        return undefined;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(hash).update(body).digest('hex') === encoded;
}


/***/ }),

/***/ 5448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  unverifiableReason: () => (/* binding */ unverifiableReason),
  verifyEvent: () => (/* binding */ verifyEvent)
});

// EXTERNAL MODULE: ./src/event/grammar.ts
var grammar = __webpack_require__(3157);
// EXTERNAL MODULE: ./src/action/registry/manifest.ts
var manifest = __webpack_require__(4679);
// EXTERNAL MODULE: ./src/action/registry/client.ts + 2 modules
var registry_client = __webpack_require__(176);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/event/json.ts
var json = __webpack_require__(2424);
;// CONCATENATED MODULE: ./src/action/registry/credentials.ts
// The credentials the job already has for one registry host, found as the
// Docker CLI finds them in config.json: a credential helper named for the host
// (credHelpers), else the default store (credsStore), else the file's own
// `auths` entry (`auth`: base64 of user:password; `identitytoken`: an OAuth2
// refresh token, what `az acr login` stores for ACR). No entry: anonymous.
// No @actions/core here: the caller masks what this returns.



class CredentialsError extends Error {
    name = 'CredentialsError';
}
/** The username Docker's credential helpers use to say "the secret is an identity token". */
const IDENTITY_TOKEN_USERNAME = '<token>';
/** A helper is run as docker-credential-<name>: the name must not be able to name another program or path. */
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** `https://host/v1/` or `host/path` → `host`, lower case: how the Docker CLI compares `auths` keys. */
function hostOfKey(key) {
    return key
        .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
        .replace(/\/.*$/, '')
        .toLowerCase();
}
/**
 * Where config.json says the credentials for `host` are. Pure: the config is
 * the parsed file. `configPath` only names the file in errors.
 */
function findCredentialSource(config, host, configPath) {
    const wanted = host.toLowerCase();
    const helpers = (0,json/* ownField */.hQ)(config, 'credHelpers');
    if ((0,json/* isJsonObject */.OW)(helpers)) {
        const key = Object.keys(helpers).find(name => hostOfKey(name) === wanted);
        const helper = key === undefined ? undefined : helpers[key];
        if (key !== undefined)
            return { kind: 'helper', helper: helperName(helper, `credHelpers["${key}"]`, configPath), from: 'credHelpers' };
    }
    const store = (0,json/* ownField */.hQ)(config, 'credsStore');
    if (store !== undefined && store !== '')
        return { kind: 'helper', helper: helperName(store, 'credsStore', configPath), from: 'credsStore' };
    const auths = (0,json/* ownField */.hQ)(config, 'auths');
    if (!(0,json/* isJsonObject */.OW)(auths))
        return { kind: 'none' };
    // An exact key first, then any key naming the same host (https://host, host/v2/), as the Docker CLI does.
    const key = Object.hasOwn(auths, host) ? host : Object.keys(auths).find(name => hostOfKey(name) === wanted);
    if (key === undefined)
        return { kind: 'none' };
    const credentials = credentialsFromEntry(auths[key], `auths["${key}"]`, configPath);
    return credentials ? { kind: 'entry', key, credentials } : { kind: 'none' };
}
function helperName(value, where, configPath) {
    if (typeof value !== 'string' || !HELPER_NAME.test(value)) {
        throw new CredentialsError(`${configPath}: ${where} must name a credential helper (letters, digits, ".", "_", "-")`);
    }
    return value;
}
/** An `auths` entry's credentials; undefined for an entry that holds none (an empty `{}`, as `docker logout` can leave). */
function credentialsFromEntry(entry, where, configPath) {
    if (!(0,json/* isJsonObject */.OW)(entry))
        throw new CredentialsError(`${configPath}: ${where} is not a JSON object`);
    const identityToken = (0,json/* ownField */.hQ)(entry, 'identitytoken');
    if (typeof identityToken === 'string' && identityToken !== '')
        return { kind: 'identity-token', token: identityToken };
    const auth = (0,json/* ownField */.hQ)(entry, 'auth');
    if (auth === undefined || auth === '')
        return undefined;
    if (typeof auth !== 'string')
        throw new CredentialsError(`${configPath}: ${where}.auth is not a string`);
    // Never the value in an error: it is a password.
    const decoded = Buffer.from(auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(auth) || colon < 1) {
        throw new CredentialsError(`${configPath}: ${where}.auth is not base64 of "username:password"`);
    }
    return { kind: 'basic', username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
/** config.json as the Docker CLI reads it; a missing file is an empty config (anonymous access). */
function readDockerConfig(configPath) {
    if (!(0,external_node_fs_.existsSync)(configPath))
        return {};
    const text = (0,external_node_fs_.readFileSync)(configPath, 'utf8');
    // The Docker CLI reads an empty or blank file as an empty config, and so does this.
    if (text.trim() === '')
        return {};
    let config;
    try {
        config = JSON.parse(text);
    }
    catch (error) {
        // By position only: the file holds credentials.
        throw new CredentialsError(`${configPath} is not valid JSON${(0,json/* describeJsonErrorPosition */.pD)(error, text)}`);
    }
    if (!(0,json/* isJsonObject */.OW)(config))
        throw new CredentialsError(`${configPath} does not hold a JSON object`);
    return config;
}
/**
 * Runs `docker-credential-<helper> get` with the host on stdin, as the Docker
 * CLI does. "credentials not found" is anonymous access, not an error.
 */
function runCredentialHelper(helper, host, options = {}) {
    const program = `docker-credential-${helper}`;
    const result = (0,external_node_child_process_.spawnSync)(program, ['get'], {
        input: host,
        encoding: 'utf8',
        env: options.env ?? process.env,
        timeout: options.timeoutMs ?? 15_000,
        stdio: ['pipe', 'pipe', 'pipe']
    });
    if (result.error) {
        const code = result.error.code;
        throw new CredentialsError(code === 'ENOENT'
            ? `The Docker config names the credential helper "${helper}" for ${host}, but ${program} is not on PATH: install it on the runner, or log in with a step that writes auths (docker/login-action)`
            : `${program} get for ${host} failed (${code ?? result.error.message})`);
    }
    // The helpers' protocol: exit 1 with this message when the store has nothing for the host.
    if (result.status !== 0 && /credentials not found/i.test(`${result.stdout}${result.stderr}`))
        return { kind: 'anonymous' };
    if (result.status !== 0) {
        // Its output is not printed: a helper that fails half-way may have written a secret.
        throw new CredentialsError(`${program} get for ${host} exited with status ${result.status}; run it by hand on the runner to see why`);
    }
    let answer;
    try {
        answer = JSON.parse(result.stdout);
    }
    catch {
        throw new CredentialsError(`${program} get for ${host} did not print JSON`);
    }
    const username = (0,json/* isJsonObject */.OW)(answer) ? (0,json/* ownField */.hQ)(answer, 'Username') : undefined;
    const secret = (0,json/* isJsonObject */.OW)(answer) ? (0,json/* ownField */.hQ)(answer, 'Secret') : undefined;
    if (typeof secret !== 'string' || secret === '')
        return { kind: 'anonymous' };
    if (username === IDENTITY_TOKEN_USERNAME)
        return { kind: 'identity-token', token: secret };
    return { kind: 'basic', username: typeof username === 'string' ? username : '', password: secret };
}
/** The secrets in a set of credentials, for the runner to mask. */
function secretsOf(credentials) {
    switch (credentials.kind) {
        case 'anonymous':
            return [];
        case 'basic':
            return [credentials.password, Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')].filter(s => s !== '');
        case 'identity-token':
            return [credentials.token];
    }
}

;// CONCATENATED MODULE: ./src/action/verify.ts




/** Why an event cannot be checked against a registry at all, before any request; undefined when it can. */
function unverifiableReason(event, mode) {
    const asked = `verify: ${mode}`;
    if (event.action === 'ping')
        return `a ping names no manifest, so ${asked} cannot check it`;
    if (event.registry === undefined) {
        const why = event.connectedRegistry
            ? `it comes from the connected registry ${event.connectedRegistry}, whose events name no host`
            : 'chart events and events from connected registries name none';
        return `the ${event.action} event carries no registry host (${why}), so ${asked} cannot check it against a registry`;
    }
    if (event.repository === undefined || event.digest === undefined) {
        return `the ${event.action} event names no manifest digest (a whole repository deleted), so ${asked} cannot check it`;
    }
    if (mode === 'tag' && event.tag === undefined && event.action !== 'delete') {
        return `the ${event.action} event has no tag (a push by digest), so verify: tag cannot check that a tag still points at it; use verify: digest for such events`;
    }
    return undefined;
}
/**
 * Checks the event against its registry. A verification that fails is an
 * answer (verified: false, with the reason); a registry that cannot answer
 * (unreachable, credentials refused, an unexpected status) throws a
 * RegistryError: never a silent pass.
 */
async function verifyEvent(event, options) {
    const unverifiable = unverifiableReason(event, options.mode);
    if (unverifiable)
        return { verified: false, reason: unverifiable };
    const host = event.registry;
    const repository = event.repository;
    const digest = event.digest;
    // Checked here again, whatever the filters did: the host comes from the payload, and only a listed one is ever called.
    if (options.registries.patterns.every(p => p.startsWith('!')) || !options.registries.matches(host)) {
        return { verified: false, reason: `registry "${host}" is not in registries ${options.registries.toString()}, so it was not asked` };
    }
    const client = new registry_client/* RegistryClient */.bP(host, credentialsFor(host, options), {
        // Token services and redirects too: the registry's answers must not send the runner, or its credentials, elsewhere.
        allowsHost: other => options.registries.matches(other),
        timeoutMs: options.timeoutMs,
        onSecret: options.onSecret
    });
    const pinned = `${host}/${repository}@${digest}`;
    try {
        if (event.action === 'delete') {
            // A delete is true while the manifest stays gone. One that is there may have been pushed again, or the delete may never have
            // happened there (a forged or misrouted event): the registry cannot tell which, so neither is asserted.
            const response = await client.manifest('HEAD', repository, digest);
            if (response.status === 200) {
                return {
                    verified: false,
                    reason: `stale: the registry still has ${pinned}, which this delete event says is gone (pushed again since, or never deleted there)`
                };
            }
            if (options.attestation)
                return { verified: false, reason: `a delete leaves no image whose attestation could be checked` };
            if (options.notation)
                return { verified: false, reason: `a delete leaves no image whose Notation signature could be checked` };
            return { verified: true, artifact: event.artifact, platforms: [], summary: `${pinned} is gone from the registry, as the delete says` };
        }
        const response = await client.manifest('GET', repository, digest);
        if (response.status === 404) {
            return { verified: false, reason: `the registry has no manifest ${pinned} (deleted since, or never pushed there)` };
        }
        checkBody(response, host, digest, pinned);
        const facts = (0,manifest/* describeManifest */.F)(response.body.toString('utf8'), headerValue(response, 'content-type'), event, `manifest ${pinned}`);
        let summary = `${pinned} exists`;
        if (options.mode === 'tag') {
            const tagged = await client.manifest('HEAD', repository, event.tag);
            const image = `${host}/${repository}:${event.tag}`;
            if (tagged.status === 404)
                return { verified: false, reason: `stale: tag ${event.tag} no longer exists in ${host}/${repository}` };
            const current = digestHeader(tagged, host, image);
            if (current !== digest)
                return { verified: false, reason: `stale: tag ${event.tag} now points to ${current}` };
            summary += `, and ${image} still points to it`;
        }
        // Notation: a lazy chunk, loaded only with its inputs. The target is the manifest as the registry serves it.
        let notation;
        if (options.notation) {
            const { checkNotation } = await __webpack_require__.e(/* import() */ 631).then(__webpack_require__.bind(__webpack_require__, 8631));
            const mediaType = (headerValue(response, 'content-type') ?? '').split(';')[0].trim();
            const target = { mediaType, digest, size: response.body.length };
            notation = await checkNotation(client, repository, digest, target, options.notation, new Date());
            if (!notation.check.verified)
                return { verified: false, reason: notation.check.reason, logged: notation.logged };
            summary += notation.check.skipped ? `; ${notation.check.summary}` : `; Notation: ${notation.check.summary}`;
        }
        if (!options.attestation)
            return { verified: true, artifact: facts.artifact, platforms: facts.platforms, summary, notation };
        const { checkAttestation } = await Promise.all(/* import() */[__webpack_require__.e(441), __webpack_require__.e(813)]).then(__webpack_require__.bind(__webpack_require__, 813));
        const attestation = await checkAttestation(digest, options.attestation, {
            artifact: facts.artifact,
            registry: { client, repository },
            github: options.github,
            trust: options.trust
        });
        if (!attestation.verified)
            return { verified: false, reason: attestation.reason, logged: notation?.logged };
        return {
            verified: true,
            artifact: facts.artifact,
            platforms: facts.platforms,
            summary: `${summary}; attested: ${attestation.summary}`,
            attestation,
            notation
        };
    }
    finally {
        client.close();
    }
}
/** The credentials config.json holds for the host, each secret handed to onSecret before use. */
function credentialsFor(host, options) {
    const source = findCredentialSource(readDockerConfig(options.dockerConfigPath), host, options.dockerConfigPath);
    const credentials = source.kind === 'entry'
        ? source.credentials
        : source.kind === 'helper'
            ? runCredentialHelper(source.helper, host, { env: options.env, timeoutMs: options.timeoutMs })
            : { kind: 'anonymous' };
    for (const secret of secretsOf(credentials))
        options.onSecret(secret);
    return credentials;
}
/** A body that does not hash to the digest asked for is not that manifest: a broken or lying registry. */
function checkBody(response, host, digest, pinned) {
    if ((0,manifest/* bodyMatchesDigest */.a)(response.body, digest) === false) {
        throw new registry_client/* RegistryError */.gl(host, `The registry answered for ${pinned} with a manifest whose content does not hash to that digest; it cannot be trusted to verify`);
    }
}
function digestHeader(response, host, image) {
    const value = headerValue(response, 'docker-content-digest');
    if (value === undefined || !grammar/* digestRule */.ZT.test(value)) {
        throw new registry_client/* RegistryError */.gl(host, `The registry ${host} answered for ${image} without a valid Docker-Content-Digest header, so where the tag points cannot be checked`);
    }
    return value;
}
function headerValue(response, name) {
    const value = response.headers[name];
    return Array.isArray(value) ? value[0] : value;
}


/***/ })

};
