export const id = 381;
export const ids = [381];
export const modules = {

/***/ 8726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ SIGNER_WORKFLOW_OUTPUT),
/* harmony export */   G_: () => (/* binding */ REPOSITORY_PATTERN),
/* harmony export */   N4: () => (/* binding */ OWNER_PATTERN),
/* harmony export */   U0: () => (/* binding */ GITHUB),
/* harmony export */   Z0: () => (/* binding */ WORKFLOW_PATTERN),
/* harmony export */   lm: () => (/* binding */ githubPath),
/* harmony export */   qQ: () => (/* binding */ GITHUB_ACTIONS_ISSUER),
/* harmony export */   us: () => (/* binding */ SLSA_PROVENANCE_V1)
/* harmony export */ });
/* unused harmony export COSIGN_SIGNATURE */
// GitHub's names as the attestation inputs and the certificate write them:
// what both the parser of the inputs and the judge of a certificate read.
// Pure constants.
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const COSIGN_SIGNATURE = 'https://sigstore.dev/cosign/sign/v1';
const GITHUB = 'https://github.com/';
// GitHub's names: an owner is 1-39 of [A-Za-z0-9-]; a repository 1-100 of [A-Za-z0-9._-].
const OWNER = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})';
const REPO = '[A-Za-z0-9._-]{1,100}';
const WORKFLOW_FILE = '\\.github/workflows/[A-Za-z0-9._/-]{1,255}\\.ya?ml';
/** A workflow's ref as Fulcio writes it: a branch, a tag or a pull request's ref, or a commit (a reusable workflow pinned by SHA). */
const REF = '(?:refs/(?:heads|tags|pull)/[A-Za-z0-9._/+-]{1,255}|[0-9a-f]{40})';
const OWNER_PATTERN = new RegExp(`^${OWNER}$`);
const REPOSITORY_PATTERN = new RegExp(`^${OWNER}/${REPO}$`);
/** owner/repo/.github/workflows/<file>[@<ref>], the groups being the repository, the path and the ref. */
const WORKFLOW_PATTERN = new RegExp(`^(${OWNER}/${REPO})/(${WORKFLOW_FILE})(?:@(${REF}))?$`);
/** The signer-workflow output: a workflow at a ref, as the certificate of a GitHub Actions run names it. */
const SIGNER_WORKFLOW_OUTPUT = new RegExp(`^${OWNER}/${REPO}/${WORKFLOW_FILE}@${REF}$`);
/** The part of a https://github.com/ URL after the host, or undefined for anything else. */
function githubPath(uri) {
    return uri?.startsWith(GITHUB) ? uri.slice(GITHUB.length) : undefined;
}


/***/ }),

/***/ 8381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IDENTITY_INPUTS: () => (/* binding */ IDENTITY_INPUTS),
/* harmony export */   parseAttestationPolicy: () => (/* binding */ parseAttestationPolicy)
/* harmony export */ });
/* unused harmony export ATTESTATION_SOURCES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8726);
/* harmony import */ var _input_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4038);
// The attestation inputs → the policy a bundle must meet, or an InputError
// naming the input that is wrong. Every check gh attestation verify makes has
// its input here, and so does the rule gh enforces by refusing to run: every
// signer is pinned to a GitHub owner (gh requires --owner or --repo). Pure: no
// I/O, no @actions/core, no Sigstore library; judge.ts judges a bundle by what
// this returns.



