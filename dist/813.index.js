export const id = 813;
export const ids = [813];
export const modules = {

/***/ 813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkAttestation: () => (/* binding */ checkAttestation)
});

// UNUSED EXPORTS: BundleUnavailable

// EXTERNAL MODULE: ./src/action/trust/sources/referrers.ts
var referrers = __webpack_require__(9990);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(1040);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(4187);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(9654);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@tufjs/canonical-json/lib/index.js
var lib = __webpack_require__(5178);
;// CONCATENATED MODULE: ./src/action/trust/sigstore/github-tuf.ts
// GitHub's Sigstore instance (it signs attestations of private repositories)
// publishes its trusted root through its own TUF repository,
// https://tuf-repo.github.com, which gh reads starting from the root it embeds
// (version 1 of that repository's root.json). No package on a registry ships
// that root, and this repository commits none of gh's files, so the root is
// pinned here by a fact about it instead: the SHA-256 of the canonical JSON
// (TUF's own form, @tufjs/canonical-json) of its `signed` part, the keys and
// thresholds every later root must chain from. On first use the action fetches
// 1.root.json from the repository, refuses it unless its `signed` part has that
// hash, keeps it, and hands it to @sigstore/tuf as the initial root; TUF then
// updates through every later root (each signed by a threshold of the previous
// one's keys) to the current trusted_root.json.





const GITHUB_TUF_MIRROR = 'https://tuf-repo.github.com';
/** sha256(canonicalize(root.signed)) of version 1 of tuf-repo.github.com's root, the one gh embeds. */
const GITHUB_TUF_ROOT_V1_SIGNED_SHA256 = '51de2c4ec8a395c9493a0b05fe7113f628f7cd80011767e01b89c9272a7cc072';
/** The hash a root's `signed` part is pinned by. */
function signedHash(root) {
    const signed = typeof root === 'object' && root !== null ? root.signed : undefined;
    if (typeof signed !== 'object' || signed === null)
        return undefined;
    return (0,external_node_crypto_.createHash)('sha256')
        .update((0,lib.canonicalize)(signed))
        .digest('hex');
}
/** Where sigstore-js keeps its TUF caches (XDG_DATA_HOME on Linux), and so where this action keeps the bootstrapped root. */
function dataDirectory(env = process.env) {
    if (process.platform === 'win32')
        return (0,external_node_path_.join)(env.LOCALAPPDATA ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), 'AppData', 'Local'), 'acr-webhook-action');
    if (process.platform === 'darwin')
        return (0,external_node_path_.join)((0,external_node_os_.homedir)(), 'Library', 'Application Support', 'acr-webhook-action');
    return (0,external_node_path_.join)(env.XDG_DATA_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.local', 'share'), 'acr-webhook-action');
}
class BootstrapError extends Error {
    name = 'BootstrapError';
}
/**
 * The path of the initial root for `mirror`: kept from an earlier step, or
 * fetched now and checked against the pinned hash. A root whose hash differs
 * is refused, whatever the server says: it is not the root gh starts from.
 */
async function bootstrapRoot(options) {
    const path = (0,external_node_path_.join)(options.directory, `${encodeURIComponent(new URL(options.mirror).host)}.1.root.json`);
    if ((0,external_node_fs_.existsSync)(path) && signedHash(parseJson((0,external_node_fs_.readFileSync)(path, 'utf8'))) === options.pinnedSha256)
        return path;
    const url = `${options.mirror.replace(/\/$/, '')}/1.root.json`;
    let text;
    try {
        const response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs), redirect: 'error' });
        if (!response.ok)
            throw new Error(`HTTP ${response.status}`);
        text = await response.text();
    }
    catch (error) {
        const cause = error.cause;
        throw new BootstrapError(`${url}: ${cause?.code ?? cause?.message ?? error.message}`);
    }
    const hash = signedHash(parseJson(text));
    if (hash !== options.pinnedSha256) {
        throw new BootstrapError(`${url} is not the root this action pins (the SHA-256 of its signed part is ${hash ?? 'not computable: not a TUF root'}, expected ${options.pinnedSha256})`);
    }
    (0,external_node_fs_.mkdirSync)(options.directory, { recursive: true });
    // Written whole or not at all: another step on the same runner may read it.
    const partial = `${path}.${process.pid}.partial`;
    (0,external_node_fs_.writeFileSync)(partial, text);
    (0,external_node_fs_.renameSync)(partial, path);
    return path;
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/action/trust/sigstore/trust.ts
// The trust material bundles are verified against, by instance: Sigstore's
// public good (public repositories, cosign keyless) and GitHub's own (private
// repositories), each through its TUF repository and fetched only when a
// bundle of that instance is there to check; or the roots of a trusted-root
// file alone. Which instance checks a bundle is picked from the organization
// of its certificate's issuer, as gh does, and so is what it must prove.





