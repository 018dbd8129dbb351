export const id = 760;
export const ids = [760];
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

/***/ 9760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchBundleUrl: () => (/* binding */ fetchBundleUrl)
/* harmony export */ });
/* unused harmony exports MAX_COMPRESSED_BUNDLE_BYTES, MAX_BUNDLE_URL_REDIRECTS, decodeBundle */
/* harmony import */ var _stablelib_snappy_lib_decompress_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1659);
/* harmony import */ var _http_transport_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9178);
/* harmony import */ var _referrers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9990);
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
const MAX_COMPRESSED_BUNDLE_BYTES = 32 + _referrers_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_SIGNATURE_BYTES */ .my + Math.floor(_referrers_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_SIGNATURE_BYTES */ .my / 6);
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
    if (!(0,_http_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecureHop */ .tp)(url, options.apiHost)) {
        return { refusal: `${where} is not at an https address (${url.protocol}): it was not fetched` };
    }
    let answer;
    try {
        answer = await (0,_http_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .sendFollowingRedirects */ .fo)(url, 
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
        if (error instanceof _http_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .RedirectRefused */ .Jh) {
            return { refusal: `${where} redirected elsewhere (${error.refusal.kind}): not followed` };
        }
        if (error instanceof _http_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .TransportError */ .wX) {
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
    return decodeBundle(answer.body, (0,_http_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .headerText */ .TK)(answer.headers['content-type']), where);
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
            length = (0,_stablelib_snappy_lib_decompress_js__WEBPACK_IMPORTED_MODULE_0__/* .decompressedLength */ .l5)(body);
        }
        catch (error) {
            return { refusal: `${where} is neither JSON nor snappy-compressed (${error.message})` };
        }
        // Before any byte is allocated for it: the header says how large the bundle will be.
        if (length > _referrers_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_SIGNATURE_BYTES */ .my) {
            return { refusal: `${where} would decompress to ${length} bytes, more than the ${_referrers_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_SIGNATURE_BYTES */ .my} this action reads: not decompressed` };
        }
        try {
            const decoded = (0,_stablelib_snappy_lib_decompress_js__WEBPACK_IMPORTED_MODULE_0__/* .decompress */ .mF)(body);
            text = Buffer.from(decoded.buffer, decoded.byteOffset, decoded.length);
        }
        catch (error) {
            return { refusal: `${where} is not a valid snappy block (${error.message})` };
        }
    }
    else {
        if (body.length > _referrers_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_SIGNATURE_BYTES */ .my) {
            return { refusal: `${where} is ${body.length} bytes, more than the ${_referrers_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_SIGNATURE_BYTES */ .my} this action reads: not read` };
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


/***/ })

};
