export const id = 631;
export const ids = [631];
export const modules = {

/***/ 8631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkNotation: () => (/* binding */ checkNotation)
});

// UNUSED EXPORTS: NOTATION_SIGNATURE

// EXTERNAL MODULE: ./src/action/trust/sources/referrers.ts
var sources_referrers = __webpack_require__(9990);
// EXTERNAL MODULE: ./src/action/trust/notation/envelope/envelope.ts
var envelope_envelope = __webpack_require__(943);
// EXTERNAL MODULE: ./src/action/trust/notation/policy/trust-policy.ts
var trust_policy = __webpack_require__(4982);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/action/trust/notation/x509/certificate.ts
var certificate = __webpack_require__(2764);
// EXTERNAL MODULE: ./src/action/trust/notation/x509/der.ts
var der = __webpack_require__(3252);
;// CONCATENATED MODULE: ./src/action/trust/notation/policy/trust-store.ts
// The trust store: a folder laid out as Notation's (`x509/ca/NAME/`,
// `x509/signingAuthority/NAME/`, `x509/tsa/NAME/`), each named store holding
// certificates in .pem, .crt or .cer files, PEM or DER. As the specification
// says: symbolic links are refused, sub-folders ignored (with a warning), a
// certificate that is not a CA must be a self-signed signing certificate, and a
// `tsa` store holds self-signed roots only. Reads only the folder it is given.




/** The trust store cannot be read as the policy needs it: a configuration error, never a signature's fault. */
class TrustStoreError extends Error {
    name = 'TrustStoreError';
}
const CERTIFICATE_FILES = new Set(['.pem', '.crt', '.cer']);
/** Every certificate of the stores of `type` that the policy names, each store read once. */
function loadStores(root, stores, type) {
    const certificates = [];
    const warnings = [];
    const names = [...new Set(stores.filter(store => store.type === type).map(store => store.name))];
    for (const name of names) {
        const folder = (0,external_node_path_.join)(root, 'x509', type, name);
        const what = `the trust store ${type}:${name} (${folder})`;
        let stat;
        try {
            stat = (0,external_node_fs_.lstatSync)(folder);
        }
        catch (error) {
            const code = error.code;
            throw new TrustStoreError(code === 'ENOENT' ? `${what} does not exist` : `${what} cannot be read (${code ?? String(error)})`);
        }
        if (stat.isSymbolicLink() || !stat.isDirectory())
            throw new TrustStoreError(`${what} is not a folder (symbolic links are not supported)`);
        const found = [];
        for (const entry of (0,external_node_fs_.readdirSync)(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const path = (0,external_node_path_.join)(folder, entry.name);
            if (entry.isSymbolicLink())
                throw new TrustStoreError(`${path} in ${what} is a symbolic link, which is not supported`);
            if (entry.isDirectory()) {
                warnings.push(`${path} is a folder inside ${what}: ignored, as Notation ignores it`);
                continue;
            }
            if (!entry.isFile() || !CERTIFICATE_FILES.has((0,external_node_path_.extname)(entry.name).toLowerCase())) {
                warnings.push(`${path} in ${what} is not a .pem, .crt or .cer file: ignored`);
                continue;
            }
            for (const certificate of readCertificates((0,external_node_fs_.readFileSync)(path), path)) {
                checkTrusted(certificate, type, path);
                found.push(certificate);
            }
        }
        if (found.length === 0)
            throw new TrustStoreError(`${what} holds no certificate`);
        certificates.push(...found);
    }
    return { certificates, warnings };
}
/** One or more certificates, PEM blocks or concatenated DER. */
function readCertificates(bytes, path) {
    const text = bytes.toString('latin1');
    const parse = (der, index) => {
        try {
            return certificate/* Certificate */.us.parse(der, `certificate ${index + 1} of ${path}`);
        }
        catch (error) {
            if (error instanceof certificate/* CertificateError */.EE)
                throw new TrustStoreError(error.message);
            throw error;
        }
    };
    if (text.includes('-----BEGIN')) {
        const blocks = [...text.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----([^-]*)-----END \1-----/g)];
        if (blocks.length === 0)
            throw new TrustStoreError(`${path} holds no complete PEM block`);
        const other = blocks.find(block => block[1] !== 'CERTIFICATE');
        if (other)
            throw new TrustStoreError(`${path} holds a PEM block "${other[1]}", not a CERTIFICATE`);
        return blocks.map((block, index) => parse(Buffer.from(block[2].replace(/\s+/g, ''), 'base64'), index));
    }
    const certificates = [];
    for (let at = 0; at < bytes.length;) {
        let end;
        try {
            end = (0,der/* parseAt */.Ze)(bytes, at, 0, path).end;
        }
        catch (error) {
            if (error instanceof der/* DerError */.I4)
                throw new TrustStoreError(`${path} is neither PEM nor DER certificates`);
            throw error;
        }
        certificates.push(parse(bytes.subarray(at, end), certificates.length));
        at = end;
    }
    if (certificates.length === 0)
        throw new TrustStoreError(`${path} is empty`);
    return certificates;
}
function checkTrusted(certificate, type, path) {
    const selfSigned = certificate.isIssuedBy(certificate);
    if (type === 'tsa' && !selfSigned)
        throw new TrustStoreError(`${path}: ${certificate.describe()} is not a self-signed root, which a tsa store must hold`);
    if (!certificate.x509.ca && !selfSigned) {
        throw new TrustStoreError(`${path}: ${certificate.describe()} is neither a CA certificate nor a self-signed signing certificate`);
    }
}

// EXTERNAL MODULE: ./src/event/json.ts
var json = __webpack_require__(2424);
// EXTERNAL MODULE: ./src/action/trust/notation/x509/distinguished-name.ts
var distinguished_name = __webpack_require__(5107);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/action/trust/notation/x509/chain.ts
var x509_chain = __webpack_require__(4638);
;// CONCATENATED MODULE: ./src/action/trust/notation/x509/timestamp.ts
// A timestamp countersignature: an RFC 3161 TimeStampToken (CMS SignedData of
// a TSTInfo) over the envelope's primitive signature, verified as the trust
// policy specification lists (and notation's tspclient-go does): the TSTInfo's
// message imprint is the hash of the signature; the signer's certificate is
// the one its signing-certificate-v2 attribute names (RFC 5035; missing, the
// token is refused); the signed attributes name the TSTInfo content type and
// its digest; the CMS signature verifies with that certificate's key; the
// certificate leads, through the token's certificates, to a root of the
// policy's `tsa` stores, every certificate valid at the stamped time; and the
// chain meets the timestamping certificate requirements. A DER reader reads the
// structures (der.ts), Node's crypto checks hashes and signatures.




class TimestampError extends Error {
    name = 'TimestampError';
}
const OID = {
    signedData: '1.2.840.113549.1.7.2',
    tstInfo: '1.2.840.113549.1.9.16.1.4',
    contentType: '1.2.840.113549.1.9.3',
    messageDigest: '1.2.840.113549.1.9.4',
    signingTime: '1.2.840.113549.1.9.5',
    signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
    baselinePolicy: '0.4.0.2023.1.1',
    rsaEncryption: '1.2.840.113549.1.1.1',
    rsaPss: '1.2.840.113549.1.1.10',
    ecPublicKey: '1.2.840.10045.2.1'
};
const SHA256 = '2.16.840.1.101.3.4.2.1';
const HASHES = {
    [SHA256]: 'sha256',
    '2.16.840.1.101.3.4.2.2': 'sha384',
    '2.16.840.1.101.3.4.2.3': 'sha512'
};
/** Signature algorithms that name their hash: PKCS #1 v1.5 and ECDSA with SHA-2. */
const SIGNATURES = {
    '1.2.840.113549.1.1.11': { hash: 'sha256', ecdsa: false },
    '1.2.840.113549.1.1.12': { hash: 'sha384', ecdsa: false },
    '1.2.840.113549.1.1.13': { hash: 'sha512', ecdsa: false },
    '1.2.840.10045.4.3.2': { hash: 'sha256', ecdsa: true },
    '1.2.840.10045.4.3.3': { hash: 'sha384', ecdsa: true },
    '1.2.840.10045.4.3.4': { hash: 'sha512', ecdsa: true }
};
/** How far a TSA's certificate may be from its root: far more than any real TSA uses. */
const MAX_CHAIN = 8;
/**
 * Verifies `token` as a countersignature of `signature` by a TSA that leads to
 * one of `roots`. Throws TimestampError with the reason.
 */