/** The organizations of the issuers gh knows: Sigstore's public-good Fulcio and GitHub's own. */
const PUBLIC_GOOD_ORGANIZATION = 'sigstore.dev';
const GITHUB_ORGANIZATION = 'GitHub, Inc.';
const PUBLIC_GOOD_TUF_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';
const TUF_TIMEOUT_MS = 5_000;
/** An error that fails the step: the trust material could not be had, so nothing can be verified. */
class TrustError extends Error {
    name = 'TrustError';
}
function loadTrust(options) {
    if (options.trustedRoot !== undefined) {
        const instances = readTrustedRootFile(options.trustedRoot);
        return { source: `trusted-root ${options.trustedRoot}`, instancesFor: organizations => Promise.resolve(instancesOf(instances, organizations)) };
    }
    const loaded = new Map();
    const once = (organization, load) => {
        let instance = loaded.get(organization);
        if (!instance)
            loaded.set(organization, (instance = load()));
        return instance;
    };
    return {
        source: "the TUF repositories of Sigstore's public good and of GitHub",
        async instancesFor(organizations) {
            if (organizations.includes(GITHUB_ORGANIZATION))
                return [await once(GITHUB_ORGANIZATION, () => githubInstance(options))];
            if (organizations.includes(PUBLIC_GOOD_ORGANIZATION))
                return [await once(PUBLIC_GOOD_ORGANIZATION, publicGoodInstance)];
            return [];
        }
    };
}
function instancesOf(instances, organizations) {
    return instances.filter(instance => instance.organizations.some(o => organizations.includes(o)));
}
async function publicGoodInstance() {
    const { getTrustedRoot } = await __webpack_require__.e(/* import() */ 694).then(__webpack_require__.bind(__webpack_require__, 4423));
    let root;
    try {
        root = await getTrustedRoot();
    }
    catch (error) {
        throw unreachableTuf(PUBLIC_GOOD_TUF_MIRROR, "Sigstore's public-good", error);
    }
    return instanceOf(root, PUBLIC_GOOD_ORGANIZATION, "Sigstore's public-good instance (TUF)");
}
async function githubInstance(options) {
    const mirror = options.githubTuf?.mirror ?? GITHUB_TUF_MIRROR;
    let rootPath;
    try {
        rootPath =
            options.githubTuf?.rootPath ??
                (await bootstrapRoot({
                    mirror,
                    pinnedSha256: GITHUB_TUF_ROOT_V1_SIGNED_SHA256,
                    directory: dataDirectory(options.env),
                    timeoutMs: TUF_TIMEOUT_MS
                }));
    }
    catch (error) {
        throw unreachableTuf(mirror, "GitHub's", error);
    }
    const { getTrustedRoot } = await __webpack_require__.e(/* import() */ 694).then(__webpack_require__.bind(__webpack_require__, 4423));
    let root;
    try {
        root = await getTrustedRoot({ mirrorURL: mirror, rootPath, timeout: TUF_TIMEOUT_MS });
    }
    catch (error) {
        throw unreachableTuf(mirror, "GitHub's", error);
    }
    return instanceOf(root, GITHUB_ORGANIZATION, `GitHub's instance (TUF, ${new URL(mirror).host})`);
}
function unreachableTuf(mirror, whose, error) {
    const cause = error.cause;
    const why = cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
    return new TrustError(`Cannot get ${whose} trusted root from its TUF repository ${mirror} (${why}): the runner must reach ${new URL(mirror).host}, or pass trusted-root (a file from gh attestation trusted-root) to verify without it, offline; nothing was assumed verified`);
}
/**
 * The roots of a trusted-root file: one pretty-printed trusted root (what
 * Sigstore's TUF repositories publish as trusted_root.json), or one a line
 * (what gh attestation trusted-root prints).
 */
