export const id = 414;
export const ids = [414];
export const modules = {

/***/ 7414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeLookup: () => (/* binding */ describeLookup),
/* harmony export */   walkAttestations: () => (/* binding */ walkAttestations)
/* harmony export */ });
/* unused harmony exports MAX_ATTESTATION_PAGES, GithubApiError, apiBase */
/* harmony import */ var _http_transport_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9178);
/* harmony import */ var _referrers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9990);



/** Pages of attestations followed; each holds up to MAX_SIGNATURES bundles. */
const MAX_ATTESTATION_PAGES = 4;
/** A page holds at most MAX_SIGNATURES bundles of at most MAX_SIGNATURE_BYTES each, and its JSON around them. */
const MAX_PAGE_BYTES = _referrers_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SIGNATURES */ .d4 * _referrers_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SIGNATURE_BYTES */ .my + 64 * 1024;
const DEFAULT_TIMEOUT_MS = 15_000;
/** A failure that fails the step: GitHub could not say which attestations it holds. */
class GithubApiError extends Error {
    tokenRefused;
    name = 'GithubApiError';
    constructor(message, 
    /** The token was refused (401, 403 without a rate limit): the job lacks the permission, rather than GitHub an answer. */
    tokenRefused = false) {
        super(message);
        this.tokenRefused = tokenRefused;
    }
}
/** The API's base URL, checked: https, or http on a loopback host; refused otherwise, naming GITHUB_API_URL. */
function apiBase(url) {
    let base;
    try {
        base = new URL(url.replace(/\/+$/, '') + '/');
    }
    catch {
        throw new GithubApiError(`GITHUB_API_URL is not a URL (${JSON.stringify(url)}); the attestations API cannot be asked`);
    }
    if (!(0,_http_transport_js__WEBPACK_IMPORTED_MODULE_0__/* .isSecureHop */ .tp)(base, base.host)) {
        throw new GithubApiError(`GITHUB_API_URL ${base.origin} is not https: the token is sent over https only (plain http only to localhost, 127.0.0.1 or [::1]); no request was made`);
    }
    return base;
}
/** Where the lookup asks, for reasons: "GitHub's attestations of octo-org/web". */
function describeLookup(lookup) {
    return lookup.kind === 'repository' ? `GitHub's attestations of ${lookup.name}` : `GitHub's attestations of the organization ${lookup.name}`;
}
/**
 * The bundles GitHub holds for `digest`, one at a time, up to MAX_SIGNATURES
 * across MAX_ATTESTATION_PAGES pages; what the caps hide is said in
 * `walk().notes`. A 404 is "none"; a token GitHub refuses, a rate limit or
 * an answer that is not the API's fails the step (GithubApiError).
 */