function verifyTimestamp(token, signature, roots) {
    return readable(() => verifyToken(readToken(token), signature, roots));
}
function verifyToken(read, signature, roots) {
    const info = read.tstInfo;
    const hash = HASHES[info.imprintAlgorithm];
    if (!hash)
        throw new TimestampError('the timestamp hashes with an algorithm other than SHA-256, SHA-384 or SHA-512');
    const imprint = (0,external_node_crypto_.createHash)(hash).update(signature).digest();
    if (!imprint.equals(info.hashedMessage))
        throw new TimestampError('the timestamp is of another signature (its message imprint does not match)');
    // A TSA under ETSI's baseline policy that states no accuracy has one of a second (tspclient-go).
    const accuracyMs = info.accuracyMs === 0 && info.policy === OID.baselinePolicy ? 1000 : info.accuracyMs;
    let reason = 'the timestamp token has no signer';
    for (const signerInfo of read.signerInfos) {
        try {
            const signed = verifySigner(readSigner(signerInfo), read.tstInfoBytes, read.certificates);
            const chain = chainTo(signed.certificate, read.certificates, roots);
            // A signing-time attribute, when there is one, must fall in the chain's validity too (tspclient-go).
            const at = [info.genTime, ...(signed.signingTime ? [signed.signingTime] : [])];
            const invalid = chain.find(certificate => at.some(when => when < certificate.notBefore || when > certificate.notAfter));
            if (invalid)
                throw new TimestampError(`the TSA certificate ${invalid.describe()} was not valid at the stamped time ${info.genTime.toISOString()}`);
            const problem = (0,x509_chain/* chainProblem */.$d)(chain, 'timestamping');
            if (problem)
                throw new TimestampError(`the TSA's certificate chain does not meet the specification: ${problem}`);
            return {
                lower: new Date(info.genTime.getTime() - accuracyMs),
                upper: new Date(info.genTime.getTime() + accuracyMs),
                authority: chain[0]
            };
        }
        catch (error) {
            if (!(error instanceof TimestampError))
                throw error;
            reason = error.message;
        }
    }
    throw new TimestampError(reason);
}
/** Reads a TimeStampToken (CMS SignedData of a TSTInfo); throws TimestampError when it is not one. */
function readTimestampToken(token) {
    return readable(() => readToken(token));
}
/** A token whose ASN.1 or certificates cannot be read is refused as a timestamp, never as anything else. */
function readable(read) {
    try {
        return read();
    }
    catch (error) {
        if (error instanceof der/* DerError */.I4 || error instanceof certificate/* CertificateError */.EE)
            throw new TimestampError(`the timestamp token cannot be read: ${error.message}`);
        throw error;
    }
}
function readToken(token) {
    const [contentType, content] = (0,der/* children */.Y_)((0,der/* parseDer */.zE)(token, 'the timestamp token'), 'the timestamp token');
    if ((0,der/* oid */.jq)(contentType, 'the token content type') !== OID.signedData)
        throw new TimestampError('the timestamp token is not CMS SignedData');
    const signedData = (0,der/* children */.Y_)((0,der/* contextChildren */.XG)(content, 0, 'the token content')[0], 'SignedData');
    if ((0,der/* integer */.nd)(signedData[0], 'the SignedData version') !== 3n)
        throw new TimestampError('the timestamp token is not SignedData version 3');
    const [eContentType, eContent] = (0,der/* children */.Y_)(signedData[2], 'the encapsulated content');
    if ((0,der/* oid */.jq)(eContentType, 'the encapsulated content type') !== OID.tstInfo)
        throw new TimestampError('the timestamp token does not hold a TSTInfo');
    const tstInfoBytes = (0,der/* octets */.tu)((0,der/* contextChildren */.XG)(eContent, 0, 'the encapsulated content')[0], 'the TSTInfo');
    const tstInfo = readTstInfo(tstInfoBytes);
    const certificates = signedData
        .filter(node => (0,der/* isContext */.aE)(node, 0))
        .flatMap(node => (0,der/* contextChildren */.XG)(node, 0, 'the token certificates'))
        .map((node, i) => certificate/* Certificate */.us.parse(node.encoded, `certificate ${i + 1} of the timestamp token`));
    const signerInfos = (0,der/* children */.Y_)(signedData[signedData.length - 1], 'the signer infos', 17);
    return { tstInfo, tstInfoBytes, certificates, signerInfos };
}
function readTstInfo(bytes) {
    const fields = (0,der/* children */.Y_)((0,der/* parseDer */.zE)(bytes, 'the TSTInfo'), 'the TSTInfo');
    if ((0,der/* integer */.nd)(fields[0], 'the TSTInfo version') !== 1n)
        throw new TimestampError('the TSTInfo is not version 1');
    const policy = (0,der/* oid */.jq)(fields[1], 'the TSTInfo policy');
    const [algorithm, hashedMessage] = (0,der/* children */.Y_)(fields[2], 'the message imprint');
    const imprintAlgorithm = (0,der/* oid */.jq)((0,der/* children */.Y_)(algorithm, 'the imprint algorithm')[0], 'the imprint algorithm');
    const genTime = (0,der/* time */.kB)(fields[4], 'genTime');
    // accuracy: SEQUENCE { seconds INTEGER OPTIONAL, millis [0] INTEGER OPTIONAL, micros [1] INTEGER OPTIONAL }
    const accuracy = fields.slice(5).find(node => node.tagClass === der/* UNIVERSAL */.af && node.tag === 16);
    let accuracyMs = 0;
    for (const part of accuracy ? (0,der/* children */.Y_)(accuracy, 'the accuracy') : []) {
        const [value, unit] = (0,der/* isContext */.aE)(part, 0)
            ? [(0,der/* implicitInteger */.kX)(part, 'the accuracy in milliseconds'), 1]
            : (0,der/* isContext */.aE)(part, 1)
                ? [(0,der/* implicitInteger */.kX)(part, 'the accuracy in microseconds'), 0.001]
                : [(0,der/* integer */.nd)(part, 'the accuracy in seconds'), 1000];
        if (value < 0n)
            throw new TimestampError('the timestamp states a negative accuracy');
        accuracyMs += Number(value) * unit;
    }
    return { policy, imprintAlgorithm, hashedMessage: (0,der/* octets */.tu)(hashedMessage, 'the hashed message'), genTime, accuracyMs };
}
/** One SignerInfo of the token; throws TimestampError for one this check cannot verify, DerError for one that is not a SignerInfo. */
function readSigner(signerInfo) {
    const fields = (0,der/* children */.Y_)(signerInfo, 'the signer info');
    if ((0,der/* integer */.nd)(fields[0], 'the signer info version') !== 1n)
        throw new TimestampError('the timestamp signer info is not version 1 (issuer and serial number)');
    const [issuer, serial] = (0,der/* children */.Y_)(fields[1], 'the signer identifier');
    const digestAlgorithm = (0,der/* oid */.jq)((0,der/* children */.Y_)(fields[2], 'the digest algorithm')[0], 'the digest algorithm');
    const signed = fields.find(node => (0,der/* isContext */.aE)(node, 0));
    if (!signed)
        throw new TimestampError('the timestamp signer has no signed attributes');
    const attributes = new Map();
    for (const attribute of (0,der/* contextChildren */.XG)(signed, 0, 'the signed attributes')) {
        const [type, values] = (0,der/* children */.Y_)(attribute, 'a signed attribute');
        attributes.set((0,der/* oid */.jq)(type, 'a signed attribute type'), (0,der/* children */.Y_)(values, 'the attribute values', 17));
    }
    const afterSigned = fields.indexOf(signed);
    // RFC 5652 5.4: the signature is over the DER of the signed attributes as a SET, not as [0].
    const signedAttributes = Buffer.from(signed.encoded);
    signedAttributes[0] = 0x31;
    const signingCertificate = attributes.get(OID.signingCertificateV2)?.[0];
    return {
        issuer: Buffer.from(expectName(issuer)),
        serial: (0,der/* integer */.nd)(serial, 'the signer serial number'),
        digestAlgorithm,
        attributes,
        signedAttributes,
        signingCertificate: signingCertificate ? readSigningCertificateV2(signingCertificate) : undefined,
        signatureAlgorithm: (0,der/* children */.Y_)(fields[afterSigned + 1], 'the signature algorithm'),
        signature: (0,der/* octets */.tu)(fields[afterSigned + 2], 'the signature')
    };
}
/** SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2, policies … OPTIONAL }: its first ESSCertIDv2. */
function readSigningCertificateV2(attribute) {
    const [first] = (0,der/* children */.Y_)((0,der/* children */.Y_)(attribute, 'signing-certificate-v2')[0], 'the ESSCertIDv2 list');
    if (!first)
        throw new TimestampError('the signing-certificate-v2 attribute names no certificate');
    // ESSCertIDv2 ::= SEQUENCE { hashAlgorithm AlgorithmIdentifier DEFAULT sha256, certHash OCTET STRING, issuerSerial IssuerSerial OPTIONAL }
    const parts = (0,der/* children */.Y_)(first, 'ESSCertIDv2');
    const hasAlgorithm = parts[0]?.tag === 16 && parts[0].tagClass === der/* UNIVERSAL */.af;
    const hashAlgorithm = hasAlgorithm ? (0,der/* oid */.jq)((0,der/* children */.Y_)(parts[0], 'the certificate hash algorithm')[0], 'the certificate hash algorithm') : SHA256;
    const certHash = (0,der/* octets */.tu)(parts[hasAlgorithm ? 1 : 0], 'the certificate hash');
    const issuerSerial = parts[hasAlgorithm ? 2 : 1];
    if (!issuerSerial)
        return { hashAlgorithm, certHash };
    const [names, number] = (0,der/* children */.Y_)(issuerSerial, 'the issuer and serial');
    const directory = (0,der/* children */.Y_)(names, 'the issuer names').find(name => (0,der/* isContext */.aE)(name, 4));
    if (!directory)
        throw new TimestampError('the signing-certificate-v2 attribute names its issuer by other than a directory name');
    const issuer = Buffer.from(expectName((0,der/* contextChildren */.XG)(directory, 4, 'the issuer name')[0]));
    return { hashAlgorithm, certHash, issuerSerial: { issuer, serial: (0,der/* integer */.nd)(number, 'the serial number') } };
}
/** A Name (a SEQUENCE of RDNs), as its DER. */
function expectName(node) {
    (0,der/* children */.Y_)(node, 'the issuer name');
    return node.encoded;
}
/** The signer's certificate, once its signed attributes and signature verified. */
function verifySigner(signer, tstInfo, certificates) {
    const digest = HASHES[signer.digestAlgorithm];
    if (!digest)
        throw new TimestampError('the timestamp signer digests with an algorithm other than SHA-256, SHA-384 or SHA-512');
    const certificate = signingCertificate(signer, certificates);
    const { attributes } = signer;
    if ((0,der/* oid */.jq)(attributes.get(OID.contentType)?.[0], 'the content-type attribute') !== OID.tstInfo) {
        throw new TimestampError('the timestamp signer signed another content type than TSTInfo');
    }
    const messageDigest = (0,der/* octets */.tu)(attributes.get(OID.messageDigest)?.[0], 'the message-digest attribute');
    if (!(0,external_node_crypto_.createHash)(digest).update(tstInfo).digest().equals(messageDigest))
        throw new TimestampError('the timestamp signer signed another TSTInfo (message digest)');
    if (!checkSignature(signer.signedAttributes, certificate, signer.signatureAlgorithm, digest, signer.signature))
        throw new TimestampError("the timestamp's signature does not verify with its TSA certificate");
    const signingTime = attributes.get(OID.signingTime)?.[0];
    return { certificate, signingTime: signingTime ? (0,der/* time */.kB)(signingTime, 'the signing-time attribute') : undefined };
}
/** The certificate the signing-certificate-v2 attribute names, by issuer and serial (else the signer identifier) and hash. */
function signingCertificate(signer, certificates) {
    const id = signer.signingCertificate;
    if (!id)
        throw new TimestampError('the timestamp has no signing-certificate-v2 attribute');
    const hash = HASHES[id.hashAlgorithm];
    if (!hash)
        throw new TimestampError('the signing-certificate-v2 attribute hashes with an algorithm other than SHA-256, SHA-384 or SHA-512');
    const wanted = id.issuerSerial ?? { issuer: signer.issuer, serial: signer.serial };
    const candidate = certificates.find(c => c.rawIssuer.equals(wanted.issuer) && BigInt(`0x${c.x509.serialNumber}`) === wanted.serial);
    if (!candidate)
        throw new TimestampError('the timestamp token does not hold the certificate its signer names');
    if (!(0,external_node_crypto_.createHash)(hash).update(candidate.der).digest().equals(id.certHash)) {
        throw new TimestampError('the TSA certificate in the timestamp token is not the one its signing-certificate-v2 attribute hashes');
    }
    return candidate;
}
function checkSignature(data, certificate, algorithm, digest, signature) {
    const id = (0,der/* oid */.jq)(algorithm[0], 'the signature algorithm');
    const key = certificate.publicKey;
    const named = SIGNATURES[id];
    // Node verifies with whatever the key is and ignores RSA options for an EC key: the algorithm must name the key's type (as Go's x509 checks).
    const ec = key.asymmetricKeyType === 'ec';
    try {
        if (named)
            return named.ecdsa === ec && (0,external_node_crypto_.verify)(named.hash, data, { key, dsaEncoding: 'der' }, signature);
        if (id === OID.rsaEncryption || id === OID.ecPublicKey)
            return (id === OID.ecPublicKey) === ec && (0,external_node_crypto_.verify)(digest, data, key, signature);
        if (id === OID.rsaPss && key.asymmetricKeyType === 'rsa') {
            const [hashParameter, , saltParameter] = algorithm[1] ? (0,der/* children */.Y_)(algorithm[1], 'the RSASSA-PSS parameters') : [];
            const hash = hashParameter
                ? HASHES[(0,der/* oid */.jq)((0,der/* children */.Y_)((0,der/* contextChildren */.XG)(hashParameter, 0, 'the PSS hash')[0], 'the PSS hash')[0], 'the PSS hash')]
                : undefined;
            const salt = saltParameter && (0,der/* isContext */.aE)(saltParameter, 2) ? Number((0,der/* integer */.nd)((0,der/* contextChildren */.XG)(saltParameter, 2, 'the PSS salt')[0], 'the PSS salt')) : 20;
            if (!hash)
                return false;
            return (0,external_node_crypto_.verify)(hash, data, { key, padding: external_node_crypto_.constants.RSA_PKCS1_PSS_PADDING, saltLength: salt }, signature);
        }
    }
    catch {
        return false;
    }
    return false;
}
/** From the TSA's certificate up to a root of the store, through the token's certificates. */
function chainTo(leaf, certificates, roots) {
    const chain = [leaf];
    for (let current = leaf; chain.length <= MAX_CHAIN;) {
        if (roots.some(root => root.equals(current)))
            return chain;
        const issuer = roots.find(root => current.isIssuedBy(root)) ?? certificates.find(c => !c.equals(current) && current.isIssuedBy(c));
        if (!issuer)
            break;
        chain.push(issuer);
        current = issuer;
    }
    throw new TimestampError(`the TSA certificate ${leaf.describe()} does not lead to a certificate of the trust policy's tsa stores`);
}

;// CONCATENATED MODULE: ./src/action/trust/notation/verifier.ts
// One Notation signature judged against the trust policy that applies, step by
// step as the trust-store-trust-policy specification's "Signature
// Verification" lists them: integrity (the envelope and its payload, always
// enforced), authenticity (the chain reaches a certificate of the policy's
// trust stores, and the signing certificate's subject is a trusted identity),
// expiry, the authentic timestamp (a timestamp countersignature for
// notary.x509 when the policy asks for one, the authentic signing time for
// notary.x509.signingAuthority, else the chain valid now) and revocation.
// Each step the level (with its override) enforces refuses the signature; each
// it logs adds a line to `logged` and goes on. Pure but for the trust stores,
// read through the `stores` callback.




