export const id = 23;
export const ids = [23];
export const modules = {

/***/ 23:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkAttestation: () => (/* binding */ checkAttestation)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/event/grammar.ts
var grammar = __webpack_require__(3157);
// EXTERNAL MODULE: ./src/action/registry/manifest.ts
var registry_manifest = __webpack_require__(4679);
// EXTERNAL MODULE: ./src/action/registry/client.ts + 3 modules
var registry_client = __webpack_require__(3951);
;// CONCATENATED MODULE: ./src/action/trust/sources/referrers.ts
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
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
/** Every referrer of `repository@digest`; an empty list when there are none. Registry failures throw. */
async function listReferrers(client, repository, digest) {
    const api = await client.get(repository, `/v2/${repository}/referrers/${digest}`, OCI_INDEX, registry_client/* MAX_MANIFEST_BYTES */.ZJ);
    if (api.status === 200)
        return { via: 'referrers API', referrers: indexEntries(api.body, client.host, `the referrers of ${digest}`) };
    const tag = digest.replace(':', '-');
    const index = await client.manifest('GET', repository, tag);
    if (index.status === 404)
        return { via: 'tag index', referrers: [] };
    return { via: 'tag index', referrers: indexEntries(index.body, client.host, `the referrers index ${repository}:${tag}`) };
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
    if ((0,registry_manifest/* bodyMatchesDigest */.a)(response.body, referrer) !== true)
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
        return refuse(`manifest is ${(0,errors/* describeValue */.bp)(manifest.mediaType)}, not an OCI image manifest`);
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
        if (error instanceof registry_client/* AnswerTooLarge */.UG)
            return refuse(`${format.name} blob is larger than the ${layer.size} bytes its descriptor says`);
        throw error;
    }
    if (blob.status !== 200) {
        throw new registry_client/* RegistryError */.gl(client.host, `The registry ${client.host} answered HTTP ${blob.status} for the ${format.name} blob ${layer.digest} of ${repository}; nothing was assumed verified`, blob.status);
    }
    if ((0,registry_manifest/* bodyMatchesDigest */.a)(blob.body, layer.digest) !== true)
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
    if (typeof digest !== 'string' || !grammar/* digestRule */.ZT.test(digest) || typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
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
        throw new registry_client/* RegistryError */.gl(host, `The registry ${host} answered for ${what} with something other than an OCI image index; nothing was assumed verified`);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(1040);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(3917);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(9654);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(4187);
;// CONCATENATED MODULE: ./src/action/trust/sigstore/verifier.ts
// A Sigstore bundle's signature, checked with @sigstore/verify against the
// trust material: Sigstore's public-good instance by default, its trusted root
// kept current through its TUF repository (@sigstore/tuf, seeded with the root
// it ships); or the roots of a trusted-root file (JSON lines, as
// `gh attestation trusted-root` prints them). The instance is picked from the
// organization that issued the leaf certificate, as gh does, and so is what
// the instance must prove: public-good bundles a transparency-log entry and a
// certificate-transparency SCT; GitHub's instance (private repositories) a
// timestamp-authority countersignature alone.







/** Fulcio's certificate extensions (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). */
const FULCIO_OID = {
    issuerV1: '1.3.6.1.4.1.57264.1.1',
    issuer: '1.3.6.1.4.1.57264.1.8',
    buildSignerUri: '1.3.6.1.4.1.57264.1.9',
    runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
    sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryOwnerUri: '1.3.6.1.4.1.57264.1.16'
};
/** A Sigstore bundle (v0.1 to v0.3) as an OCI referrer: its media type is the artifactType and the layer's. */
const SIGSTORE_BUNDLE_TYPE = /^application\/vnd\.dev\.sigstore\.bundle(?:\.v0\.3\+json|\+json;\s*version=0\.[123])$/;
const SIGSTORE_BUNDLE = {
    kind: 'Sigstore bundle',
    name: 'bundle',
    artifactType: SIGSTORE_BUNDLE_TYPE,
    layerMediaType: SIGSTORE_BUNDLE_TYPE,
    maxBytes: MAX_SIGNATURE_BYTES
};
/** The organizations of the issuers gh knows: Sigstore's public-good Fulcio and GitHub's own. */
const PUBLIC_GOOD_ORGANIZATION = 'sigstore.dev';
const GITHUB_ORGANIZATION = 'GitHub, Inc.';
/** An error that fails the step: the trust material could not be had, so nothing can be verified. */
class TrustError extends Error {
    name = 'TrustError';
}
/** The roots of a trusted-root file, or public-good Sigstore's through TUF. */
async function loadTrust(trustedRootPath) {
    if (trustedRootPath !== undefined)
        return { instances: readTrustedRootFile(trustedRootPath), source: `trusted-root ${trustedRootPath}` };
    const { getTrustedRoot } = await __webpack_require__.e(/* import() */ 694).then(__webpack_require__.bind(__webpack_require__, 4423));
    let root;
    try {
        root = await getTrustedRoot();
    }
    catch (error) {
        const cause = error.cause;
        const why = cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
        throw new TrustError(`Cannot get Sigstore's trusted root from its TUF repository (${why}): the runner must reach https://tuf-repo-cdn.sigstore.dev, or pass trusted-root (a file from gh attestation trusted-root) to verify without it; nothing was assumed verified`);
    }
    return { instances: [instanceOf(root, PUBLIC_GOOD_ORGANIZATION)], source: "Sigstore's public-good instance (TUF)" };
}
function readTrustedRootFile(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new TrustError(`Cannot read trusted-root ${path}: ${error.code ?? error.message}`);
    }
    const lines = text.split('\n').filter(line => line.trim() !== '');
    if (lines.length === 0)
        throw new TrustError(`trusted-root ${path} is empty: it must hold trusted roots, one JSON object a line (gh attestation trusted-root)`);
    return lines.map((line, index) => {
        try {
            return instanceOf(protobuf_specs_dist.TrustedRoot.fromJSON(JSON.parse(line)), undefined);
        }
        catch (error) {
            throw new TrustError(`trusted-root ${path}, line ${index + 1}: not a Sigstore trusted root (${error.message})`);
        }
    });
}
/** One instance: its organizations, read from its CAs unless known, and what its bundles must prove. */
function instanceOf(root, organization) {
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
    return { organizations: [...new Set(organizations)], material, thresholds };
}
/** The O= of a distinguished name as Node prints it: one attribute a line, RFC 4514's escapes ("GitHub\\, Inc.") undone. */
function organizationOf(name) {
    return name
        .split('\n')
        .filter(line => line.startsWith('O='))
        .map(line => line.slice(2).replace(/\\(.)/g, '$1'));
}
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
 * Throws BundleRefused with the reason when it does not verify.
 */
function verifyBundle(trust, json) {
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
    const instance = trust.instances.find(candidate => candidate.organizations.some(o => issuers.includes(o)));
    if (!instance) {
        const hint = issuers.includes(GITHUB_ORGANIZATION)
            ? ": GitHub's own instance signs attestations of private repositories; pass trusted-root (gh attestation trusted-root > file) to trust it"
            : '';
        throw new BundleRefused(`its certificate was issued by ${issuers.map(o => JSON.stringify(o)).join(', ') || 'no organization'}, which ${trust.source} does not trust${hint}`);
    }
    try {
        new verify_dist/* Verifier */.BL(instance.material, instance.thresholds).verify(entity);
    }
    catch (error) {
        throw new BundleRefused(`does not verify against ${trust.source}: ${error.message}`);
    }
    const envelope = bundle.content.dsseEnvelope;
    return { facts: signerFacts(leaf), payloadType: envelope.payloadType, payload: Buffer.from(envelope.payload) };
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
        sourceRepositoryUri: text(FULCIO_OID.sourceRepositoryUri),
        sourceRepositoryOwnerUri: text(FULCIO_OID.sourceRepositoryOwnerUri),
        runnerEnvironment: text(FULCIO_OID.runnerEnvironment)
    };
}