function walkAttestations(api, lookup, digest, 
/**
 * attestation-source: any. A token GitHub refuses (a job without
 * attestations: read, which steps written for the registry alone do not
 * have) is said in the notes instead of failing the step: the registry was
 * asked, and nothing passes unverified either way.
 */
options = {}) {
    const notes = [];
    let found = 0;
    async function* bundles() {
        const base = apiBase(api.url);
        if (!digest.startsWith('sha256:')) {
            notes.push(`GitHub's attestations API was not asked: it looks attestations up by sha256 digest, and ${digest} is not one`);
            return;
        }
        const scope = lookup.kind === 'repository' ? `repos/${lookup.name}` : `orgs/${lookup.name}`;
        const first = new URL(`${scope}/attestations/${digest}`, base);
        let next = `${first.pathname}?per_page=${_referrers_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SIGNATURES */ .d4}`;
        for (let page = 0; next !== undefined; page++) {
            if (page === MAX_ATTESTATION_PAGES) {
                notes.push(`GitHub holds more attestations than the ${MAX_ATTESTATION_PAGES} pages read`);
                return;
            }
            const answer = await get(api, base, new URL(next, base));
            if (answer.status === 404)
                return;
            try {
                checkStatus(answer, lookup);
            }
            catch (error) {
                if (!(options.tolerateRefusedToken && error instanceof GithubApiError && error.tokenRefused))
                    throw error;
                notes.push(error.message.replace(/; nothing was assumed verified$/, ''));
                return;
            }
            const attestations = readPage(answer.body, base);
            for (const [index, attestation] of attestations.entries()) {
                if (found >= _referrers_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SIGNATURES */ .d4) {
                    notes.push(`${attestations.length - index} more attestations from GitHub were not read (at most ${_referrers_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SIGNATURES */ .d4} are)`);
                    return;
                }
                found++;
                yield await bundleOf(attestation, base.host, api.timeoutMs ?? DEFAULT_TIMEOUT_MS);
            }
            next = (0,_referrers_js__WEBPACK_IMPORTED_MODULE_1__/* .nextPage */ .Zj)(answer.headers.link, base.host, first.pathname);
        }
    }
    return { walk: () => ({ found, notes }), bundles: bundles() };
}
async function get(api, base, url) {
    const headers = {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${api.token}`,
        'x-github-api-version': '2022-11-28'
    };
    try {
        return await (0,_http_transport_js__WEBPACK_IMPORTED_MODULE_0__/* .sendFollowingRedirects */ .fo)(url, { method: 'GET', headers, maxBytes: MAX_PAGE_BYTES, timeoutMs: api.timeoutMs ?? DEFAULT_TIMEOUT_MS }, 
        // Within the API's host only: the token is GitHub's, and is never sent elsewhere.
        { maxRedirects: 3, allows: host => host === base.host });
    }
    catch (error) {
        if (error instanceof _http_transport_js__WEBPACK_IMPORTED_MODULE_0__/* .RedirectRefused */ .Jh) {
            throw new GithubApiError(`GitHub's API at ${base.host} redirected ${error.from.pathname} elsewhere (${error.refusal.kind}); it was not followed, and the token was not sent there`);
        }
        if (error instanceof _http_transport_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .wX) {
            const failure = error.failure;
            const why = failure.kind === 'too-large'
                ? `a page of attestations larger than ${failure.maxBytes} bytes`
                : failure.timedOut
                    ? `no answer within ${(api.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000}s`
                    : (failure.code ?? failure.message);
            throw new GithubApiError(`Cannot read GitHub's attestations API at ${base.host} (${why}): check that the runner reaches ${base.host}; nothing was assumed verified`);
        }
        throw error;
    }
}
function checkStatus(answer, lookup) {
    if (answer.status === 200)
        return;
    const where = lookup.kind === 'repository' ? `the repository ${lookup.name}` : `the organization ${lookup.name}`;
    const header = (name) => {
        const value = answer.headers[name];
        return Array.isArray(value) ? value[0] : value;
    };
    if (answer.status === 429 || (answer.status === 403 && (header('x-ratelimit-remaining') === '0' || header('retry-after') !== undefined))) {
        throw new GithubApiError(`GitHub's API rate-limited the attestations lookup of ${where} (HTTP ${answer.status}); run the job again later, or give github-token a token with a larger limit; nothing was assumed verified`);
    }
    if (answer.status === 401 || answer.status === 403) {
        throw new GithubApiError(`GitHub's API refused github-token for the attestations of ${where} (HTTP ${answer.status}): the job needs "permissions: attestations: read" (and contents: read for a private repository), and another repository's attestations need a token that can read them; nothing was assumed verified`, true);
    }
    throw new GithubApiError(`GitHub's API answered HTTP ${answer.status} for the attestations of ${where}; nothing was assumed verified`);
}
function readPage(body, base) {
    let page;
    try {
        page = JSON.parse(body.toString('utf8'));
    }
    catch {
        page = undefined;
    }
    const attestations = page?.attestations;
    if (typeof page !== 'object' || page === null || !Array.isArray(attestations)) {
        throw new GithubApiError(`GitHub's API at ${base.host} answered with something other than a list of attestations; nothing was assumed verified`);
    }
    return attestations;
}
/** The attestation's bundle: inline, or fetched from its bundle_url when the API holds none inline. */
async function bundleOf(attestation, apiHost, timeoutMs) {
    const { bundle, bundle_url: bundleUrl } = (typeof attestation === 'object' && attestation !== null ? attestation : {});
    if (typeof bundle !== 'object' || bundle === null) {
        if (typeof bundleUrl === 'string' && bundleUrl !== '') {
            const { fetchBundleUrl } = await __webpack_require__.e(/* import() */ 760).then(__webpack_require__.bind(__webpack_require__, 9760));
            return fetchBundleUrl(bundleUrl, { apiHost, timeoutMs });
        }
        return { refusal: 'an attestation from GitHub holds no bundle, and no bundle_url' };
    }
    const bytes = Buffer.byteLength(JSON.stringify(bundle));
    if (bytes > _referrers_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SIGNATURE_BYTES */ .my) {
        return { refusal: `an attestation from GitHub of ${bytes} bytes was not read: more than the ${_referrers_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SIGNATURE_BYTES */ .my} this action reads` };
    }
    return { json: bundle };
}


/***/ })

};