/** Inputs that say who must have signed: setting any of them turns the check on. */
const IDENTITY_INPUTS = ['signer-workflow', 'signer-repo', 'cert-identity', 'cert-identity-regex', 'repo', 'owner'];
/** Where bundles are looked for: the registry's referrers, GitHub's attestations API, or the first then the second. */
const ATTESTATION_SOURCES = ['registry', 'github', 'any'];
/** Inputs that refine a check an identity input turns on; alone, they are a configuration error. */
const REFINING_INPUTS = [
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
 * The policy the inputs ask for, or undefined when no identity input is set
 * (the check is off). Throws an InputError naming the input that is wrong.
 */
function parseAttestationPolicy(inputs) {
    const value = (name) => inputs[name].trim();
    const given = IDENTITY_INPUTS.filter(name => value(name) !== '');
    if (given.length === 0) {
        const stray = REFINING_INPUTS.find(name => value(name) !== '' && !isDefault(name, value(name)));
        if (stray) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(stray, 'only applies with an identity input (signer-workflow, signer-repo, cert-identity, cert-identity-regex, repo or owner), and none is set: nothing would be checked');
        }
        return undefined;
    }
    const signers = given.filter(name => name !== 'repo' && name !== 'owner');
    if (signers.length > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(signers[1], `cannot be combined with ${signers[0]}: set one of signer-workflow, signer-repo, cert-identity, cert-identity-regex`);
    }
    const repo = value('repo');
    if (repo !== '' && !_names_js__WEBPACK_IMPORTED_MODULE_1__/* .REPOSITORY_PATTERN */ .G_.test(repo))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('repo', `must be owner/repository as GitHub names them; got ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(repo)}`);
    const ownerInput = value('owner');
    if (ownerInput !== '' && !_names_js__WEBPACK_IMPORTED_MODULE_1__/* .OWNER_PATTERN */ .N4.test(ownerInput))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('owner', `must be a GitHub user or organization name; got ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(ownerInput)}`);
    if (repo !== '' && ownerInput !== '' && !sameName(repo.split('/')[0], ownerInput)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('owner', `is ${ownerInput}, but repo ${repo} belongs to ${repo.split('/')[0]}: set one of them`);
    }
    const issuer = value('cert-oidc-issuer') || _names_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_ACTIONS_ISSUER */ .qQ;
    if (!/^https:\/\/[^\s]+$/.test(issuer))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('cert-oidc-issuer', `must be an https URL; got ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(issuer)}`);
    const signer = parseSigner(signers[0], value, repo || ownerInput);
    // The source a GitHub signer implies when neither repo nor owner says: its own repository (stricter than gh, which
    // refuses to run without one). owner alone widens it to any repository of that account, gh's form for reusable workflows.
    const signerRepository = signer.kind === 'workflow' || signer.kind === 'repository' ? signer.repository : undefined;
    const sourceRepository = repo || (ownerInput === '' ? signerRepository : undefined);
    const identityOwner = signer.kind === 'identity' ? (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .githubPath */ .lm)(signer.identity)?.split('/')[0] : undefined;
    const owner = ownerInput || sourceRepository?.split('/')[0] || (identityOwner && _names_js__WEBPACK_IMPORTED_MODULE_1__/* .OWNER_PATTERN */ .N4.test(identityOwner) ? identityOwner : undefined);
    if (owner === undefined && issuer === _names_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_ACTIONS_ISSUER */ .qQ) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(signers[0], `names no GitHub account its signer must belong to: set owner (or repo) as well, as gh attestation verify requires --owner or --repo; without them any repository on GitHub could sign`);
    }
    const predicateType = value('predicate-type') || _names_js__WEBPACK_IMPORTED_MODULE_1__/* .SLSA_PROVENANCE_V1 */ .us;
    if (/\s/.test(predicateType))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('predicate-type', `must be a URI; got ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(predicateType)}`);
    const source = parseSource(value('attestation-source'));
    const lookup = sourceRepository
        ? { kind: 'repository', name: sourceRepository }
        : owner
            ? { kind: 'organization', name: owner }
            : undefined;
    if (source === 'github' && !lookup) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('attestation-source', 'is github, but no repository or owner says where to look the attestations up: set repo (the repository that built the image) or owner');
    }
    return {
        signer,
        issuer,
        predicateType,
        sourceRepository,
        owner,
        sourceRef: parseRef(value('source-ref')),
        sourceDigest: parseCommit('source-digest', value('source-digest')),
        signerDigest: parseCommit('signer-digest', value('signer-digest')),
        denySelfHostedRunners: parseBoolean(value('deny-self-hosted-runners')),
        trustedRoot: value('trusted-root') || undefined,
        source,
        lookup
    };
}
function isDefault(name, text) {
    return ((name === 'predicate-type' && text === _names_js__WEBPACK_IMPORTED_MODULE_1__/* .SLSA_PROVENANCE_V1 */ .us) ||
        (name === 'deny-self-hosted-runners' && text === 'false') ||
        (name === 'attestation-source' && text === 'any') ||
        (name === 'cert-oidc-issuer' && text === _names_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_ACTIONS_ISSUER */ .qQ));
}
function parseSigner(name, value, within) {
    switch (name) {
        case 'signer-workflow': {
            const text = value('signer-workflow');
            const match = _names_js__WEBPACK_IMPORTED_MODULE_1__/* .WORKFLOW_PATTERN */ .Z0.exec(text.replace(/^(?:https:\/\/)?github\.com\//, ''));
            if (!match) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('signer-workflow', `must be owner/repo/.github/workflows/<file>.yml, optionally @refs/heads/<branch>, @refs/tags/<tag> or @<40-hex commit>; got ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(text)}`);
            }
            return { kind: 'workflow', repository: match[1], path: match[2], ref: match[3] };
        }
        case 'signer-repo': {
            const text = value('signer-repo').replace(/^(?:https:\/\/)?github\.com\//, '');
            if (!_names_js__WEBPACK_IMPORTED_MODULE_1__/* .REPOSITORY_PATTERN */ .G_.test(text))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('signer-repo', `must be owner/repository; got ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(value('signer-repo'))}`);
            return { kind: 'repository', repository: text };
        }
        case 'cert-identity':
            return { kind: 'identity', identity: value('cert-identity') };
        case 'cert-identity-regex':
            return parseIdentityRegex(value('cert-identity-regex'));
        default:
            // repo or owner alone: the signer is a workflow of that repository, or of that account.
            return { kind: 'within', prefix: `${within}/` };
    }
}
/**
 * A regular expression matched against the whole identity: written with ^ and
 * $ (refused otherwise, so that no one relies on a prefix match that lets
 * https://github.com/evilocto-org/ through ^https://github.com/octo), and
 * wrapped in ^(?:…)$ so that an alternation cannot step outside the anchors.
 */
function parseIdentityRegex(text) {
    let pattern;
    try {
        pattern = new RegExp(`^(?:${text})$`, 'u');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('cert-identity-regex', `is not a valid regular expression: ${error.message}`);
    }
    if (!text.startsWith('^') || !/(?<!\\)\$$/.test(text)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('cert-identity-regex', `must be anchored at both ends, ^…$ (it is matched against the whole identity; a prefix would let ${_names_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB */ .U0}evilocto-org/… through ^${_names_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB */ .U0.replace(/\./g, '\\.')}octo): e.g. ^${_names_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB */ .U0.replace(/\./g, '\\.')}octo-org/web/\\.github/workflows/.*$; got ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(text)}`);
    }
    return { kind: 'identity-regex', pattern, text };
}
function parseSource(text) {
    if (text === '')
        return 'any';
    if (!ATTESTATION_SOURCES.includes(text)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('attestation-source', `must be registry, github or any; got ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(text)}`);
    }
    return text;
}
function parseRef(text) {
    if (text === '')
        return undefined;
    if (!/^refs\/\S+$/.test(text)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('source-ref', `must be a full ref as the certificate names it (refs/heads/main, refs/tags/v1.2.0); got ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(text)}`);
    }
    return text;
}
function parseCommit(name, text) {
    if (text === '')
        return undefined;
    const hex = text.replace(/^(?:sha1|sha256):/, '');
    if (!/^(?:[0-9a-fA-F]{40}|[0-9a-fA-F]{64})$/.test(hex)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `must be a commit SHA (40 hexadecimal digits, or 64 for SHA-256 repositories); got ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(text)}`);
    }
    return hex.toLowerCase();
}
function parseBoolean(text) {
    if (text === '' || text === 'false')
        return false;
    if (text === 'true')
        return true;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('deny-self-hosted-runners', `must be "true" or "false"; got ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(text)}`);
}
function sameName(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}


/***/ })

};