;// CONCATENATED MODULE: ./src/action/trust/check.ts


async function checkAttestation(client, repository, digest, policy, context) {
    // Imported, not bundled in: inputs.ts loaded the policy's chunk already, and a static import would put a second copy of it here.
    const { judgeSigner, judgeStatement, mismatchReason } = await __webpack_require__.e(/* import() */ 56).then(__webpack_require__.bind(__webpack_require__, 9056));
    const { via, referrers } = await listReferrers(client, repository, digest);
    let trust;
    const refusals = [];
    let found = 0;
    let read = 0;
    for (const referrer of referrers) {
        if (isReferrerOf(SIGSTORE_BUNDLE, referrer) === false)
            continue;
        // Referrers listed without an artifactType cost a manifest read each to tell: bounded too.
        if (found >= MAX_SIGNATURES || read >= 4 * MAX_SIGNATURES) {
            refusals.push(`more than ${found >= MAX_SIGNATURES ? `${MAX_SIGNATURES} Sigstore referrers` : `${read} referrers to read`}: the rest were not read`);
            break;
        }
        read++;
        const fetched = await fetchSignature(client, repository, referrer.digest, digest, SIGSTORE_BUNDLE);
        if (!fetched)
            continue;
        found++;
        if ('refusal' in fetched) {
            refusals.push(fetched.refusal);
            continue;
        }
        const json = readBundleJson(fetched.blob);
        if (json === undefined) {
            refusals.push('a referrer bundle is not valid JSON');
            continue;
        }
        // Loaded once a bundle is there to check: a digest with none costs no TUF round trip.
        trust ??= await loadTrust(policy.trustedRoot);
        let verified;
        try {
            verified = verifyBundle(trust, json);
        }
        catch (error) {
            // Whatever a bundle holds refuses that bundle alone: a malformed referrer pushed beside a good one must not stop the deploy.
            refusals.push(error instanceof BundleRefused ? `a bundle ${error.message}` : `a bundle cannot be read (${error.message})`);
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
            summary: `${policy.predicateType} of ${what}, signed by ${signer.signer.workflow ?? signer.signer.identity} (found by the ${via})`
        };
    }
    const reason = mismatchReason(digest, found, refusals);
    // Builds of multi-platform images attest the index they push, not each platform's manifest.
    const hint = found === 0 && context.artifact === 'image'
        ? "; if this image is one platform of a multi-platform image, its build attested the index: gate on the index's push (artifacts: index)"
        : '';
    return { verified: false, reason: `${reason}${hint}` };
}


/***/ })

};