/** A step that failed: refused when enforced, logged otherwise. */
class Failure extends Error {
}
async function verifySignature(mediaType, envelope, context) {
    const logged = [];
    let signer;
    try {
        signer = await (0,envelope_envelope/* openEnvelope */.hk)(mediaType, envelope);
        checkPayload(signer.payload, context.target);
    }
    catch (error) {
        if (error instanceof envelope_envelope/* IntegrityError */.cs)
            return { verified: false, reason: error.message, logged };
        throw error;
    }
    const { policy } = context;
    const step = (validation, check) => {
        const action = policy.enforcement[validation];
        if (action === 'skip')
            return undefined;
        try {
            check();
        }
        catch (error) {
            if (!(error instanceof Failure))
                throw error;
            if (action === 'enforce')
                return error.message;
            logged.push(`${error.message} (${validation} is logged, not enforced, by trust policy "${policy.name}")`);
        }
        return undefined;
    };
    let timestamp;
    const refusal = step('authenticity', () => checkTrustStores(signer, context)) ??
        step('authenticity', () => checkIdentity(signer, policy)) ??
        step('expiry', () => checkExpiry(signer, context.now)) ??
        step('authenticTimestamp', () => (timestamp = checkAuthenticTime(signer, context))) ??
        step('revocation', () => checkRevocation(signer));
    if (refusal)
        return { verified: false, reason: refusal, logged };
    const leaf = signer.certificates[0];
    return {
        verified: true,
        signer: { subject: leaf.describe(), signingTime: signer.signingTime, signingScheme: signer.signingScheme, format: signer.format, timestamp },
        logged
    };
}
/** The payload's targetArtifact must be the event's manifest: digest, media type and size (notation's content.Equal). */
function checkPayload(payload, target) {
    let value;
    try {
        value = JSON.parse(payload.toString('utf8'));
    }
    catch {
        throw new envelope_envelope/* IntegrityError */.cs('its payload is not JSON');
    }
    const artifact = (0,json/* isJsonObject */.OW)(value) ? (0,json/* ownField */.hQ)(value, 'targetArtifact') : undefined;
    if (!(0,json/* isJsonObject */.OW)(artifact))
        throw new envelope_envelope/* IntegrityError */.cs('its payload has no targetArtifact');
    const digest = (0,json/* ownField */.hQ)(artifact, 'digest');
    const mediaType = (0,json/* ownField */.hQ)(artifact, 'mediaType');
    const size = (0,json/* ownField */.hQ)(artifact, 'size');
    if (digest !== target.digest)
        throw new envelope_envelope/* IntegrityError */.cs(`it signs ${typeof digest === 'string' ? digest : 'no digest'}, not the event's ${target.digest}`);
    if (mediaType !== target.mediaType || size !== target.size) {
        throw new envelope_envelope/* IntegrityError */.cs(`it signs ${target.digest} as ${JSON.stringify(mediaType)} of ${JSON.stringify(size)} bytes, but the registry serves it as ${target.mediaType} of ${target.size} bytes`);
    }
}
function storeTypeOf(scheme) {
    return scheme === 'notary.x509' ? 'ca' : 'signingAuthority';
}
function checkTrustStores(signer, context) {
    const type = storeTypeOf(signer.signingScheme);
    const named = context.policy.trustStores.filter(store => store.type === type).map(store => `${store.type}:${store.name}`);
    if (named.length === 0)
        throw new Failure(`it is a ${signer.signingScheme} signature, and trust policy "${context.policy.name}" names no ${type} store`);
    const trusted = context.stores(type);
    if (!signer.certificates.some(certificate => trusted.some(anchor => anchor.equals(certificate)))) {
        throw new Failure(`its certificate chain (signed by ${signer.certificates[0].describe()}) leads to no certificate of ${named.join(', ')}`);
    }
}
function checkIdentity(signer, policy) {
    if (policy.trustedIdentities === '*')
        return;
    const leaf = signer.certificates[0];
    if (policy.trustedIdentities.length === 0)
        throw new Failure(`trust policy "${policy.name}" lists no x509.subject identity`);
    const subject = (0,distinguished_name/* subjectName */.wn)(leaf.subject);
    if ('refusal' in subject)
        throw new Failure(`signed by ${leaf.describe()}, which no x509.subject identity can match: ${subject.refusal}`);
    if (!policy.trustedIdentities.some(identity => (0,distinguished_name/* isSubset */.HS)(identity.name, subject))) {
        const listed = policy.trustedIdentities.map(identity => (0,distinguished_name/* describeDistinguishedName */.h$)(identity.name)).join('; ');
        throw new Failure(`signed by ${leaf.describe()}, which trustedIdentities does not list (${listed})`);
    }
}
function checkExpiry(signer, now) {
    if (signer.expiry && now >= signer.expiry)
        throw new Failure(`the signature expired at ${signer.expiry.toISOString()} (io.cncf.notary.expiry)`);
}
/** The time the chain must have been valid at, proven; returns the stamped time when a timestamp proved it. */
function checkAuthenticTime(signer, context) {
    const chain = signer.certificates;
    if (signer.signingScheme === 'notary.x509.signingAuthority') {
        const invalid = chain.find(certificate => signer.signingTime < certificate.notBefore || signer.signingTime > certificate.notAfter);
        if (invalid)
            throw new Failure(`certificate ${invalid.describe()} was not valid at the authentic signing time ${signer.signingTime.toISOString()}`);
        return undefined;
    }
    const { policy, now } = context;
    const expired = chain.find(certificate => now > certificate.notAfter);
    const stamp = policy.trustStores.some(store => store.type === 'tsa') && (policy.verifyTimestamp === 'always' || expired !== undefined);
    if (!stamp) {
        const early = chain.find(certificate => now < certificate.notBefore);
        if (early)
            throw new Failure(`certificate ${early.describe()} is not valid before ${early.notBefore.toISOString()}`);
        if (expired) {
            const hint = policy.trustStores.some(store => store.type === 'tsa')
                ? ''
                : ', and the trust policy names no tsa store to verify a timestamp with';
            throw new Failure(`certificate ${expired.describe()} expired at ${expired.notAfter.toISOString()}${hint}`);
        }
        return undefined;
    }
    if (!signer.timestampToken)
        throw new Failure('it has no timestamp countersignature, which the trust policy requires (a tsa store is named)');
    let verified;
    try {
        verified = verifyTimestamp(signer.timestampToken, signer.signature, context.stores('tsa'));
    }
    catch (error) {
        if (error instanceof TimestampError)
            throw new Failure(`its timestamp countersignature does not verify: ${error.message}`);
        throw error;
    }
    const outside = chain.find(certificate => verified.lower < certificate.notBefore || verified.upper > certificate.notAfter);
    if (outside) {
        throw new Failure(`certificate ${outside.describe()} (valid ${outside.notBefore.toISOString()} to ${outside.notAfter.toISOString()}) was not valid at the stamped time ${verified.lower.toISOString()} to ${verified.upper.toISOString()}`);
    }
    return new Date((verified.lower.getTime() + verified.upper.getTime()) / 2);
}
/** Revocation needs the certificate authority's OCSP or CRL service, which this action never contacts. */
function checkRevocation(signer) {
    // The root is never checked (notation-core-go's revocation package does the same): it has no issuer to revoke it.
    const revocable = signer.certificates.slice(0, -1).find(certificate => certificate.namesRevocationService);
    if (revocable) {
        throw new Failure(`the revocation status of ${revocable.describe()} cannot be determined: it names an OCSP or CRL service, which this action does not contact (set the trust policy's override "revocation" to "log" or "skip" to accept that)`);
    }
}

;// CONCATENATED MODULE: ./src/action/trust/notation/check.ts





/** A Notation signature as an OCI referrer (signature-specification.md, "OCI Signatures"). */
const NOTATION_SIGNATURE = {
    kind: 'Notation signature',
    name: 'envelope',
    // The artifactType, or (older signatures, OCI 1.0 registries) the config media type the referrers list reports instead.
    artifactType: /^application\/vnd\.cncf\.notary\.signature$/,
    layerMediaType: new RegExp(`^(?:${envelope_envelope/* JWS_MEDIA_TYPE */.f9.replace(/[+/]/g, '\\$&')}|${envelope_envelope/* COSE_MEDIA_TYPE */.$3.replace('/', '\\/')})$`),
    maxBytes: sources_referrers/* MAX_SIGNATURE_BYTES */.my
};
async function checkNotation(client, repository, digest, target, config, now) {
    const scope = `${client.host}/${repository}`;
    const policy = (0,trust_policy/* applicablePolicy */.w8)(config.document, scope);
    const logged = [];
    if (!policy) {
        return {
            check: {
                verified: false,
                reason: `no Notation trust policy applies to ${scope}: no statement of ${config.policyInput} names it in registryScopes, and none is "*"`
            },
            logged
        };
    }
    if (policy.level === 'skip') {
        return {
            check: { verified: true, skipped: true, policy, summary: `trust policy "${policy.name}" skips Notation verification for ${scope}` },
            logged
        };
    }
    const loaded = new Map();
    const stores = (type) => {
        let certificates = loaded.get(type);
        if (!certificates) {
            try {
                const result = loadStores(config.storePath, policy.trustStores, type);
                logged.push(...result.warnings);
                certificates = result.certificates;
            }
            catch (error) {
                if (error instanceof TrustStoreError)
                    throw new TrustStoreError(`Input "notation-trust-store" (${config.storeInput}): ${error.message}`);
                throw error;
            }
            loaded.set(type, certificates);
        }
        return certificates;
    };
    const { via, referrers } = await (0,sources_referrers/* listReferrers */.xt)(client, repository, digest);
    const refusals = [];
    let found = 0;
    let read = 0;
    for (const referrer of referrers) {
        if ((0,sources_referrers/* isReferrerOf */.ZR)(NOTATION_SIGNATURE, referrer) === false)
            continue;
        // Referrers listed without an artifactType cost a manifest read each to tell: bounded too.
        if (found >= sources_referrers/* MAX_SIGNATURES */.d4 || read >= 4 * sources_referrers/* MAX_SIGNATURES */.d4) {
            refusals.push(`more than ${found >= sources_referrers/* MAX_SIGNATURES */.d4 ? `${sources_referrers/* MAX_SIGNATURES */.d4} Notation signatures` : `${read} referrers to read`}: the rest were not read`);
            break;
        }
        read++;
        const fetched = await (0,sources_referrers/* fetchSignature */.FH)(client, repository, referrer.digest, digest, NOTATION_SIGNATURE);
        if (!fetched)
            continue;
        found++;
        if ('refusal' in fetched) {
            refusals.push(fetched.refusal);
            continue;
        }
        const outcome = await verifySignature(fetched.mediaType, fetched.blob, { policy, target, stores, now });
        const format = fetched.mediaType === envelope_envelope/* COSE_MEDIA_TYPE */.$3 ? 'COSE' : 'JWS';
        logged.push(...outcome.logged.map(line => `Notation ${format} signature ${referrer.digest}: ${line}`));
        if (!outcome.verified) {
            refusals.push(`a ${format} signature: ${outcome.reason}`);
            continue;
        }
        const signer = outcome.signer;
        return {
            check: {
                verified: true,
                skipped: false,
                policy,
                signer,
                summary: `signed by ${signer.subject} at ${signer.signingTime.toISOString()} (${signer.format}, ${signer.signingScheme}; trust policy "${policy.name}", ${policy.level}; found by the ${via})`
            },
            logged
        };
    }
    const reason = found === 0
        ? `no Notation signature: none is attached to ${digest} (looked up by the ${via})`
        : `no Notation signature of ${digest} meets trust policy "${policy.name}" (${found} ${found === 1 ? 'signature' : 'signatures'}): ${refusals.join('; ')}`;
    return { check: { verified: false, reason }, logged };
}


/***/ }),

/***/ 943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $3: () => (/* binding */ COSE_MEDIA_TYPE),
/* harmony export */   El: () => (/* binding */ HEADER),
/* harmony export */   Kz: () => (/* binding */ expectedAlgorithm),
/* harmony export */   TM: () => (/* binding */ parseRfc3339),
/* harmony export */   cs: () => (/* binding */ IntegrityError),
/* harmony export */   f9: () => (/* binding */ JWS_MEDIA_TYPE),
/* harmony export */   hk: () => (/* binding */ openEnvelope),
/* harmony export */   zz: () => (/* binding */ parseChain)
/* harmony export */ });
/* unused harmony exports PAYLOAD_CONTENT_TYPE, SIGNING_SCHEMES, UNDERSTOOD_CRITICAL, checkSignedAttributes */
/* harmony import */ var _x509_certificate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2764);
/* harmony import */ var _x509_chain_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4638);
// A Notation signature envelope, opened and its integrity verified: the JWS
// (application/jose+json) or COSE_Sign1 (application/cose) format read, its
// signature checked with the signing certificate's key, and what the
// signature specification requires of the signed attributes: a known signing
// scheme, its signing time, an expiry after it, every critical header one this
// action understands, the content type of a Notation payload, a certificate
// chain that meets the certificate requirements, and the algorithm the
// signing key must use. A failure is an IntegrityError with the reason.


