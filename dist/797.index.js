export const id = 797;
export const ids = [797];
export const modules = {

/***/ 2797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   decodeCose: () => (/* binding */ decodeCose)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var cborg__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6288);
/* harmony import */ var _envelope_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(943);
// The COSE envelope (signature-envelope-cose.md): a COSE_Sign1_Tagged message
// (CBOR tag 18), its protected header holding the signed attributes (times as
// tag 1 epoch values), the chain under label 33 (x5chain) and the timestamp
// countersignature in the unprotected header. cborg decodes it strictly
// (duplicate map keys refused, only tags 18 and 1 read); the signature is
// checked over RFC 9052's Sig_structure, built from the protected header's
// bytes as they were sent, with Node's crypto.



const LABEL = { algorithm: 1, critical: 2, contentType: 3, x5chain: 33 };
const ALGORITHMS = {
    [-37]: 'PS256',
    [-38]: 'PS384',
    [-39]: 'PS512',
    [-7]: 'ES256',
    [-35]: 'ES384',
    [-36]: 'ES512'
};
const HASHES = {
    PS256: 'sha256',
    PS384: 'sha384',
    PS512: 'sha512',
    ES256: 'sha256',
    ES384: 'sha384',
    ES512: 'sha512'
};
/** A tag 1 (epoch-based date/time) value, kept apart from a bare number. */
class EpochTime {
    seconds;
    constructor(seconds) {
        this.seconds = seconds;
    }
}
function cbor(bytes, what, tags) {
    try {
        return (0,cborg__WEBPACK_IMPORTED_MODULE_1__/* .decode */ .D4)(bytes, { useMaps: true, rejectDuplicateMapKeys: true, allowUndefined: false, tags });
    }
    catch (error) {
        throw new _envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`its ${what} is not valid CBOR (${error.message})`);
    }
}
function decodeCose(bytes) {
    const message = cbor(bytes, 'COSE envelope', { 18: decode => ({ sign1: decode() }) });
    const parts = message?.sign1;
    if (!Array.isArray(parts) || parts.length !== 4)
        throw new _envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs('its COSE envelope is not a COSE_Sign1_Tagged message (tag 18, four elements)');
    const [protectedBytes, unprotectedValue, payload, signature] = parts;
    if (!(protectedBytes instanceof Uint8Array) || !(unprotectedValue instanceof Map) || !(signature instanceof Uint8Array)) {
        throw new _envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs('its COSE_Sign1 message does not have a protected header, an unprotected header and a signature');
    }
    if (!(payload instanceof Uint8Array))
        throw new _envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs('its COSE_Sign1 message has no payload (a detached payload is not a Notation signature)');
    const unprotected = unprotectedValue;
    const header = protectedBytes.length === 0 ? new Map() : cbor(protectedBytes, 'COSE protected header', { 1: decode => new EpochTime(decode()) });
    if (!(header instanceof Map))
        throw new _envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs('its COSE protected header is not a map');
    const both = [...header.keys()].find(label => unprotected.has(label));
    if (both !== undefined)
        throw new _envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`its COSE header ${JSON.stringify(both)} is both protected and unprotected`);
    const chain = header.get(LABEL.x5chain) ?? unprotected.get(LABEL.x5chain);
    if (!Array.isArray(chain) || !chain.every(item => item instanceof Uint8Array)) {
        throw new _envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs('its COSE header has no x5chain (label 33) certificate chain, as an array of DER certificates');
    }
    const certificates = (0,_envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .parseChain */ .zz)(chain);
    const declared = header.get(LABEL.algorithm);
    const algorithm = (0,_envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .expectedAlgorithm */ .Kz)(certificates[0], typeof declared === 'number' ? (ALGORITHMS[declared] ?? `COSE algorithm ${declared}`) : String(declared));
    const toBeSigned = (0,cborg__WEBPACK_IMPORTED_MODULE_1__/* .encode */ .lF)(['Signature1', protectedBytes, new Uint8Array(0), payload]);
    const key = certificates[0].publicKey;
    const options = algorithm.startsWith('PS')
        ? { key, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PSS_PADDING, saltLength: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PSS_SALTLEN_DIGEST }
        : { key, dsaEncoding: 'ieee-p1363' };
    let valid = false;
    try {
        valid = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(HASHES[algorithm], toBeSigned, options, signature);
    }
    catch {
        valid = false;
    }
    if (!valid)
        throw new _envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs("its COSE signature does not verify with its signing certificate's key");
    const critical = header.get(LABEL.critical);
    if (critical !== undefined && (!Array.isArray(critical) || critical.length === 0))
        throw new _envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs('its COSE crit header is not a non-empty list');
    const timestamp = unprotected.get(_envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .HEADER */ .El.timestampSignature);
    if (timestamp !== undefined && !(timestamp instanceof Uint8Array))
        throw new _envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`its COSE ${_envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .HEADER */ .El.timestampSignature} is not a byte string`);
    return {
        format: 'COSE',
        algorithm,
        contentType: header.get(LABEL.contentType),
        signingScheme: header.get(_envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .HEADER */ .El.signingScheme),
        signingTime: epochTime(header, _envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .HEADER */ .El.signingTime),
        authenticSigningTime: epochTime(header, _envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .HEADER */ .El.authenticSigningTime),
        expiry: epochTime(header, _envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .HEADER */ .El.expiry),
        critical: (critical ?? []),
        present: new Set(header.keys()),
        certificates,
        signature: Buffer.from(signature),
        timestampToken: timestamp instanceof Uint8Array && timestamp.length > 0 ? Buffer.from(timestamp) : undefined,
        payload: Buffer.from(payload)
    };
}
/** A time header, which Notation writes as tag 1 (seconds since the epoch); undefined when absent. */
function epochTime(header, name) {
    const value = header.get(name);
    if (value === undefined)
        return undefined;
    if (!(value instanceof EpochTime) || typeof value.seconds !== 'number' || !Number.isFinite(value.seconds)) {
        throw new _envelope_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`its COSE ${name} is not a tag 1 epoch date/time`);
    }
    return new Date(value.seconds * 1000);
}


/***/ })

};
