export const id = 537;
export const ids = [537];
export const modules = {

/***/ 4537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseNotationInputs: () => (/* binding */ parseNotationInputs)
/* harmony export */ });
/* unused harmony export MAX_TRUST_POLICY_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _policy_trust_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4982);
// The Notation inputs, read and checked before anything else runs:
// notation-trust-policy (a trust policy document) and notation-trust-store (the
// folder of trusted certificates), paths relative to the workspace, both
// needed, and verify with them, since the signatures are looked up in the
// registry for the digest verify confirms. The policy is read and validated
// here, so that a bad one fails the step before any request, naming the input.




/** Largest trust policy read: Notation's are a few kilobytes. */
const MAX_TRUST_POLICY_BYTES = 1024 * 1024;
function parseNotationInputs(texts, verify, workspace) {
    const policyInput = texts.policy.trim();
    const storeInput = texts.store.trim();
    if (storeInput === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('notation-trust-policy', 'needs notation-trust-store as well: the folder of the certificates the trust policy names (x509/ca/NAME/…)');
    }
    if (policyInput === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('notation-trust-store', 'needs notation-trust-policy as well: the trust policy document (trustpolicy.json) that says which stores and identities to trust');
    }
    if (!verify) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('notation-trust-policy', 'needs verify (digest or tag): the Notation signatures are looked up in the registry for the digest verify confirms');
    }
    const policyPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, policyInput);
    const storePath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, storeInput);
    const policy = statOf(policyPath, 'notation-trust-policy');
    if (policy.isSymbolicLink() || !policy.isFile())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('notation-trust-policy', `${policyPath} is not a regular file (symbolic links are not supported)`);
    if (policy.size > MAX_TRUST_POLICY_BYTES)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('notation-trust-policy', `${policyPath} is larger than ${MAX_TRUST_POLICY_BYTES} bytes`);
    let document;
    try {
        document = (0,_policy_trust_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .parseTrustPolicy */ .GS)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(policyPath, 'utf8'));
    }
    catch (error) {
        if (error instanceof _policy_trust_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .PolicyError */ .pn)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('notation-trust-policy', `${policyPath} ${error.message}`);
        throw error;
    }
    const store = statOf(storePath, 'notation-trust-store');
    if (store.isSymbolicLink() || !store.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('notation-trust-store', `${storePath} is not a folder (symbolic links are not supported)`);
    return { policyInput, document, storePath, storeInput };
}
function statOf(path, input) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
    }
    catch (error) {
        const code = error.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, code === 'ENOENT'
            ? `${path} does not exist (paths are relative to the workspace: check the repository out first)`
            : `cannot read ${path} (${code})`);
    }
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


/***/ })

};