const JWS_MEDIA_TYPE = 'application/jose+json';
const COSE_MEDIA_TYPE = 'application/cose';
const PAYLOAD_CONTENT_TYPE = 'application/vnd.cncf.notary.payload.v1+json';
const SIGNING_SCHEMES = ['notary.x509', 'notary.x509.signingAuthority'];
/** The signed attributes' names, the same in both formats. */
const HEADER = {
    signingScheme: 'io.cncf.notary.signingScheme',
    signingTime: 'io.cncf.notary.signingTime',
    authenticSigningTime: 'io.cncf.notary.authenticSigningTime',
    expiry: 'io.cncf.notary.expiry',
    timestampSignature: 'io.cncf.notary.timestampSignature',
    signingAgent: 'io.cncf.notary.signingAgent',
    verificationPlugin: 'io.cncf.notary.verificationPlugin'
};
/** The critical headers this action understands and processes. */
const UNDERSTOOD_CRITICAL = new Set([HEADER.signingScheme, HEADER.authenticSigningTime, HEADER.expiry]);
/** The envelope's integrity failed: the reason, for the refusal. */
class IntegrityError extends Error {
    name = 'IntegrityError';
}
/**
 * Opens an envelope of the layer's media type and verifies its integrity.
 * Loads the format's library on first use: a JWS costs no CBOR decoder.
 */
async function openEnvelope(mediaType, bytes) {
    const decoded = mediaType === JWS_MEDIA_TYPE
        ? await (await __webpack_require__.e(/* import() */ 944).then(__webpack_require__.bind(__webpack_require__, 8944))).decodeJws(bytes)
        : mediaType === COSE_MEDIA_TYPE
            ? (await Promise.all(/* import() */[__webpack_require__.e(288), __webpack_require__.e(797)]).then(__webpack_require__.bind(__webpack_require__, 2797))).decodeCose(bytes)
            : undefined;
    if (!decoded)
        throw new IntegrityError(`its envelope is ${mediaType}, neither JWS (${JWS_MEDIA_TYPE}) nor COSE (${COSE_MEDIA_TYPE})`);
    return checkSignedAttributes(decoded);
}
/** The specification's rules on the signed attributes and the chain, the same for both formats. */
function checkSignedAttributes(envelope) {
    const scheme = envelope.signingScheme;
    if (typeof scheme !== 'string' || !SIGNING_SCHEMES.includes(scheme)) {
        throw new IntegrityError(`its signing scheme ${typeof scheme === 'string' ? `"${scheme}"` : '(none)'} is not notary.x509 or notary.x509.signingAuthority`);
    }
    const authority = scheme === 'notary.x509.signingAuthority';
    if (authority && envelope.signingTime)
        throw new IntegrityError(`it has ${HEADER.signingTime}, which the signing scheme ${scheme} does not allow`);
    if (!authority && envelope.authenticSigningTime)
        throw new IntegrityError(`it has ${HEADER.authenticSigningTime}, which the signing scheme ${scheme} does not allow`);
    const signingTime = authority ? envelope.authenticSigningTime : envelope.signingTime;
    if (!signingTime)
        throw new IntegrityError(`it has no ${authority ? HEADER.authenticSigningTime : HEADER.signingTime}`);
    if (envelope.expiry && envelope.expiry.getTime() <= signingTime.getTime())
        throw new IntegrityError('its expiry is not after its signing time');
    const mustBeCritical = [HEADER.signingScheme, ...(authority ? [HEADER.authenticSigningTime] : []), ...(envelope.expiry ? [HEADER.expiry] : [])];
    const notCritical = mustBeCritical.filter(name => !envelope.critical.includes(name));
    if (notCritical.length > 0)
        throw new IntegrityError(`it does not mark ${notCritical.join(', ')} critical`);
    for (const name of envelope.critical) {
        if (!envelope.present.has(name))
            throw new IntegrityError(`it marks ${String(name)} critical, but has no such header`);
        if (name === HEADER.verificationPlugin) {
            throw new IntegrityError(`it requires a verification plugin (${HEADER.verificationPlugin}), and this action runs no Notation plugin`);
        }
        if (!UNDERSTOOD_CRITICAL.has(name))
            throw new IntegrityError(`it marks the header ${JSON.stringify(name)} critical, which this action does not understand`);
    }
    if (envelope.contentType !== PAYLOAD_CONTENT_TYPE) {
        throw new IntegrityError(`its payload content type ${typeof envelope.contentType === 'string' ? `"${envelope.contentType}"` : '(none)'} is not ${PAYLOAD_CONTENT_TYPE}`);
    }
    if (envelope.payload.length === 0)
        throw new IntegrityError('its payload is empty');
    const problem = (0,_x509_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .chainProblem */ .$d)(envelope.certificates, 'code signing');
    if (problem)
        throw new IntegrityError(`its certificate chain does not meet the specification: ${problem}`);
    return {
        format: envelope.format,
        algorithm: envelope.algorithm,
        signingScheme: scheme,
        signingTime,
        expiry: envelope.expiry,
        certificates: envelope.certificates,
        signature: envelope.signature,
        timestampToken: envelope.timestampToken,
        payload: envelope.payload
    };
}
/** The chain, leaf first, each certificate parsed; an unreadable one fails the envelope's integrity. */
function parseChain(ders) {
    if (ders.length === 0)
        throw new IntegrityError('it holds no certificate chain');
    try {
        return ders.map((der, i) => _x509_certificate_js__WEBPACK_IMPORTED_MODULE_0__/* .Certificate */ .us.parse(der, i === 0 ? 'its signing certificate' : `certificate ${i + 1} of its chain`));
    }
    catch (error) {
        if (error instanceof _x509_certificate_js__WEBPACK_IMPORTED_MODULE_0__/* .CertificateError */ .EE)
            throw new IntegrityError(error.message);
        throw error;
    }
}
/** The algorithm the signing certificate's key must sign with; an envelope that declares another is refused. */
function expectedAlgorithm(leaf, declared) {
    const algorithm = (0,_x509_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .keyAlgorithm */ .Ze)(leaf);
    if (typeof algorithm !== 'string')
        throw new IntegrityError(`its signing certificate cannot sign Notation signatures: ${algorithm.refusal}`);
    if (declared !== algorithm)
        throw new IntegrityError(`it declares the algorithm ${declared}, but its signing key signs with ${algorithm}`);
    return algorithm;
}
/** RFC 3339 date-time, as Go's time.Time reads it from JSON. */
function parseRfc3339(value, name) {
    if (value === undefined)
        return undefined;
    const valid = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/.test(value);
    const date = valid ? new Date(value) : undefined;
    if (!date || Number.isNaN(date.getTime()))
        throw new IntegrityError(`its ${name} ${JSON.stringify(value)} is not an RFC 3339 time`);
    return date;
}


/***/ }),

/***/ 4982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GS: () => (/* binding */ parseTrustPolicy),
/* harmony export */   pn: () => (/* binding */ PolicyError),
/* harmony export */   w8: () => (/* binding */ applicablePolicy)
/* harmony export */ });
/* unused harmony exports VALIDATIONS, LEVELS, STORE_TYPES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _event_grammar_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3157);
/* harmony import */ var _event_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2424);
/* harmony import */ var _x509_distinguished_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5107);
// A Notation trust policy document, version 1.0 (trustpolicy.json, or the newer
// trustpolicy.oci.json), read and validated as the Notary Project's
// trust-store-trust-policy specification and `notation verify` validate it:
// statements with unique names, registryScopes (fully qualified repositories,
// or "*" alone, no scope in two statements), signatureVerification (a level,
// an override of what it enforces, verifyTimestamp), trustStores
// (`ca:`, `signingAuthority:`, `tsa:` and a store name) and trustedIdentities
// (`x509.subject: …`, or "*" alone). Then the one statement that applies to a
// repository: its exact scope, else the global one. Pure: the text in, the
// policy out; every problem is a PolicyError naming the statement.




