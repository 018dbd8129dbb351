export const id = 168;
export const ids = [168];
export const modules = {

/***/ 1659:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

// Copyright (C) 2017 Dmitry Chestnykh
// MIT License. See LICENSE file for details.
__webpack_unused_export__ = ({ value: true });
exports.mF = exports.l5 = void 0;
// Based on snappy-go: https://github.com/golang/snappy
// Copyright 2011 The Snappy-Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.
// https://github.com/golang/snappy/blob/master/LICENSE
const TAG_LITERAL = 0x00;
const TAG_COPY1 = 0x01;
const TAG_COPY2 = 0x02;
const TAG_COPY4 = 0x03;
const CORRUPT = "snappy: corrupt block";
const TOOLARGE = "snappy: decoded block is too large";
// Maximum number of bytes that can be compressed at once.
// See maxCompressedLength() in compress.ts for details.
const MAX_INPUT_SIZE = 1840700241;
/**
 * Reads decompressed length from src and returns it.
 *
 * Throws an error if the length is too large or the input is corrupted.
 */
function decompressedLength(src) {
    let origLen = 0;
    let shift = 0;
    let s = 0;
    for (; s < src.length; s++) {
        let b = src[s];
        if (b < 0x80) {
            if (s > 5 || (s === 5 && b > 1)) {
                throw new Error(TOOLARGE);
            }
            origLen |= (b << shift) >>> 0;
            s++;
            break;
        }
        origLen |= (b & 0x7f) << shift;
        shift += 7;
    }
    if (s === 0 || origLen > MAX_INPUT_SIZE) {
        throw new Error(CORRUPT);
    }
    return origLen;
}
exports.l5 = decompressedLength;
/**
 * Decompresses src into dst and returns a subarray into dst containing
 * decompressed data.
 *
 * The length of decompress data is read from src. If dst is smaller than it,
 * the new appropriately sized dst is allocated and returned.
 *
 * Throws an error if input is corrupted.
 *
 * This is a bare block compression without any framing.
 */
function decompress(src, dst) {
    const slen = src.length;
    // Read length.
    let origLen = 0;
    let shift = 0;
    let s = 0;
    for (; s < slen; s++) {
        let b = src[s];
        if (b < 0x80) {
            if (s > 5 || (s === 5 && b > 1)) {
                throw new Error(TOOLARGE);
            }
            origLen |= (b << shift) >>> 0;
            s++;
            break;
        }
        origLen |= (b & 0x7f) << shift;
        shift += 7;
    }
    if (s === 0 || origLen > MAX_INPUT_SIZE) {
        throw new Error(CORRUPT);
    }
    if (!dst || dst.length < origLen) {
        dst = new Uint8Array(origLen);
    }
    const dlen = dst.length;
    let d = 0;
    let offset = 0;
    while (s < slen) {
        const op = src[s];
        let length = op >>> 2;
        switch (op & 0x03) {
            case TAG_LITERAL: {
                if (length < 60) {
                    s += 1;
                }
                else if (length === 60) {
                    s += 2;
                    if (s > slen) {
                        throw new Error(CORRUPT);
                    }
                    length = src[s - 1];
                }
                else if (length === 61) {
                    s += 3;
                    if (s > slen) {
                        throw new Error(CORRUPT);
                    }
                    length = src[s - 2] | (src[s - 1] << 8);
                }
                else if (length === 62) {
                    s += 4;
                    if (s > slen) {
                        throw new Error(CORRUPT);
                    }
                    length = src[s - 3] | (src[s - 2] << 8) | (src[s - 1] << 16);
                }
                else if (length === 63) {
                    s += 5;
                    if (s > slen) {
                        throw new Error(CORRUPT);
                    }
                    length = src[s - 4] | (src[s - 3] << 8) | (src[s - 2] << 16) | (src[s - 1] << 24);
                }
                length += 1;
                if (length <= 0) {
                    throw new Error("snappy: unsupported literal length");
                }
                if (length > dlen - d || length > slen - s) {
                    throw new Error(CORRUPT);
                }
                for (let j = 0; j < length; j++) {
                    dst[d + j] = src[s + j];
                }
                d += length;
                s += length;
                continue;
            }
            case TAG_COPY1: { // tslint:disable-line
                s += 2;
                if (s > slen) {
                    throw new Error(CORRUPT);
                }
                length = 4 + (length & 0x7);
                offset = ((src[s - 2] & 0xe0) << 3) | (src[s - 1]);
                break;
            }
            case TAG_COPY2: { // tslint:disable-line
                s += 3;
                if (s > slen) {
                    throw new Error(CORRUPT);
                }
                length = 1 + length;
                offset = (src[s - 2]) | ((src[s - 1]) << 8);
                break;
            }
            case TAG_COPY4: { // tslint:disable-line
                s += 5;
                if (s > slen) {
                    throw new Error(CORRUPT);
                }
                length = 1 + length;
                offset = (src[s - 4]) | (src[s - 3] << 8)
                    | (src[s - 2] << 16) | (src[s - 1] << 24);
                break;
            }
        }
        if (offset <= 0 || d < offset || length > dlen - d) {
            throw new Error(CORRUPT);
        }
        for (let end = d + length; d !== end; d++) {
            dst[d] = dst[d - offset];
        }
    }
    if (d !== origLen) {
        throw new Error(CORRUPT);
    }
    return dst.subarray(0, d);
}
exports.mF = decompress;
//# sourceMappingURL=decompress.js.map

/***/ }),