function readTrustedRootFile(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new TrustError(`Cannot read trusted-root ${path}: ${error.code ?? error.message}`);
    }
    const source = `trusted-root ${path}`;
    const whole = trust_parseJson(text);
    if (typeof whole === 'object' && whole !== null && !Array.isArray(whole)) {
        try {
            return [instanceOf(protobuf_specs_dist.TrustedRoot.fromJSON(whole), undefined, source)];
        }
        catch (error) {
            throw new TrustError(`trusted-root ${path}: not a Sigstore trusted root (${error.message})`);
        }
    }
    const lines = text.split('\n').filter(line => line.trim() !== '');
    if (lines.length === 0) {
        throw new TrustError(`trusted-root ${path} is empty: it must hold a trusted root (trusted_root.json), or one a line (gh attestation trusted-root)`);
    }
    return lines.map((line, index) => {
        try {
            return instanceOf(protobuf_specs_dist.TrustedRoot.fromJSON(JSON.parse(line)), undefined, source);
        }
        catch (error) {
            throw new TrustError(`trusted-root ${path}, line ${index + 1}: not a Sigstore trusted root (${error.message})`);
        }
    });
}
function trust_parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** One instance: its organizations, read from its CAs unless known, and what its bundles must prove. */
function instanceOf(root, organization, source) {
    const organizations = organization !== undefined
        ? [organization]
        : root.certificateAuthorities.flatMap(ca => {
            const first = ca.certChain?.certificates[0];
            return first ? organizationOf(new external_node_crypto_.X509Certificate(Buffer.from(first.rawBytes)).subject) : [];
        });
    const material = (0,verify_dist/* toTrustMaterial */.jO)(root);
    const github = organizations.includes(GITHUB_ORGANIZATION);
    // GitHub's instance has no transparency log: its timestamps come from its TSA. Any other proves itself
    // as public good does, by what its root has: a log entry and an SCT when it has logs.
    const thresholds = github
        ? { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1 }
        : { tlogThreshold: root.tlogs.length > 0 ? 1 : 0, ctlogThreshold: root.ctlogs.length > 0 ? 1 : 0, timestampThreshold: 1 };
    return { organizations: [...new Set(organizations)], material, thresholds, source };
}
/** The O= of a distinguished name as Node prints it: one attribute a line, RFC 4514's escapes ("GitHub\\, Inc.") undone. */
function organizationOf(name) {
    return name
        .split('\n')
        .filter(line => line.startsWith('O='))
        .map(line => line.slice(2).replace(/\\(.)/g, '$1'));
}

;// CONCATENATED MODULE: ./src/action/trust/sigstore/verifier.ts
// A Sigstore bundle's signature, checked with @sigstore/verify against the
// instance that issued its certificate (trust.ts): public-good bundles must
// carry a transparency-log entry and a certificate-transparency SCT; GitHub's
// instance (private repositories) a timestamp-authority countersignature
// alone. What the bundle says is returned for the policy to judge.






/** Fulcio's certificate extensions (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). */
const FULCIO_OID = {
    issuerV1: '1.3.6.1.4.1.57264.1.1',
    issuer: '1.3.6.1.4.1.57264.1.8',
    buildSignerUri: '1.3.6.1.4.1.57264.1.9',
    buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
    runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
    sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
    sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
    sourceRepositoryOwnerUri: '1.3.6.1.4.1.57264.1.16'
};
/**
 * What a bundle may carry before it is looked at: sigstore-go's limits. A
 * real bundle has one log entry (public good) or one timestamp (GitHub);
 * each entry costs a signature check, and 1,000 forged ones took 5.5 s to refuse.
 */
const MAX_TLOG_ENTRIES = 32;
const MAX_TIMESTAMPS = 32;
/** A Sigstore bundle (v0.1 to v0.3) as an OCI referrer: its media type is the artifactType and the layer's. */
const SIGSTORE_BUNDLE_TYPE = /^application\/vnd\.dev\.sigstore\.bundle(?:\.v0\.3\+json|\+json;\s*version=0\.[123])$/;
const SIGSTORE_BUNDLE = {
    kind: 'Sigstore bundle',
    name: 'bundle',
    artifactType: SIGSTORE_BUNDLE_TYPE,
    layerMediaType: SIGSTORE_BUNDLE_TYPE,
    maxBytes: referrers/* MAX_SIGNATURE_BYTES */.my
};
/** A bundle's JSON, or undefined when the blob is not JSON. */
function readBundleJson(blob) {
    try {
        return JSON.parse(blob.toString('utf8'));
    }
    catch {
        return undefined;
    }
}
/** A bundle that does not verify: the reason, for the mismatch. */
class BundleRefused extends Error {
    name = 'BundleRefused';
}
/**
 * Verifies one bundle's signature, certificate chain, timestamps and log
 * entries, and returns what its certificate and envelope say, for the policy.
 * Throws BundleRefused with the reason when it does not verify, and
 * TrustError when the trust material cannot be had.
 */