class PolicyError extends Error {
    name = 'PolicyError';
}
const VALIDATIONS = ['integrity', 'authenticity', 'authenticTimestamp', 'expiry', 'revocation'];
/** What each level enforces and logs: the specification's table. */
const LEVELS = {
    strict: { integrity: 'enforce', authenticity: 'enforce', authenticTimestamp: 'enforce', expiry: 'enforce', revocation: 'enforce' },
    permissive: { integrity: 'enforce', authenticity: 'enforce', authenticTimestamp: 'log', expiry: 'log', revocation: 'log' },
    audit: { integrity: 'enforce', authenticity: 'log', authenticTimestamp: 'log', expiry: 'log', revocation: 'log' },
    skip: { integrity: 'skip', authenticity: 'skip', authenticTimestamp: 'skip', expiry: 'skip', revocation: 'skip' }
};
const STORE_TYPES = ['ca', 'signingAuthority', 'tsa'];
const STORE_NAME = /^[a-zA-Z0-9_.-]+$/;
const SUBJECT_PREFIX = 'x509.subject';
/** Parses and validates a trust policy document; throws PolicyError with the first problem. */
function parseTrustPolicy(text) {
    let document;
    try {
        document = JSON.parse(text);
    }
    catch {
        throw new PolicyError('is not valid JSON');
    }
    if (!(0,_event_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .OW)(document))
        throw new PolicyError('is not a JSON object');
    const version = (0,_event_json_js__WEBPACK_IMPORTED_MODULE_2__/* .ownField */ .hQ)(document, 'version');
    if (version === undefined || version === '')
        throw new PolicyError('has no "version"; it must be "1.0"');
    if (version !== '1.0')
        throw new PolicyError(`has version ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(version)}; only "1.0" is supported`);
    const statements = (0,_event_json_js__WEBPACK_IMPORTED_MODULE_2__/* .ownField */ .hQ)(document, 'trustPolicies');
    if (!Array.isArray(statements) || statements.length === 0)
        throw new PolicyError('has no trust policy statements ("trustPolicies")');
    const policies = statements.map((statement, index) => parseStatement(statement, index));
    const names = new Set();
    const scopes = new Map();
    for (const policy of policies) {
        if (names.has(policy.name))
            throw new PolicyError(`has two statements named "${policy.name}": names must be unique`);
        names.add(policy.name);
        for (const scope of policy.registryScopes) {
            const other = scopes.get(scope);
            if (other !== undefined)
                throw new PolicyError(`names the registry scope "${scope}" in two statements ("${other}" and "${policy.name}")`);
            scopes.set(scope, policy.name);
        }
    }
    return { policies };
}
function parseStatement(value, index) {
    if (!(0,_event_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .OW)(value))
        throw new PolicyError(`trustPolicies[${index}] is not an object`);
    const name = (0,_event_json_js__WEBPACK_IMPORTED_MODULE_2__/* .ownField */ .hQ)(value, 'name');
    if (typeof name !== 'string' || name === '')
        throw new PolicyError(`trustPolicies[${index}] has no "name"`);
    const where = `statement "${name}"`;
    const verification = parseVerification((0,_event_json_js__WEBPACK_IMPORTED_MODULE_2__/* .ownField */ .hQ)(value, 'signatureVerification'), where);
    const stores = stringList(value, 'trustStores', where);
    const identities = stringList(value, 'trustedIdentities', where);
    const registryScopes = parseScopes(stringList(value, 'registryScopes', where), where);
    if (verification.level === 'skip') {
        if (stores.length > 0 || identities.length > 0) {
            throw new PolicyError(`${where} skips verification but names trust stores or trusted identities: remove them, or choose another level`);
        }
        // The specification: "skip cannot be used with a global scope (*)".
        if (registryScopes.includes('*'))
            throw new PolicyError(`${where} skips verification for every repository ("*"); skip may only name repositories`);
    }
    else if (stores.length === 0 || identities.length === 0) {
        throw new PolicyError(`${where} needs both "trustStores" and "trustedIdentities"`);
    }
    return {
        name,
        registryScopes,
        ...verification,
        trustStores: stores.map(store => parseStore(store, where)),
        trustedIdentities: parseIdentities(identities, where)
    };
}
function stringList(statement, key, where) {
    const value = (0,_event_json_js__WEBPACK_IMPORTED_MODULE_2__/* .ownField */ .hQ)(statement, key);
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value) || value.some(item => typeof item !== 'string'))
        throw new PolicyError(`${where}: "${key}" is not a list of strings`);
    return value;
}
function parseVerification(value, where) {
    if (!(0,_event_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .OW)(value))
        throw new PolicyError(`${where} has no "signatureVerification" object`);
    const level = (0,_event_json_js__WEBPACK_IMPORTED_MODULE_2__/* .ownField */ .hQ)(value, 'level');
    if (typeof level !== 'string' || !Object.hasOwn(LEVELS, level)) {
        throw new PolicyError(`${where}: signatureVerification level ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(level)} is not strict, permissive, audit or skip`);
    }
    const verifyTimestamp = (0,_event_json_js__WEBPACK_IMPORTED_MODULE_2__/* .ownField */ .hQ)(value, 'verifyTimestamp') ?? 'always';
    if (verifyTimestamp !== 'always' && verifyTimestamp !== 'afterCertExpiry' && verifyTimestamp !== '') {
        throw new PolicyError(`${where}: verifyTimestamp ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(verifyTimestamp)} is not "always" or "afterCertExpiry"`);
    }
    const enforcement = { ...LEVELS[level] };
    const override = (0,_event_json_js__WEBPACK_IMPORTED_MODULE_2__/* .ownField */ .hQ)(value, 'override') ?? {};
    if (!(0,_event_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .OW)(override))
        throw new PolicyError(`${where}: signatureVerification override is not an object`);
    const overridden = Object.entries(override);
    if (overridden.length > 0 && level === 'skip')
        throw new PolicyError(`${where}: the skip level cannot be overridden`);
    for (const [validation, action] of overridden) {
        if (!VALIDATIONS.includes(validation)) {
            throw new PolicyError(`${where}: override "${validation}" is not one of ${VALIDATIONS.filter(v => v !== 'integrity').join(', ')}`);
        }
        if (validation === 'integrity')
            throw new PolicyError(`${where}: integrity cannot be overridden; it is always enforced`);
        if (action !== 'enforce' && action !== 'log' && action !== 'skip') {
            throw new PolicyError(`${where}: override "${validation}": ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(action)} is not enforce, log or skip`);
        }
        if (action === 'skip' && validation !== 'revocation')
            throw new PolicyError(`${where}: override "${validation}" cannot be skip; only revocation can`);
        enforcement[validation] = action;
    }
    return { level: level, enforcement, verifyTimestamp: verifyTimestamp === 'afterCertExpiry' ? 'afterCertExpiry' : 'always' };
}
function parseStore(text, where) {
    const colon = text.indexOf(':');
    if (colon === -1)
        throw new PolicyError(`${where}: trust store "${text}" is not TYPE:NAME (e.g. ca:acme-rockets)`);
    const type = text.slice(0, colon);
    const name = text.slice(colon + 1);
    if (!STORE_TYPES.includes(type))
        throw new PolicyError(`${where}: trust store "${text}" has type "${type}", not ca, signingAuthority or tsa`);
    if (!STORE_NAME.test(name))
        throw new PolicyError(`${where}: trust store "${text}" has a name outside [a-zA-Z0-9_.-]+`);
    return { type: type, name };
}
function parseIdentities(texts, where) {
    if (texts.includes('*')) {
        if (texts.length > 1)
            throw new PolicyError(`${where}: trustedIdentities "*" cannot be listed with other identities`);
        return '*';
    }
    const identities = [];
    for (const text of texts) {
        if (text === '')
            throw new PolicyError(`${where} has an empty trusted identity`);
        const colon = text.indexOf(':');
        if (colon === -1)
            throw new PolicyError(`${where}: trusted identity "${text}" has no "x509.subject:" prefix`);
        // Other kinds of identity belong to verification plugins; notation ignores them, and so does this action.
        if (text.slice(0, colon) !== SUBJECT_PREFIX)
            continue;
        const value = text.slice(colon + 1);
        if (value.trim() === '')
            throw new PolicyError(`${where}: trusted identity "${text}" names no subject`);
        try {
            identities.push({ text, name: (0,_x509_distinguished_name_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDistinguishedName */ .XU)(value) });
        }
        catch (error) {
            if (error instanceof _x509_distinguished_name_js__WEBPACK_IMPORTED_MODULE_3__/* .NameError */ .Qb)
                throw new PolicyError(`${where}: trusted identity "${text}" is not a valid distinguished name: ${error.message}`);
            throw error;
        }
    }
    for (const a of identities) {
        const overlapping = identities.find(b => b !== a && (0,_x509_distinguished_name_js__WEBPACK_IMPORTED_MODULE_3__/* .isSubset */ .HS)(a.name, b.name));
        if (overlapping)
            throw new PolicyError(`${where}: trusted identities "${a.text}" and "${overlapping.text}" overlap (one certificate could match both)`);
    }
    return identities;
}
function parseScopes(scopes, where) {
    if (scopes.length === 0)
        throw new PolicyError(`${where} has no "registryScopes"`);
    if (scopes.includes('*')) {
        if (scopes.length > 1)
            throw new PolicyError(`${where}: registryScopes "*" cannot be listed with other scopes`);
        return ['*'];
    }
    for (const scope of scopes) {
        const slash = scope.indexOf('/');
        const host = scope.slice(0, slash);
        const repository = scope.slice(slash + 1);
        if (scope.includes('*') || slash === -1 || host.startsWith('[') || !_event_grammar_js__WEBPACK_IMPORTED_MODULE_1__/* .hostRule */ .z3.test(host) || !_event_grammar_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryRule */ .jG.test(repository)) {
            throw new PolicyError(`${where}: registry scope "${scope}" is not a fully qualified repository such as myregistry.azurecr.io/team/web, or "*"`);
        }
    }
    return [...scopes];
}
/** The statement that applies to `scope` (`<registry>/<repository>`): the one that names it, else the global one. */
function applicablePolicy(document, scope) {
    return document.policies.find(policy => policy.registryScopes.includes(scope)) ?? document.policies.find(policy => policy.registryScopes[0] === '*');
}


/***/ }),

/***/ 2764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EE: () => (/* binding */ CertificateError),
/* harmony export */   Uz: () => (/* binding */ EKU),
/* harmony export */   us: () => (/* binding */ Certificate)
/* harmony export */ });
/* unused harmony exports KEY_USAGES, readName */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _distinguished_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5107);
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3252);
// One X.509 certificate as the Notary Project's rules need to see it: Node's
// X509Certificate (OpenSSL) parses it and checks signatures; der.ts reads what
// Node does not expose: the subject's attributes one by one, the raw names,
// and the extensions the specification honours (basic constraints, key usage,
// extended key usage) with their criticality, and whether it names a
// revocation service.



/** A certificate that cannot be read: the reason, for the refusal. */
class CertificateError extends Error {
    name = 'CertificateError';
}
const KEY_USAGES = [
    'digitalSignature',
    'nonRepudiation',
    'keyEncipherment',
    'dataEncipherment',
    'keyAgreement',
    'keyCertSign',
    'cRLSign',
    'encipherOnly',
    'decipherOnly'
];
const EKU = {
    serverAuth: '1.3.6.1.5.5.7.3.1',
    clientAuth: '1.3.6.1.5.5.7.3.2',
    codeSigning: '1.3.6.1.5.5.7.3.3',
    emailProtection: '1.3.6.1.5.5.7.3.4',
    timeStamping: '1.3.6.1.5.5.7.3.8',
    ocspSigning: '1.3.6.1.5.5.7.3.9',
    any: '2.5.29.37.0'
};
const EXTENSION = {
    basicConstraints: '2.5.29.19',
    keyUsage: '2.5.29.15',
    extendedKeyUsage: '2.5.29.37',
    crlDistributionPoints: '2.5.29.31',
    authorityInfoAccess: '1.3.6.1.5.5.7.1.1'
};
const OCSP_ACCESS_METHOD = '1.3.6.1.5.5.7.48.1';
/** A Name's relative distinguished names, each a SET of type and value, in the order it holds them. */
function readName(node, what) {
    return (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .children */ .Y_)(node, what).map(rdn => (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .children */ .Y_)(rdn, 'a relative distinguished name', 17).map(attribute => {
        const [type, value] = (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .children */ .Y_)(attribute, 'a name attribute');
        return { type: (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .oid */ .jq)(type, 'a name attribute type'), value: value === undefined ? undefined : (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .directoryString */ .xQ)(value) };
    }));
}
class Certificate {
    x509;
    der;
    /** The subject's relative distinguished names, in the order the certificate holds them. */
    subject;
    rawSubject;
    rawIssuer;
    basicConstraints;
    keyUsage;
    extendedKeyUsage;
    /** Whether it names an OCSP responder or a CRL distribution point, whose answer only the network has. */
    namesRevocationService;
    constructor(der, x509, tbs) {
        this.der = der;
        this.x509 = x509;
        // tbsCertificate: [0] version, serialNumber, signature, issuer, validity, subject, subjectPublicKeyInfo, … [3] extensions
        const offset = (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .isContext */ .aE)(tbs[0], 0) ? 1 : 0;
        const issuer = tbs[offset + 2];
        const subject = tbs[offset + 4];
        if (!issuer || !subject)
            throw new _der_js__WEBPACK_IMPORTED_MODULE_2__/* .DerError */ .I4('the certificate has no issuer or subject');
        this.rawIssuer = Buffer.from(issuer.encoded);
        this.rawSubject = Buffer.from(subject.encoded);
        this.subject = readName(subject, 'the subject');
        const extensions = tbs.find(node => (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .isContext */ .aE)(node, 3));
        const seen = new Set();
        let revocation = false;
        for (const extension of extensions ? (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .children */ .Y_)((0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .contextChildren */ .XG)(extensions, 3, 'the extensions')[0], 'the extensions') : []) {
            const parts = (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .children */ .Y_)(extension, 'an extension');
            const id = (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .oid */ .jq)(parts[0], 'an extension id');
            if (seen.has(id))
                throw new _der_js__WEBPACK_IMPORTED_MODULE_2__/* .DerError */ .I4(`the extension ${id} appears twice`);
            seen.add(id);
            const critical = parts.length === 3 ? (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zM)(parts[1], `the criticality of ${id}`) : false;
            const value = () => (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDer */ .zE)((0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .octets */ .tu)(parts[parts.length - 1], `the value of ${id}`), `the value of ${id}`);
            switch (id) {
                case EXTENSION.basicConstraints: {
                    const fields = (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .children */ .Y_)(value(), 'basic constraints');
                    // cA BOOLEAN DEFAULT FALSE, pathLenConstraint INTEGER OPTIONAL: either may be left out.
                    const flag = fields.find(field => field.tag === 1);
                    const ca = flag === undefined ? false : (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zM)(flag, 'cA');
                    const length = fields.find(field => field.tag === 2);
                    this.basicConstraints = {
                        critical,
                        value: { ca, pathLength: length === undefined ? undefined : Number((0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .integer */ .nd)(length, 'pathLenConstraint')) }
                    };
                    break;
                }
                case EXTENSION.keyUsage: {
                    const set = (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .bits */ .Lz)(value(), 'key usage');
                    this.keyUsage = { critical, value: new Set(KEY_USAGES.filter((_, i) => set[i] === true)) };
                    break;
                }
                case EXTENSION.extendedKeyUsage:
                    this.extendedKeyUsage = { critical, value: (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .children */ .Y_)(value(), 'extended key usage').map(purpose => (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .oid */ .jq)(purpose, 'a key purpose')) };
                    break;
                case EXTENSION.crlDistributionPoints:
                    revocation = true;
                    break;
                case EXTENSION.authorityInfoAccess:
                    revocation ||= (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .children */ .Y_)(value(), 'authority information access').some(access => (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .oid */ .jq)((0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .children */ .Y_)(access, 'an access description')[0], 'an access method') === OCSP_ACCESS_METHOD);
                    break;
            }
        }
        this.namesRevocationService = revocation;
    }
    /** Parses one DER certificate; `what` names it in the error. */
    static parse(der, what) {
        const bytes = Buffer.from(der);
        let x509;
        try {
            x509 = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(bytes);
        }
        catch {
            throw new CertificateError(`${what} is not an X.509 certificate`);
        }
        try {
            const [tbs] = (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .children */ .Y_)((0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDer */ .zE)(bytes, what), what);
            return new Certificate(bytes, x509, (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .children */ .Y_)(tbs, 'tbsCertificate'));
        }
        catch (error) {
            throw new CertificateError(`${what} cannot be read: ${error.message}`);
        }
    }
    get notBefore() {
        return this.x509.validFromDate;
    }
    get notAfter() {
        return this.x509.validToDate;
    }
    get publicKey() {
        return this.x509.publicKey;
    }
    get signatureAlgorithm() {
        return this.x509.signatureAlgorithmOid;
    }
    /** The subject as one line, in the certificate's order: `C=US, O=Contoso, CN=builder`. */
    describe() {
        return (0,_distinguished_name_js__WEBPACK_IMPORTED_MODULE_1__/* .describeName */ .T_)(this.subject);
    }
    /** Whether `issuer`'s key signed this certificate and its name is this certificate's issuer. */
    isIssuedBy(issuer) {
        return this.rawIssuer.equals(issuer.rawSubject) && this.x509.verify(issuer.publicKey);
    }
    equals(other) {
        return this.der.equals(other.der);
    }
}