/***/ 9168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeLookup: () => (/* binding */ describeLookup),
  walkAttestations: () => (/* binding */ walkAttestations)
});

// UNUSED EXPORTS: DEFAULT_GITHUB_API_URL, GithubApiError, MAX_ATTESTATION_PAGES, apiBase

// EXTERNAL MODULE: ./src/action/http/transport.ts
var transport = __webpack_require__(9178);
// EXTERNAL MODULE: ./node_modules/@stablelib/snappy/lib/decompress.js
var decompress = __webpack_require__(1659);
// EXTERNAL MODULE: ./src/action/trust/sources/referrers.ts
var referrers = __webpack_require__(9990);
;// CONCATENATED MODULE: ./src/action/trust/sources/bundle-url.ts
// An attestation whose bundle GitHub's API does not hold inline: `"bundle":
// null` beside a `bundle_url`, a pre-signed, time-limited address in GitHub's
// blob storage, on another host than the API's. The bundle there is the same
// Sigstore bundle, snappy-compressed (block format, Content-Type
// application/x-snappy), or plain JSON. The address was written by GitHub, in
// an answer read over TLS with the token, not by the event's sender; it is
// pre-signed, so nothing is sent with it: no token, no Authorization, no
// cookie. Everything read is capped before it is kept: the answer by what a
// snappy block of MAX_SIGNATURE_BYTES can take, the decompressed bundle by
// MAX_SIGNATURE_BYTES, read from the block's header before any byte is
// allocated for it.



/** The most a snappy block of MAX_SIGNATURE_BYTES can take (snappy's MaxEncodedLen: 32 + n + n/6): a longer answer is cut off, unread. */
const MAX_COMPRESSED_BUNDLE_BYTES = 32 + referrers/* MAX_SIGNATURE_BYTES */.my + Math.floor(referrers/* MAX_SIGNATURE_BYTES */.my / 6);
const MAX_BUNDLE_URL_REDIRECTS = 3;
/** Fetches and decodes the bundle at `address`, with no credential of any kind. */
async function fetchBundleUrl(address, options) {
    let url;
    try {
        url = new URL(address);
    }
    catch {
        return { refusal: 'an attestation from GitHub has a bundle_url that is not a URL' };
    }
    const where = `the bundle of an attestation from GitHub at ${url.host}`;
    if (!(0,transport/* isSecureHop */.tp)(url, options.apiHost)) {
        return { refusal: `${where} is not at an https address (${url.protocol}): it was not fetched` };
    }
    let answer;
    try {
        answer = await (0,transport/* sendFollowingRedirects */.fo)(url, 
        // No Authorization, nor any other credential: the address is pre-signed.
        {
            method: 'GET',
            headers: { accept: 'application/x-snappy, application/json' },
            maxBytes: MAX_COMPRESSED_BUNDLE_BYTES,
            timeoutMs: options.timeoutMs
        }, 
        // Any host, as blob storage redirects where it keeps the blob; each hop over https (transport.ts checks it before connecting).
        { maxRedirects: MAX_BUNDLE_URL_REDIRECTS, allows: () => true });
    }
    catch (error) {
        if (error instanceof transport/* RedirectRefused */.Jh) {
            return { refusal: `${where} redirected elsewhere (${error.refusal.kind}): not followed` };
        }
        if (error instanceof transport/* TransportError */.wX) {
            const failure = error.failure;
            if (failure.kind === 'too-large') {
                return { refusal: `${where} is larger than ${failure.maxBytes} bytes: not read` };
            }
            const why = failure.timedOut ? `no answer within ${options.timeoutMs / 1000}s` : (failure.code ?? failure.message);
            return {
                unavailable: `Cannot fetch the bundle of an attestation from GitHub at ${url.host} (${why}): check that the runner reaches ${url.host}; nothing was assumed verified`
            };
        }
        throw error;
    }
    if (answer.status !== 200) {
        return {
            unavailable: `GitHub's storage at ${url.host} answered HTTP ${answer.status} for the bundle of an attestation (its address is valid for a short time: run the job again); nothing was assumed verified`
        };
    }
    return decodeBundle(answer.body, (0,transport/* headerText */.TK)(answer.headers['content-type']), where);
}
/**
 * The bundle's JSON from what the storage answered: snappy's block format
 * when it says application/x-snappy, or when the answer is not JSON text;
 * JSON as it is otherwise. Both capped at MAX_SIGNATURE_BYTES.
 */