async function verifyBundle(trust, json) {
    checkCounts(json);
    let bundle;
    try {
        bundle = (0,dist/* bundleFromJSON */.vw)(json);
    }
    catch (error) {
        throw new BundleRefused(`not a valid Sigstore bundle (${error.message})`);
    }
    if (bundle.content.$case !== 'dsseEnvelope') {
        throw new BundleRefused('a message signature, which names no subject; only DSSE in-toto attestations and cosign 3 signatures are read');
    }
    let entity;
    try {
        entity = (0,verify_dist/* toSignedEntity */.DC)(bundle);
    }
    catch (error) {
        throw new BundleRefused(`cannot be read (${error.message})`);
    }
    if (entity.key.$case !== 'certificate')
        throw new BundleRefused('signed with a key, not a Sigstore certificate; only keyless signatures are read');
    const leaf = entity.key.certificate;
    const issuers = organizationOf(new external_node_crypto_.X509Certificate(leaf.root.toDER()).issuer);
    const instances = await trust.instancesFor(issuers);
    if (instances.length === 0) {
        const hint = issuers.includes(GITHUB_ORGANIZATION) && trust.source.startsWith('trusted-root')
            ? ": GitHub's own instance signs attestations of private repositories; add its root to the file (gh attestation trusted-root prints both), or leave trusted-root empty to trust it through its TUF repository"
            : '';
        throw new BundleRefused(`its certificate was issued by ${issuers.map(o => JSON.stringify(o)).join(', ') || 'no organization'}, which ${trust.source} does not trust${hint}`);
    }
    // Several roots of one organization (an old and a new one, across a key rotation): the bundle passes if one verifies it.
    const failures = [];
    for (const instance of instances) {
        try {
            new verify_dist/* Verifier */.BL(instance.material, instance.thresholds).verify(entity);
            const envelope = bundle.content.dsseEnvelope;
            return { facts: signerFacts(leaf), payloadType: envelope.payloadType, payload: Buffer.from(envelope.payload) };
        }
        catch (error) {
            failures.push(error.message);
        }
    }
    const source = instances[0].source;
    if (failures.length === 1)
        throw new BundleRefused(`does not verify against ${source}: ${failures[0]}`);
    throw new BundleRefused(`does not verify against any of the ${failures.length} roots of ${JSON.stringify(issuers[0])} in ${source}: ${[...new Set(failures)].join('; ')}`);
}
/** Refuses, before any parsing or signature check, a bundle that carries more entries than a real one could. */
function checkCounts(json) {
    const material = json?.verificationMaterial;
    const count = (value) => (Array.isArray(value) ? value.length : 0);
    const entries = count(material?.tlogEntries);
    if (entries > MAX_TLOG_ENTRIES) {
        throw new BundleRefused(`carries ${entries} transparency-log entries, more than the ${MAX_TLOG_ENTRIES} this action reads (a real bundle has one)`);
    }
    const timestamps = count(material?.timestampVerificationData?.rfc3161Timestamps);
    if (timestamps > MAX_TIMESTAMPS) {
        throw new BundleRefused(`carries ${timestamps} timestamps, more than the ${MAX_TIMESTAMPS} this action reads (a real bundle has one)`);
    }
}
/** What Fulcio wrote into the certificate about the signer. */
function signerFacts(leaf) {
    const text = (oid) => {
        const extension = leaf.extension(oid);
        // Fulcio's extensions from 1.3.6.1.4.1.57264.1.8 on hold a DER UTF8String; the first ones, raw text.
        return extension?.valueObj.subs[0]?.value.toString('utf8');
    };
    return {
        subjectAlternativeName: leaf.subjectAltName,
        issuer: text(FULCIO_OID.issuer) ?? leaf.extension(FULCIO_OID.issuerV1)?.value.toString('utf8'),
        buildSignerUri: text(FULCIO_OID.buildSignerUri),
        buildSignerDigest: text(FULCIO_OID.buildSignerDigest),
        sourceRepositoryUri: text(FULCIO_OID.sourceRepositoryUri),
        sourceRepositoryDigest: text(FULCIO_OID.sourceRepositoryDigest),
        sourceRepositoryRef: text(FULCIO_OID.sourceRepositoryRef),
        sourceRepositoryOwnerUri: text(FULCIO_OID.sourceRepositoryOwnerUri),
        runnerEnvironment: text(FULCIO_OID.runnerEnvironment)
    };
}

;// CONCATENATED MODULE: ./src/action/trust/check.ts