/***/ }),

/***/ 4638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ chainProblem),
/* harmony export */   Ze: () => (/* binding */ keyAlgorithm)
/* harmony export */ });
/* unused harmony export ALGORITHMS */
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2764);
// The certificate requirements of the Notary Project's signature specification
// ("Certificate Requirements"), for a code-signing chain (the envelope's) and a
// timestamping chain (the TSA's): ordered leaf first, each certificate issued
// by the next, ending at a self-signed root (or one self-signed signing
// certificate alone), basic constraints, key usage and extended key usage as
// the table says, no SHA-1 signatures, and the signing key's algorithm. Each
// rule refuses with a reason; undefined is a chain that meets them all.

/** The Notary Project's signature algorithms, by their JWS names. */
const ALGORITHMS = (/* unused pure expression or super */ null && (['PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512']));
/** Certificate signature algorithms Go's crypto/x509 checks, SHA-1 and MD5 left out as the specification asks. */
const CERTIFICATE_SIGNATURES = new Set([
    '1.2.840.113549.1.1.11', // sha256WithRSAEncryption
    '1.2.840.113549.1.1.12', // sha384WithRSAEncryption
    '1.2.840.113549.1.1.13', // sha512WithRSAEncryption
    '1.2.840.113549.1.1.10', // RSASSA-PSS
    '1.2.840.10045.4.3.2', // ecdsa-with-SHA256
    '1.2.840.10045.4.3.3', // ecdsa-with-SHA384
    '1.2.840.10045.4.3.4', // ecdsa-with-SHA512
    '1.3.101.112' // Ed25519
]);
const RSA_SIZES = { 2048: 'PS256', 3072: 'PS384', 4096: 'PS512' };
const EC_CURVES = { prime256v1: 'ES256', secp384r1: 'ES384', secp521r1: 'ES512' };
/** The algorithm a signing key must sign with ("Algorithm Selection"), or why the key is not one the specification allows. */
function keyAlgorithm(certificate) {
    const key = certificate.publicKey;
    const details = key.asymmetricKeyDetails ?? {};
    if (key.asymmetricKeyType === 'rsa') {
        const algorithm = RSA_SIZES[details.modulusLength ?? 0];
        return algorithm ?? { refusal: `its RSA key of ${details.modulusLength} bits is not 2048, 3072 or 4096 bits` };
    }
    if (key.asymmetricKeyType === 'ec') {
        const algorithm = EC_CURVES[details.namedCurve ?? ''];
        return algorithm ?? { refusal: `its EC key on ${details.namedCurve} is not on P-256, P-384 or P-521` };
    }
    return { refusal: `its ${key.asymmetricKeyType ?? 'unknown'} key is neither RSA nor EC` };
}
/** Why the chain does not meet the specification's requirements for `purpose`, or undefined when it does. */
function chainProblem(chain, purpose) {
    if (chain.length === 0)
        return 'the certificate chain is empty';
    const weak = chain.find(certificate => !CERTIFICATE_SIGNATURES.has(certificate.signatureAlgorithm));
    if (weak)
        return `certificate ${weak.describe()} is signed with ${weak.x509.signatureAlgorithm ?? weak.signatureAlgorithm}, which the specification does not allow`;
    if (chain.length === 1) {
        const only = chain[0];
        if (!only.isIssuedBy(only))
            return `its one certificate, ${only.describe()}, is not self-signed: the chain must end at a root`;
        return leafProblem(only, purpose);
    }
    for (const [i, certificate] of chain.entries()) {
        const last = i === chain.length - 1;
        const selfSigned = certificate.isIssuedBy(certificate);
        if (last && !selfSigned)
            return `the chain ends at ${certificate.describe()}, which is not a self-signed root`;
        if (!last) {
            if (selfSigned)
                return `${i === 0 ? 'the signing certificate' : 'the intermediate certificate'} ${certificate.describe()} is self-signed inside a longer chain`;
            const parent = chain[i + 1];
            if (!certificate.isIssuedBy(parent))
                return `certificate ${certificate.describe()} is not issued by the next one in the chain, ${parent.describe()}`;
        }
        const problem = i === 0 ? leafProblem(certificate, purpose) : caProblem(certificate, purpose, i - 1);
        if (problem)
            return problem;
    }
    return undefined;
}
function caProblem(certificate, purpose, below) {
    const name = certificate.describe();
    const constraints = certificate.basicConstraints;
    if (!constraints || !constraints.value.ca || !constraints.critical) {
        return `CA certificate ${name} does not have critical basic constraints with cA true`;
    }
    const length = constraints.value.pathLength;
    if (length !== undefined && length < below)
        return `CA certificate ${name} allows ${length} intermediate certificates below it, and the chain has ${below}`;
    const usage = keyUsageProblem(certificate, purpose);
    if (usage)
        return usage;
    if (!certificate.keyUsage.value.has('keyCertSign'))
        return `CA certificate ${name} does not have the keyCertSign key usage`;
    return undefined;
}
function leafProblem(certificate, purpose) {
    const name = certificate.describe();
    if (certificate.basicConstraints?.value.ca)
        return `the ${purpose} certificate ${name} is a CA certificate (basic constraints cA true)`;
    const usage = keyUsageProblem(certificate, purpose);
    if (usage)
        return usage;
    const usages = certificate.keyUsage.value;
    if (!usages.has('digitalSignature'))
        return `the ${purpose} certificate ${name} does not have the digitalSignature key usage`;
    const others = [...usages].filter(usage => usage !== 'digitalSignature' && usage !== 'nonRepudiation');
    if (others.length > 0)
        return `the ${purpose} certificate ${name} has key usages a signing certificate must not have: ${others.join(', ')}`;
    const extended = certificate.extendedKeyUsage;
    if (purpose === 'timestamping') {
        if (!extended || extended.value.length !== 1 || extended.value[0] !== _certificate_js__WEBPACK_IMPORTED_MODULE_0__/* .EKU */ .Uz.timeStamping || !extended.critical) {
            return `the timestamping certificate ${name} does not have timeStamping as its only extended key usage, marked critical`;
        }
    }
    else {
        const forbidden = Object.entries(_certificate_js__WEBPACK_IMPORTED_MODULE_0__/* .EKU */ .Uz).filter(([usage, id]) => usage !== 'codeSigning' && extended?.value.includes(id));
        if (forbidden.length > 0) {
            return `the code signing certificate ${name} has extended key usages a code signing certificate must not have: ${forbidden.map(([usage]) => usage).join(', ')}`;
        }
    }
    const algorithm = keyAlgorithm(certificate);
    return typeof algorithm === 'string' ? undefined : `the ${purpose} certificate ${name}: ${algorithm.refusal}`;
}
/** Key usage must be there; for code signing also critical (for timestamping the specification says "SHOULD"). */
function keyUsageProblem(certificate, purpose) {
    const usage = certificate.keyUsage;
    if (!usage)
        return `certificate ${certificate.describe()} has no key usage extension`;
    if (purpose === 'code signing' && !usage.critical)
        return `certificate ${certificate.describe()} has a key usage extension that is not marked critical`;
    return undefined;
}


/***/ }),

/***/ 3252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I4: () => (/* binding */ DerError),
/* harmony export */   Lz: () => (/* binding */ bits),
/* harmony export */   XG: () => (/* binding */ contextChildren),
/* harmony export */   Y_: () => (/* binding */ children),
/* harmony export */   Ze: () => (/* binding */ parseAt),
/* harmony export */   aE: () => (/* binding */ isContext),
/* harmony export */   af: () => (/* binding */ UNIVERSAL),
/* harmony export */   jq: () => (/* binding */ oid),
/* harmony export */   kB: () => (/* binding */ time),
/* harmony export */   kX: () => (/* binding */ implicitInteger),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   tu: () => (/* binding */ octets),
/* harmony export */   xQ: () => (/* binding */ directoryString),
/* harmony export */   zE: () => (/* binding */ parseDer),
/* harmony export */   zM: () => (/* binding */ boolean)
/* harmony export */ });
/* unused harmony export CONTEXT */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
// A strict DER reader: tag, length and value, nested, and the few universal
// types the certificate, name and timestamp code reads (OID, INTEGER,
// BOOLEAN, OCTET and BIT STRING, times, directory strings). The parser refuses
// what BER allows and DER does not (long or indefinite lengths, constructed
// strings); every accessor checks the tag it expects and the value's DER form,
// and throws DerError otherwise, so that a structure
// that is not what the specification says is refused, never read at the wrong
// place. Parsing, not cryptography: Node's crypto checks every signature. It
// replaces asn1js, whose 165 KB cost a Notation step 20 million instructions
// to load for these few reads (docs/performance.md).