function decodeBundle(body, contentType, where) {
    const mediaType = contentType.split(';')[0].trim().toLowerCase();
    const looksLikeJson = /^\s*\{/.test(body.subarray(0, 64).toString('latin1'));
    let text;
    if (mediaType === 'application/x-snappy' || !looksLikeJson) {
        let length;
        try {
            length = (0,decompress/* decompressedLength */.l5)(body);
        }
        catch (error) {
            return { refusal: `${where} is neither JSON nor snappy-compressed (${error.message})` };
        }
        // Before any byte is allocated for it: the header says how large the bundle will be.
        if (length > referrers/* MAX_SIGNATURE_BYTES */.my) {
            return { refusal: `${where} would decompress to ${length} bytes, more than the ${referrers/* MAX_SIGNATURE_BYTES */.my} this action reads: not decompressed` };
        }
        try {
            const decoded = (0,decompress/* decompress */.mF)(body);
            text = Buffer.from(decoded.buffer, decoded.byteOffset, decoded.length);
        }
        catch (error) {
            return { refusal: `${where} is not a valid snappy block (${error.message})` };
        }
    }
    else {
        if (body.length > referrers/* MAX_SIGNATURE_BYTES */.my) {
            return { refusal: `${where} is ${body.length} bytes, more than the ${referrers/* MAX_SIGNATURE_BYTES */.my} this action reads: not read` };
        }
        text = body;
    }
    try {
        return { json: JSON.parse(text.toString('utf8')) };
    }
    catch {
        return { refusal: `${where} is not JSON once decoded` };
    }
}

;// CONCATENATED MODULE: ./src/action/trust/sources/github-api.ts




const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
/** Pages of attestations followed; each holds up to MAX_SIGNATURES bundles. */
const MAX_ATTESTATION_PAGES = 4;
/** A page holds at most MAX_SIGNATURES bundles of at most MAX_SIGNATURE_BYTES each, and its JSON around them. */
const MAX_PAGE_BYTES = referrers/* MAX_SIGNATURES */.d4 * referrers/* MAX_SIGNATURE_BYTES */.my + 64 * 1024;
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
    if (!(0,transport/* isSecureHop */.tp)(base, base.host)) {
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
        let next = `${first.pathname}?per_page=${referrers/* MAX_SIGNATURES */.d4}`;
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
                if (found >= referrers/* MAX_SIGNATURES */.d4) {
                    notes.push(`${attestations.length - index} more attestations from GitHub were not read (at most ${referrers/* MAX_SIGNATURES */.d4} are)`);
                    return;
                }
                found++;
                yield await bundleOf(attestation, base.host, api.timeoutMs ?? DEFAULT_TIMEOUT_MS);
            }
            next = (0,referrers/* nextPage */.Zj)(answer.headers.link, base.host, first.pathname);
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
        return await (0,transport/* sendFollowingRedirects */.fo)(url, { method: 'GET', headers, maxBytes: MAX_PAGE_BYTES, timeoutMs: api.timeoutMs ?? DEFAULT_TIMEOUT_MS }, 
        // Within the API's host only: the token is GitHub's, and is never sent elsewhere.
        { maxRedirects: 3, allows: host => host === base.host });
    }
    catch (error) {
        if (error instanceof transport/* RedirectRefused */.Jh) {
            throw new GithubApiError(`GitHub's API at ${base.host} redirected ${error.from.pathname} elsewhere (${error.refusal.kind}); it was not followed, and the token was not sent there`);
        }
        if (error instanceof transport/* TransportError */.wX) {
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
        if (typeof bundleUrl === 'string' && bundleUrl !== '')
            return fetchBundleUrl(bundleUrl, { apiHost, timeoutMs });
        return { refusal: 'an attestation from GitHub holds no bundle, and no bundle_url' };
    }
    const bytes = Buffer.byteLength(JSON.stringify(bundle));
    if (bytes > referrers/* MAX_SIGNATURE_BYTES */.my) {
        return { refusal: `an attestation from GitHub of ${bytes} bytes was not read: more than the ${referrers/* MAX_SIGNATURE_BYTES */.my} this action reads` };
    }
    return { json: bundle };
}


/***/ })

};