async function checkAttestation(digest, policy, context) {
    // Imported, not bundled in: inputs.ts loaded the policy's chunk already, and a static import would put a second copy of it here.
    const { judgeSigner, judgeStatement, mismatchReason } = await __webpack_require__.e(/* import() */ 61).then(__webpack_require__.bind(__webpack_require__, 3061));
    let trust;
    const refusals = [];
    const asked = [];
    const skipped = [];
    // A bundle whose storage did not answer: the step fails with it unless another bundle passes.
    let unavailable;
    for (const open of sourcesOf(policy, context, digest, skipped)) {
        const source = await open();
        asked.push(source);
        for await (const candidate of source.candidates) {
            if ('refusal' in candidate) {
                refusals.push(candidate.refusal);
                continue;
            }
            if ('unavailable' in candidate) {
                unavailable ??= candidate.unavailable;
                continue;
            }
            // Loaded once a bundle is there to check: a digest with none costs no TUF round trip.
            trust ??= loadTrust({ ...context.trust, trustedRoot: policy.trustedRoot });
            let verified;
            try {
                verified = await verifyBundle(trust, candidate.json);
            }
            catch (error) {
                // Whatever a bundle holds refuses that bundle alone: a malformed one beside a good one must not stop the deploy.
                if (error instanceof BundleRefused)
                    refusals.push(`a bundle ${error.message}`);
                else if (error instanceof TrustError)
                    throw error;
                else
                    refusals.push(`a bundle cannot be read (${error.message})`);
                continue;
            }
            const statement = judgeStatement(policy, verified.payloadType, verified.payload, digest);
            if (!statement.ok) {
                refusals.push(statement.reason);
                continue;
            }
            const signer = judgeSigner(policy, verified.facts);
            if (!signer.ok) {
                refusals.push(signer.reason);
                continue;
            }
            const what = context.artifact === 'index' ? `the index ${digest}, which covers its platforms` : digest;
            return {
                verified: true,
                signer: signer.signer,
                digest,
                predicateType: policy.predicateType,
                foundIn: source.name,
                summary: `${policy.predicateType} of ${what}, signed by ${signer.signer.workflow ?? signer.signer.identity} (found in ${source.name})`
            };
        }
    }
    if (unavailable !== undefined)
        throw new BundleUnavailable(unavailable);
    const search = {
        found: asked.reduce((sum, source) => sum + source.found(), 0),
        asked: asked.map(source => source.name),
        notes: [...asked.flatMap(source => source.notes()), ...skipped]
    };
    const reason = mismatchReason(digest, search, refusals);
    // Builds of multi-platform images attest the index they push, not each platform's manifest.
    const hint = search.found === 0 && context.artifact === 'image'
        ? "; if this image is one platform of a multi-platform image, its build attested the index: gate on the index's push (artifacts: index)"
        : '';
    return { verified: false, reason: `${reason}${hint}` };
}
/** The sources the policy asks, in order, each opened only when the one before had no bundle that passed. */
function sourcesOf(policy, context, digest, skipped) {
    const sources = [];
    if (policy.source !== 'github') {
        sources.push(async () => {
            const { client, repository } = context.registry;
            const { walk, signatures } = await (0,referrers/* walkSignatures */.LA)(client, repository, digest, SIGSTORE_BUNDLE);
            return {
                name: `the registry's ${walk().via}`,
                candidates: fromReferrers(signatures),
                found: () => walk().found,
                notes: () => walk().notes
            };
        });
    }
    if (policy.source !== 'registry') {
        const lookup = policy.lookup;
        const github = context.github;
        // parse.ts and inputs.ts refuse attestation-source: github without either; with any, the registry alone is asked.
        if (!lookup)
            skipped.push("GitHub's attestations API was not asked: no repo or owner names where the image was built");
        else if (!github)
            skipped.push("GitHub's attestations API was not asked: github-token is empty");
        else {
            sources.push(async () => {
                const { describeLookup, walkAttestations } = await __webpack_require__.e(/* import() */ 414).then(__webpack_require__.bind(__webpack_require__, 7414));
                const { walk, bundles } = walkAttestations(github, lookup, digest, { tolerateRefusedToken: policy.source === 'any' });
                return { name: describeLookup(lookup), candidates: bundles, found: () => walk().found, notes: () => walk().notes };
            });
        }
    }
    return sources;
}
/** A bundle GitHub's storage did not give: nothing was verified, and no bundle passed without it. */
class BundleUnavailable extends Error {
    name = 'BundleUnavailable';
}
/** A referrer's layer as a candidate bundle: its JSON, or why it was refused. */
async function* fromReferrers(signatures) {
    for await (const fetched of signatures) {
        if ('refusal' in fetched) {
            yield { refusal: fetched.refusal };
            continue;
        }
        const json = readBundleJson(fetched.blob);
        yield json === undefined ? { refusal: 'a referrer bundle is not valid JSON' } : { json };
    }
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