/** ASN.1 that is not the structure it should be: the caller says whose. */
class DerError extends Error {
    name = 'DerError';
}
const UNIVERSAL = 0;
const CONTEXT = 2;
/** The universal types whose encoding is constructed: EXTERNAL, EMBEDDED PDV, SEQUENCE, SET, CHARACTER STRING. */
const STRUCTURED = new Set([8, 11, 16, 17, 29]);
/** Deeper than any certificate or timestamp token nests; bounds the recursion. */
const MAX_DEPTH = 32;
/** One element parsed from `bytes`, which must hold exactly that element. */
function parseDer(bytes, what) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const { node, end } = parseAt(buffer, 0, 0, what);
    if (end !== buffer.length)
        throw new DerError(`${what} has bytes after its ASN.1 element`);
    return node;
}
/** The element at `offset`, and where the next one starts. */
function parseAt(bytes, offset, depth, what) {
    if (depth > MAX_DEPTH)
        throw new DerError(`${what} nests deeper than ${MAX_DEPTH} levels`);
    const identifier = bytes[offset];
    if (identifier === undefined)
        throw new DerError(`${what} ends before an ASN.1 element`);
    if ((identifier & 0x1f) === 0x1f)
        throw new DerError(`${what} uses a high tag number`);
    // Universal tag 0 is BER's end-of-contents marker, which DER, having no indefinite lengths, never writes (X.690 8.1.5).
    if (identifier === 0)
        throw new DerError(`${what} holds an end-of-contents marker (BER, not DER)`);
    let length = bytes[offset + 1];
    if (length === undefined)
        throw new DerError(`${what} ends inside an ASN.1 header`);
    let start = offset + 2;
    if (length === 0x80)
        throw new DerError(`${what} uses an indefinite length (BER, not DER)`);
    if (length > 0x80) {
        const count = length & 0x7f;
        if (count > 4 || start + count > bytes.length)
            throw new DerError(`${what} has an invalid length`);
        length = 0;
        for (let i = 0; i < count; i++)
            length = length * 256 + bytes[start + i];
        // DER: the fewest length bytes, and the short form below 128 (BER allows either; X.690 10.1).
        if (bytes[start] === 0 || length < 0x80)
            throw new DerError(`${what} has a length that is not in DER's shortest form`);
        start += count;
    }
    const end = start + length;
    if (end > bytes.length)
        throw new DerError(`${what} is shorter than its ASN.1 lengths say`);
    const constructed = (identifier & 0x20) !== 0;
    // DER's forms: universal types are constructed exactly when they are structured (X.690 8.9, 8.11, 10.2: no constructed strings).
    if (identifier >> 6 === UNIVERSAL && constructed !== STRUCTURED.has(identifier & 0x1f))
        throw new DerError(`${what} uses the ${constructed ? 'constructed' : 'primitive'} form for universal type ${identifier & 0x1f}, which DER does not`);
    const children = [];
    for (let at = start; constructed && at < end;) {
        const child = parseAt(bytes.subarray(0, end), at, depth + 1, what);
        children.push(child.node);
        at = child.end;
    }
    return {
        node: {
            tagClass: identifier >> 6,
            constructed,
            tag: identifier & 0x1f,
            encoded: bytes.subarray(offset, end),
            content: bytes.subarray(start, end),
            children
        },
        end
    };
}
/** A universal element of type `tag`; its form (constructed or not) the parser has checked. */
function expect(node, tag, name, what) {
    if (!node || node.tagClass !== UNIVERSAL || node.tag !== tag)
        throw new DerError(`${what} is not ${name}`);
    return node;
}
/** The elements of a SEQUENCE or SET. */
function children(node, what, tag = 16) {
    return expect(node, tag, tag === 16 ? 'a SEQUENCE' : 'a SET', what).children;
}
/** The elements of a constructed context-specific [n] element. */
function contextChildren(node, n, what) {
    if (!isContext(node, n) || !node.constructed)
        throw new DerError(`${what} is not a constructed [${n}]`);
    return node.children;
}
function isContext(node, n) {
    return node !== undefined && node.tagClass === CONTEXT && node.tag === n;
}
function oid(node, what) {
    const bytes = expect(node, 6, 'an OBJECT IDENTIFIER', what).content;
    if (bytes.length === 0 || (bytes[bytes.length - 1] & 0x80) !== 0)
        throw new DerError(`${what} is not a valid OBJECT IDENTIFIER`);
    const arcs = [];
    let value = 0n;
    for (const [i, byte] of bytes.entries()) {
        // Each arc in the fewest base-128 digits: none starts with 0x80 (X.690 8.19.2).
        if (byte === 0x80 && (i === 0 || (bytes[i - 1] & 0x80) === 0))
            throw new DerError(`${what} is not a valid OBJECT IDENTIFIER`);
        value = (value << 7n) | BigInt(byte & 0x7f);
        if ((byte & 0x80) === 0) {
            arcs.push(value);
            value = 0n;
        }
    }
    const first = arcs[0];
    const head = first < 80n ? [first / 40n, first % 40n] : [2n, first - 80n];
    return [...head, ...arcs.slice(1)].join('.');
}
function integer(node, what) {
    return integerOf(expect(node, 2, 'an INTEGER', what).content, what);
}
/** An INTEGER under an IMPLICIT context tag ([n] INTEGER), such as a TSTInfo's accuracy in milliseconds. */
function implicitInteger(node, what) {
    if (!node || node.tagClass !== CONTEXT || node.constructed)
        throw new DerError(`${what} is not an INTEGER`);
    return integerOf(node.content, what);
}
function integerOf(bytes, what) {
    if (bytes.length === 0)
        throw new DerError(`${what} is an empty INTEGER`);
    // DER: the fewest bytes; a first byte of all zeros or all ones that the next byte's sign bit repeats is one too many (X.690 8.3.2).
    if (bytes.length > 1 && ((bytes[0] === 0 && bytes[1] < 0x80) || (bytes[0] === 0xff && bytes[1] >= 0x80)))
        throw new DerError(`${what} is not a DER INTEGER (not in its fewest bytes)`);
    const unsigned = BigInt(`0x${bytes.toString('hex')}`);
    return (bytes[0] & 0x80) === 0 ? unsigned : unsigned - (1n << BigInt(bytes.length * 8));
}
function boolean(node, what) {
    const bytes = expect(node, 1, 'a BOOLEAN', what).content;
    if (bytes.length !== 1 || (bytes[0] !== 0 && bytes[0] !== 0xff))
        throw new DerError(`${what} is not a DER BOOLEAN`);
    return bytes[0] === 0xff;
}
function octets(node, what) {
    return expect(node, 4, 'an OCTET STRING', what).content;
}
/** The bits of a BIT STRING, first bit first. */
function bits(node, what) {
    const bytes = expect(node, 3, 'a BIT STRING', what).content;
    const unused = bytes[0];
    if (unused === undefined || unused > 7 || (bytes.length === 1 && unused !== 0))
        throw new DerError(`${what} is not a valid BIT STRING`);
    // DER: the unused bits of the last byte are zero (X.690 11.2.1).
    if ((bytes[bytes.length - 1] & ((1 << unused) - 1)) !== 0)
        throw new DerError(`${what} is not a DER BIT STRING (unused bits set)`);
    const count = (bytes.length - 1) * 8 - unused;
    return Array.from({ length: count }, (_, i) => (bytes[1 + (i >> 3)] & (0x80 >> (i & 7))) !== 0);
}
/** UTCTime (YYMMDDHHMMSSZ, 50–99 being 19xx) or GeneralizedTime (YYYYMMDDHHMMSS[.f]Z), as DER writes them (X.690 11.7, 11.8). */
function time(node, what) {
    const text = node?.tagClass === UNIVERSAL ? node.content.toString('latin1') : '';
    const utc = node?.tag === 23 ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text) : undefined;
    // DER: a fraction has no trailing zero, and no point without one.
    const generalized = node?.tag === 24 ? /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\.\d*[1-9])?Z$/.exec(text) : undefined;
    const parts = utc ?? generalized;
    if (!parts)
        throw new DerError(`${what} is not a time`);
    const [month, day, hour, minute, second] = parts.slice(2, 7).map(Number);
    const year = utc ? Number(parts[1]) + (Number(parts[1]) >= 50 ? 1900 : 2000) : Number(parts[1]);
    const millis = Math.floor(Number(`0${parts[7] ?? ''}`) * 1000);
    const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, millis));
    date.setUTCFullYear(year, month - 1, day);
    // Date.UTC rolls a 13th month, a 31st of June or a 60th second over into the next; a valid time does not move.
    if (month < 1 || month > 12 || date.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59)
        throw new DerError(`${what} is not a valid time`);
    return date;
}
/** PrintableString's characters, and the `*` and `&` Go's crypto/x509 accepts in them too. */
const PRINTABLE = /^[A-Za-z0-9 '()+,\-./:=?*&]*$/;
/**
 * The text of a directory string, as Go's crypto/x509 reads a name's value
 * (UTF8String, PrintableString, IA5String, NumericString, TeletexString as
 * Latin-1, BMPString); undefined for any other type. A string whose bytes its
 * type does not allow is a DerError, as Go refuses the certificate.
 */
function directoryString(node) {
    if (node.tagClass !== UNIVERSAL)
        return undefined;
    const raw = node.content;
    const text = raw.toString('latin1');
    const valid = (ok, type) => {
        if (!ok)
            throw new DerError(`a name holds an invalid ${type}`);
        return text;
    };
    switch (node.tag) {
        case 12: // UTF8String
            if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(raw))
                throw new DerError('a name holds an invalid UTF8String');
            return raw.toString('utf8');
        case 18:
            return valid(/^[0-9 ]*$/.test(text), 'NumericString');
        case 19:
            return valid(PRINTABLE.test(text), 'PrintableString');
        case 20: // TeletexString
            return text;
        case 22:
            return valid(raw.every(byte => byte < 0x80), 'IA5String');
        case 30: // BMPString: UTF-16, big-endian
            if (raw.length % 2 !== 0)
                throw new DerError('a name holds an invalid BMPString');
            return Buffer.from(raw).swap16().toString('utf16le');
        default:
            return undefined;
    }
}


/***/ }),

/***/ 5107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HS: () => (/* binding */ isSubset),
/* harmony export */   Qb: () => (/* binding */ NameError),
/* harmony export */   T_: () => (/* binding */ describeName),
/* harmony export */   XU: () => (/* binding */ parseDistinguishedName),
/* harmony export */   h$: () => (/* binding */ describeDistinguishedName),
/* harmony export */   wn: () => (/* binding */ subjectName)
/* harmony export */ });
/* unused harmony export ATTRIBUTE_NAMES */
// Distinguished names as the trust policy's `x509.subject:` identities compare
// them ("Trusted Identities Constraints"): RFC 4514 text, one attribute per
// RDN, no attribute type twice, C, ST (or S) and O at least, values with
// `\,`, `\;`, `\\` and `\XX` escapes. The signing certificate's subject is read
// into the same shape, with the short names Go's crypto/x509/pkix gives the
// types (what notation compares against). An identity matches when each of its
// attributes has the same value in the subject (a subset, as notation's
// IsSubsetDN); values are compared exactly, case included.
/** The short names Go's crypto/x509/pkix gives attribute types, which notation's x509.subject identities use. */
const ATTRIBUTE_NAMES = {
    '2.5.4.6': 'C',
    '2.5.4.10': 'O',
    '2.5.4.11': 'OU',
    '2.5.4.3': 'CN',
    '2.5.4.5': 'SERIALNUMBER',
    '2.5.4.7': 'L',
    '2.5.4.8': 'ST',
    '2.5.4.9': 'STREET',
    '2.5.4.17': 'POSTALCODE'
};
class NameError extends Error {
    name = 'NameError';
}
const MANDATORY = ['C', 'ST', 'O'];
/** Parses a trusted identity's distinguished name; throws NameError saying what is wrong. */
function parseDistinguishedName(text) {
    if (text.includes('=#'))
        throw new NameError('a value written as =#<hex> (BER) is not supported; write the text');
    const attributes = [];
    let type;
    let start = 0;
    let escaping = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (escaping) {
            escaping = false;
        }
        else if (ch === '\\') {
            escaping = true;
        }
        else if (ch === '=' && type === undefined) {
            type = decode(text.slice(start, i));
            start = i + 1;
        }
        else if (ch === ',' || ch === ';' || ch === '+') {
            if (type === undefined)
                throw new NameError(`"${text.slice(start, i)}" has no "=": each part must be TYPE=value`);
            if (ch === '+')
                throw new NameError('multi-valued RDNs (joined by "+") are not supported');
            attributes.push([type, decode(text.slice(start, i))]);
            type = undefined;
            start = i + 1;
        }
    }
    if (type === undefined)
        throw new NameError(`"${text.slice(start)}" has no "=": each part must be TYPE=value`);
    attributes.push([type, decode(text.slice(start))]);
    const name = new Map();
    for (const [raw, value] of attributes) {
        // S is notation's alias for ST (stateOrProvinceName).
        const key = raw === 'S' ? 'ST' : raw;
        if (name.has(key))
            throw new NameError(`the attribute ${key} appears twice`);
        name.set(key, value);
    }
    const missing = MANDATORY.filter(key => !name.get(key));
    if (missing.length > 0)
        throw new NameError(`it must name C, ST (or S) and O at least; it has no ${missing.join(', ')}`);
    return name;
}
/**
 * RFC 4514's value text: spaces around it dropped (an escaped trailing space
 * kept), `\` before a special character or two hex digits; a raw `"`, `<`, `>`
 * or NUL refused, as go-ldap's ParseDN does.
 */
function decode(raw) {
    let text = raw.replace(/^ +/, '');
    const trailing = /(\\*) +$/.exec(text);
    if (trailing)
        text = text.slice(0, trailing.index + trailing[1].length) + (trailing[1].length % 2 === 1 ? ' ' : '');
    const bytes = [];
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch !== '\\') {
            if (ch === '"' || ch === '<' || ch === '>' || ch === '\0')
                throw new NameError(`the character ${JSON.stringify(ch)} must be escaped`);
            bytes.push(...Buffer.from(ch, 'utf8'));
            continue;
        }
        const next = text[i + 1];
        if (next === undefined)
            throw new NameError('it ends with an unfinished escape "\\"');
        if (' "#+,;<=>\\'.includes(next)) {
            bytes.push(next.charCodeAt(0));
            i++;
            continue;
        }
        const hex = text.slice(i + 1, i + 3);
        if (!/^[0-9a-fA-F]{2}$/.test(hex))
            throw new NameError(`"\\${hex}" is neither an escaped special character nor two hex digits`);
        bytes.push(parseInt(hex, 16));
        i += 2;
    }
    return Buffer.from(bytes).toString('utf8');
}
/**
 * The certificate subject's attributes by short name, as notation reads
 * them; or why notation could not compare them: an attribute type Go has no
 * short name for (it prints it as `OID=#hex`, which notation refuses), a type
 * twice (CN and SERIALNUMBER keep their last value, as Go does), or a value
 * that is not text.
 */
