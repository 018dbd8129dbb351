export const id = 61;
export const ids = [61];
export const modules = {

/***/ 3061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   judgeSigner: () => (/* binding */ judgeSigner),
/* harmony export */   judgeStatement: () => (/* binding */ judgeStatement),
/* harmony export */   mismatchReason: () => (/* binding */ mismatchReason)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8726);
// A verified bundle judged against the policy parse.ts built: what its
// certificate says about the signer (Fulcio's extensions, as gh attestation
// verify reads them) and what its in-toto statement is about. The checks
// @sigstore/verify leaves to its caller. Pure: no I/O, no Sigstore library.


const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const IN_TOTO_STATEMENT_TYPES = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1'];
/** Judges the certificate of a bundle whose signature verified; the first rule it breaks is the reason. */
function judgeSigner(policy, facts) {
    const san = facts.subjectAlternativeName;
    if (san === undefined)
        return { ok: false, reason: 'the certificate names no signer (no subject alternative name)' };
    if (facts.issuer !== policy.issuer) {
        return { ok: false, reason: `signed with a token from ${show(facts.issuer)}, expected ${policy.issuer}` };
    }
    const signerProblem = signerMismatch(policy.signer, san);
    if (signerProblem)
        return { ok: false, reason: signerProblem };
    const source = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .githubPath */ .lm)(facts.sourceRepositoryUri);
    if (policy.sourceRepository !== undefined && !sameName(source, policy.sourceRepository)) {
        return { ok: false, reason: `built from ${show(source ?? facts.sourceRepositoryUri)}, expected ${policy.sourceRepository}` };
    }
    const owner = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .githubPath */ .lm)(facts.sourceRepositoryOwnerUri);
    if (policy.owner !== undefined && !sameName(owner, policy.owner)) {
        return { ok: false, reason: `built in the account ${show(owner ?? facts.sourceRepositoryOwnerUri)}, expected ${policy.owner}` };
    }
    // As gh compares --source-ref, --source-digest and --signer-digest: the certificate's value, exactly.
    if (policy.sourceRef !== undefined && facts.sourceRepositoryRef !== policy.sourceRef) {
        return { ok: false, reason: `built from the ref ${show(facts.sourceRepositoryRef)}, expected ${policy.sourceRef} (source-ref)` };
    }
    if (policy.sourceDigest !== undefined && facts.sourceRepositoryDigest?.toLowerCase() !== policy.sourceDigest) {
        return { ok: false, reason: `built from the commit ${show(facts.sourceRepositoryDigest)}, expected ${policy.sourceDigest} (source-digest)` };
    }
    if (policy.signerDigest !== undefined && facts.buildSignerDigest?.toLowerCase() !== policy.signerDigest) {
        return { ok: false, reason: `signed by the workflow at commit ${show(facts.buildSignerDigest)}, expected ${policy.signerDigest} (signer-digest)` };
    }
    if (policy.denySelfHostedRunners && facts.runnerEnvironment !== 'github-hosted') {
        return { ok: false, reason: `built on a ${show(facts.runnerEnvironment)} runner, and deny-self-hosted-runners allows only github-hosted` };
    }
    const workflow = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .githubPath */ .lm)(facts.buildSignerUri ?? san);
    if (workflow !== undefined &&
        !_names_js__WEBPACK_IMPORTED_MODULE_1__/* .SIGNER_WORKFLOW_OUTPUT */ .Fl.test(workflow) &&
        policy.signer.kind !== 'identity' &&
        policy.signer.kind !== 'identity-regex') {
        return {
            ok: false,
            reason: `the signer workflow ${show(workflow)} is outside the signer-workflow output's grammar (${_names_js__WEBPACK_IMPORTED_MODULE_1__/* .SIGNER_WORKFLOW_OUTPUT */ .Fl.source})`
        };
    }
    return {
        ok: true,
        signer: {
            workflow: workflow !== undefined && _names_js__WEBPACK_IMPORTED_MODULE_1__/* .SIGNER_WORKFLOW_OUTPUT */ .Fl.test(workflow) ? workflow : undefined,
            sourceRepository: source !== undefined && _names_js__WEBPACK_IMPORTED_MODULE_1__/* .REPOSITORY_PATTERN */ .G_.test(source) ? source : undefined,
            identity: san
        }
    };
}
/** Why the certificate's identity is not the one asked for; undefined when it is. */
function signerMismatch(rule, san) {
    const signed = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .githubPath */ .lm)(san) ?? san;
    switch (rule.kind) {
        case 'workflow': {
            // Anchored at both ends and compared as text, not as a pattern: gh's "^https://github.com/<workflow>" lets release.yml.evil.yml through.
            const expected = `${rule.repository}/${rule.path}`;
            const at = signed.lastIndexOf('@');
            const workflow = at === -1 ? signed : signed.slice(0, at);
            const ref = at === -1 ? undefined : signed.slice(at + 1);
            const same = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .githubPath */ .lm)(san) !== undefined && sameRepositoryPath(workflow, expected) && ref !== undefined && (rule.ref === undefined || ref === rule.ref);
            return same ? undefined : `signed by ${show(signed)}, expected ${expected}${rule.ref ? `@${rule.ref}` : ''}`;
        }
        case 'repository': {
            const prefix = `${rule.repository}/.github/workflows/`;
            const inRepository = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .githubPath */ .lm)(san) !== undefined && signed.toLowerCase().startsWith(prefix.toLowerCase()) && signed.includes('@');
            return inRepository ? undefined : `signed by ${show(signed)}, expected a workflow of ${rule.repository}`;
        }
        case 'identity':
            return san === rule.identity ? undefined : `signed by ${show(san)}, expected ${rule.identity}`;
        case 'identity-regex':
            return rule.pattern.test(san) ? undefined : `signed by ${show(san)}, which does not match cert-identity-regex ${rule.text}`;
        case 'within': {
            // gh's rule for --repo or --owner alone: the identity starts with https://github.com/<owner>[/<repo>]/.
            const inside = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .githubPath */ .lm)(san) !== undefined && signed.toLowerCase().startsWith(rule.prefix.toLowerCase());
            return inside ? undefined : `signed by ${show(signed)}, expected a workflow of ${rule.prefix.slice(0, -1)}`;
        }
    }
}
/** GitHub owner and repository names are case-insensitive; the rest of a path is not. */
function sameRepositoryPath(a, b) {
    const split = (path) => {
        const parts = path.split('/');
        return [parts.slice(0, 2).join('/').toLowerCase(), parts.slice(2).join('/')];
    };
    const [aRepository, aRest] = split(a);
    const [bRepository, bRest] = split(b);
    return aRepository === bRepository && aRest === bRest;
}
function sameName(actual, expected) {
    return actual !== undefined && actual.toLowerCase() === expected.toLowerCase();
}
/** A value read from a certificate or a statement, quoted and bounded for a reason. */
function show(value) {
    // Long enough for a workflow URL at a ref, short enough for one log line.
    return value === undefined ? '(none)' : (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(value, 300);
}
/**
 * Judges the in-toto statement a DSSE envelope carries: it must be about the
 * event's digest and of the predicate type asked for. The signature over it
 * is the library's to check; what it says is ours.
 */
function judgeStatement(policy, payloadType, payload, digest) {
    if (payloadType !== IN_TOTO_PAYLOAD_TYPE)
        return { ok: false, reason: `the envelope's payload is ${show(payloadType)}, not an in-toto statement` };
    let statement;
    try {
        statement = JSON.parse(payload.toString('utf8'));
    }
    catch {
        return { ok: false, reason: 'the in-toto statement is not valid JSON' };
    }
    if (typeof statement !== 'object' || statement === null)
        return { ok: false, reason: 'the in-toto statement is not a JSON object' };
    const { _type: type, predicateType, subject } = statement;
    if (typeof type !== 'string' || !IN_TOTO_STATEMENT_TYPES.includes(type)) {
        return { ok: false, reason: `the statement's _type is ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(type)}, not an in-toto statement` };
    }
    const [algorithm = '', hex = ''] = digest.split(':');
    const subjects = Array.isArray(subject) ? subject : [];
    const digests = subjects.map(entry => subjectDigest(entry, algorithm)).filter((d) => d !== undefined);
    if (!digests.some(d => d.toLowerCase() === hex)) {
        const named = digests.length === 0
            ? `no ${algorithm} digest`
            : digests
                .slice(0, 3)
                .map(d => `${algorithm}:${d}`)
                .join(', ');
        return { ok: false, reason: `subject is ${describeValueList(named)}, not the event's ${digest}` };
    }
    if (predicateType !== policy.predicateType) {
        return { ok: false, reason: `predicate type is ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(predicateType)}, expected ${policy.predicateType}` };
    }
    return { ok: true };
}
function subjectDigest(entry, algorithm) {
    if (typeof entry !== 'object' || entry === null)
        return undefined;
    const digests = entry.digest;
    if (typeof digests !== 'object' || digests === null)
        return undefined;
    const value = digests[algorithm];
    return typeof value === 'string' ? value : undefined;
}
/** Digests that are hex are shown as they are; anything else is quoted. */
function describeValueList(text) {
    return /^[a-z0-9:, ]*$/.test(text) ? text : (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(text);
}
/** The reason an event fails the check, from what each bundle was refused for. */
function mismatchReason(digest, search, refusals) {
    const where = search.asked.length === 0 ? '' : ` in ${search.asked.join(' or ')}`;
    const notes = search.notes.length === 0 ? '' : `; ${search.notes.join('; ')}`;
    if (search.found === 0)
        return `no attestation: no Sigstore bundle of ${digest}${where}${notes}`;
    const distinct = [...new Set(refusals)];
    const shown = distinct.slice(0, 3).join('; ');
    const more = distinct.length > 3 ? `; and ${distinct.length - 3} more` : '';
    return `no attestation of ${digest} meets the policy (${search.found} Sigstore bundle${search.found === 1 ? '' : 's'}${where}): ${shown}${more}${notes}`;
}


/***/ }),

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


/***/ })

};