function subjectName(rdns) {
    const name = new Map();
    for (const attribute of rdns.flat()) {
        const key = ATTRIBUTE_NAMES[attribute.type];
        if (key === undefined)
            return { refusal: `its subject holds the attribute ${attribute.type}, which an x509.subject identity cannot name` };
        if (attribute.value === undefined)
            return { refusal: `its subject's ${key} is not text` };
        if (name.has(key) && key !== 'CN' && key !== 'SERIALNUMBER')
            return { refusal: `its subject holds ${key} more than once` };
        name.set(key, attribute.value);
    }
    return name;
}
/** Whether every attribute of `identity` has the same value in `subject`. */
function isSubset(identity, subject) {
    for (const [key, value] of identity)
        if (subject.get(key) !== value)
            return false;
    return true;
}
/** The identity as the policy wrote it would print it: `C=US, ST=WA, O=Contoso`. */
function describeDistinguishedName(name) {
    return describeName([...name].map(([key, value]) => [{ type: key, value }]));
}
/** A name as one line: short names where Go has them, OIDs otherwise, RFC 4514's special characters escaped. */
function describeName(rdns) {
    return rdns
        .map(rdn => rdn.map(a => `${ATTRIBUTE_NAMES[a.type] ?? a.type}=${a.value === undefined ? '(not text)' : escapeValue(a.value)}`).join('+'))
        .join(', ');
}
function escapeValue(value) {
    return value.replace(/[,+"\\<>;]/g, ch => `\\${ch}`).replace(/^[ #]| $/g, ch => `\\${ch}`);
}


/***/ }),

/***/ 9990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ fetchSignature),
/* harmony export */   LA: () => (/* binding */ walkSignatures),
/* harmony export */   ZR: () => (/* binding */ isReferrerOf),
/* harmony export */   Zj: () => (/* binding */ nextPage),
/* harmony export */   d4: () => (/* binding */ MAX_SIGNATURES),
/* harmony export */   my: () => (/* binding */ MAX_SIGNATURE_BYTES),
/* harmony export */   xt: () => (/* binding */ listReferrers)
/* harmony export */ });
/* unused harmony exports MAX_UNTYPED_READS, MAX_REFERRER_PAGES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _event_grammar_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3157);
/* harmony import */ var _registry_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4679);
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(176);
// Signatures attached to a manifest as OCI 1.1 referrers: the referrers API,
// else the sha256-<hex> tag index the specification names as its fallback
// (Debian's registry 2.8 and GHCR have no API; ACR has), then each referrer's
// manifest and the one layer of its format (a Sigstore bundle, a Notation
// envelope), every read capped and checked against its digest. Everything here
// is what anyone who may push wrote: a referrer that is not right is refused
// with a reason, never trusted. What the layer says is the format's to check.




/** A bundle is a few kilobytes; a large provenance some tens. */
const MAX_SIGNATURE_BYTES = 1024 * 1024;
/** Signatures examined for one event, per format: a manifest with more referrers than this has the first ones judged only. */
const MAX_SIGNATURES = 16;
/** Referrers listed without an artifactType cost a manifest read each to tell their format: read up to this many. */
const MAX_UNTYPED_READS = 4 * MAX_SIGNATURES;
/** Pages of the referrers API followed (its Link: <…>; rel="next"); each is an index of up to 4 MiB. */
const MAX_REFERRER_PAGES = 8;
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
/**
 * Every referrer of `repository@digest`, following the referrers API's Link
 * pages up to MAX_REFERRER_PAGES; an empty list when there are none. Registry
 * failures throw.
 */
async function listReferrers(client, repository, digest) {
    const first = `/v2/${repository}/referrers/${digest}`;
    const api = await client.get(repository, first, OCI_INDEX, _registry_client_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_MANIFEST_BYTES */ .ZJ);
    if (api.status === 200) {
        const referrers = indexEntries(api.body, client.host, `the referrers of ${digest}`);
        let next = nextPage(api.headers.link, client.host, first);
        for (let page = 1; next !== undefined; page++) {
            if (page === MAX_REFERRER_PAGES) {
                return {
                    via: 'referrers API',
                    referrers,
                    truncated: `the registry lists the referrers on more than ${MAX_REFERRER_PAGES} pages, and only the first ${MAX_REFERRER_PAGES} were read`
                };
            }
            const more = await client.get(repository, next, OCI_INDEX, _registry_client_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_MANIFEST_BYTES */ .ZJ);
            if (more.status !== 200)
                break;
            referrers.push(...indexEntries(more.body, client.host, `the referrers of ${digest}`));
            next = nextPage(more.headers.link, client.host, first);
        }
        return { via: 'referrers API', referrers };
    }
    const tag = digest.replace(':', '-');
    const index = await client.manifest('GET', repository, tag);
    if (index.status === 404)
        return { via: 'tag index', referrers: [] };
    return { via: 'tag index', referrers: indexEntries(index.body, client.host, `the referrers index ${repository}:${tag}`) };
}
/**
 * The next page a Link header names (RFC 8288, rel="next"), as a path of the
 * same registry's referrers endpoint; anything else (another host, another
 * path) is not followed.
 */
function nextPage(link, host, path) {
    const text = Array.isArray(link) ? link.join(', ') : (link ?? '');
    for (const [, target = '', params = ''] of text.matchAll(/<([^>]*)>([^<]*)/g)) {
        const rel = /;\s*rel\s*=\s*"?([^";,]*)"?/i.exec(params)?.[1] ?? '';
        if (!rel.toLowerCase().split(/\s+/).includes('next'))
            continue;
        let url;
        try {
            url = new URL(target, `http://${host}${path}`);
        }
        catch {
            return undefined;
        }
        return url.host === host && url.pathname === path ? `${url.pathname}${url.search}` : undefined;
    }
    return undefined;
}
/**
 * The signatures of one format attached to `repository@subject`, one at a
 * time, so that a caller satisfied by the first stops reading. At most
 * MAX_SIGNATURES of the format, and MAX_UNTYPED_READS referrers whose
 * descriptor does not say their format; what the caps hide is said in
 * `walk().notes`.
 */
async function walkSignatures(client, repository, subject, format) {
    const list = await listReferrers(client, repository, subject);
    const notes = list.truncated ? [list.truncated] : [];
    let found = 0;
    async function* signatures() {
        const candidates = list.referrers.filter(referrer => isReferrerOf(format, referrer) !== false);
        let untyped = 0;
        for (const [index, referrer] of candidates.entries()) {
            const typed = isReferrerOf(format, referrer) === true;
            if (found >= MAX_SIGNATURES) {
                notes.push(`${candidates.length - index} more ${format.kind} referrers were not read (at most ${MAX_SIGNATURES} are)`);
                return;
            }
            if (!typed && untyped >= MAX_UNTYPED_READS) {
                notes.push(`${candidates.length - index} more referrers without an artifactType were not read (at most ${MAX_UNTYPED_READS} are read to tell their format): a ${format.kind} may be among them`);
                return;
            }
            if (!typed)
                untyped++;
            const fetched = (await fetchSignature(client, repository, referrer.digest, subject, format)) ??
                // Listed as the format over a manifest that is not: a lie, refused, so that it counts against MAX_SIGNATURES.
                // Skipped, it would count against no cap, and a list of such descriptors would cost a manifest read each.
                (typed
                    ? { referrer: referrer.digest, refusal: `a referrer is listed as a ${format.kind}, but its manifest is of another format` }
                    : undefined);
            if (!fetched)
                continue;
            found++;
            yield fetched;
        }
    }
    return { walk: () => ({ via: list.via, found, notes }), signatures: signatures() };
}
/** Whether a referrer's descriptor says it is of the format; undefined when it says nothing. */
function isReferrerOf(format, referrer) {
    return referrer.artifactType === undefined ? undefined : format.artifactType.test(referrer.artifactType);
}
/**
 * The signature layer of one referrer: its manifest (which must be about
 * `subject`), the layer of the format, the blob, each checked against its
 * digest; undefined when the referrer is of another format. A blob redirect
 * goes only where the client's `allowsHost` lets it.
 */
async function fetchSignature(client, repository, referrer, subject, format) {
    const refuse = (refusal) => ({ referrer, refusal: `a referrer ${refusal}` });
    const response = await client.manifest('GET', repository, referrer);
    if (response.status === 404)
        return refuse('is listed, but the registry has no such manifest');
    if ((0,_registry_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .bodyMatchesDigest */ .a)(response.body, referrer) !== true)
        return refuse('manifest does not hash to its digest');
    const manifest = parseObject(response.body);
    if (!manifest)
        return refuse('manifest is not a JSON object');
    const artifactType = typeof manifest.artifactType === 'string' ? manifest.artifactType : undefined;
    const layers = Array.isArray(manifest.layers) ? manifest.layers.map(descriptorOf) : [];
    const layer = layers.find(candidate => candidate && format.layerMediaType.test(candidate.mediaType));
    // A referrer listed without an artifactType that is of another format (an SBOM, another kind of signature) is not ours to judge.
    if (!layer && !(artifactType && format.artifactType.test(artifactType)))
        return undefined;
    if (manifest.mediaType !== undefined && manifest.mediaType !== OCI_MANIFEST)
        return refuse(`manifest is ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(manifest.mediaType)}, not an OCI image manifest`);
    const about = descriptorOf(manifest.subject)?.digest;
    if (about !== subject)
        return refuse(`is attached to ${about ?? 'no subject'}, not to ${subject}`);
    if (!layer)
        return refuse(`has no layer of a ${format.kind} media type`);
    if (layer.size > format.maxBytes) {
        return refuse(`${format.name} of ${layer.size} bytes was not read: more than the ${format.maxBytes} this action reads`);
    }
    let blob;
    try {
        blob = await client.get(repository, `/v2/${repository}/blobs/${layer.digest}`, '*/*', layer.size);
    }
    catch (error) {
        // A blob longer than its descriptor says is cut off by the size cap: refused, like any other lie.
        if (error instanceof _registry_client_js__WEBPACK_IMPORTED_MODULE_3__/* .AnswerTooLarge */ .UG)
            return refuse(`${format.name} blob is larger than the ${layer.size} bytes its descriptor says`);
        throw error;
    }
    if (blob.status !== 200) {
        throw new _registry_client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl(client.host, `The registry ${client.host} answered HTTP ${blob.status} for the ${format.name} blob ${layer.digest} of ${repository}; nothing was assumed verified`, blob.status);
    }
    if ((0,_registry_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .bodyMatchesDigest */ .a)(blob.body, layer.digest) !== true)
        return refuse(`${format.name} blob does not hash to its digest`);
    return { referrer, mediaType: layer.mediaType, blob: blob.body, annotations: annotationsOf(manifest.annotations) };
}
/** A manifest's string annotations; anything else in that member is left out. */
function annotationsOf(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return {};
    return Object.fromEntries(Object.entries(value).filter((entry) => typeof entry[1] === 'string'));
}
function descriptorOf(value) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const { mediaType, digest, size } = value;
    if (typeof digest !== 'string' || !_event_grammar_js__WEBPACK_IMPORTED_MODULE_1__/* .digestRule */ .ZT.test(digest) || typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
        return undefined;
    return { mediaType: typeof mediaType === 'string' ? mediaType : '', digest, size };
}
function parseObject(body) {
    try {
        const value = JSON.parse(body.toString('utf8'));
        return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/** The descriptors of an OCI index: a registry that answers with something else cannot be read, and fails the step. */
function indexEntries(body, host, what) {
    const index = parseObject(body);
    if (!index || !Array.isArray(index.manifests)) {
        throw new _registry_client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl(host, `The registry ${host} answered for ${what} with something other than an OCI image index; nothing was assumed verified`);
    }
    const referrers = [];
    for (const entry of index.manifests) {
        const descriptor = descriptorOf(entry);
        if (!descriptor)
            continue;
        const artifactType = entry.artifactType;
        referrers.push({ digest: descriptor.digest, artifactType: typeof artifactType === 'string' ? artifactType : undefined });
    }
    return referrers;
}


/***/ })

};
