export const id = 37;
export const ids = [37];
export const modules = {

/***/ 9037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GlobList: () => (/* binding */ GlobList),
/* harmony export */   MAX_CLOCK_SKEW_SECONDS: () => (/* binding */ MAX_CLOCK_SKEW_SECONDS),
/* harmony export */   matchFilters: () => (/* binding */ matchFilters),
/* harmony export */   parseDuration: () => (/* binding */ parseDuration),
/* harmony export */   parseFilters: () => (/* binding */ parseFilters),
/* harmony export */   splitList: () => (/* binding */ splitList)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var semver_classes_range_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6782);
/* harmony import */ var semver_classes_range_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_classes_range_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6353);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _event_grammar_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3157);
/* harmony import */ var _event_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(649);
// The gate: which events a workflow acts on. Pure: the inputs arrive as text,
// the clock as an argument, and the answer is a Match with a reason a person
// can act on.






/** How far in the future an event may be dated before it is taken for a wrong clock. */
const MAX_CLOCK_SKEW_SECONDS = 300;
/** A list of globs where `*` stays in one path segment, `**` crosses segments and `!` excludes. */
class GlobList {
    patterns;
    include;
    exclude;
    constructor(patterns, options = {}) {
        this.patterns = patterns;
        const compile = (glob) => picomatch__WEBPACK_IMPORTED_MODULE_4___default()(glob, { dot: true, nocase: options.caseInsensitive ?? false });
        this.include = patterns.filter(p => !p.startsWith('!')).map(compile);
        this.exclude = patterns.filter(p => p.startsWith('!')).map(p => compile(p.slice(1)));
    }
    get isEmpty() {
        return this.patterns.length === 0;
    }
    /** Matches at least one positive pattern (or there is none) and no negative one. */
    matches(value) {
        return (this.include.length === 0 || this.include.some(test => test(value))) && !this.exclude.some(test => test(value));
    }
    toString() {
        return this.patterns.map(p => `"${p}"`).join(', ');
    }
}
function parseFilters(inputs) {
    const actions = splitList(inputs.actions);
    for (const action of actions) {
        if (!(0,_event_types_js__WEBPACK_IMPORTED_MODULE_5__/* .isAcrAction */ .p)(action)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('actions', `unknown action "${action}"; valid actions are ${_event_types_js__WEBPACK_IMPORTED_MODULE_5__/* .ACR_ACTIONS */ .r.join(', ')}`);
        }
    }
    const semver = inputs.semver.trim();
    return {
        actions: new Set(actions),
        repositories: globList('repositories', inputs.repositories),
        tags: globList('tags', inputs.tags),
        semver: semver === '' ? undefined : parseRange(semver),
        registries: globList('registries', inputs.registries, { caseInsensitive: true }),
        maxAgeSeconds: inputs['max-age'].trim() === '' ? undefined : parseDuration('max-age', inputs['max-age'])
    };
}
function globList(input, text, options) {
    const patterns = splitList(text);
    const bare = patterns.find(p => p === '!');
    if (bare !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, '"!" excludes nothing: write the pattern after it, e.g. "!**/test-*"');
    return new GlobList(patterns, options);
}
function parseRange(text) {
    try {
        return new (semver_classes_range_js__WEBPACK_IMPORTED_MODULE_0___default())(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('semver', `"${text}" is not a valid semver range; use npm's syntax, e.g. ">=1.2.0 <2", "^3" or "~1.4"`);
    }
}
const DURATION_UNITS = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };
/** `90s`, `15m`, `2h`, `1d` or a bare number of seconds. */
function parseDuration(input, text) {
    const match = /^(\d+)\s*([smhd]?)$/i.exec(text.trim());
    if (!match) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `"${text.trim()}" is not a duration; use 90s, 15m, 2h, 1d or a number of seconds`);
    }
    return Number(match[1]) * DURATION_UNITS[match[2].toLowerCase()];
}
/**
 * Splits an input on newlines and on commas outside braces, so that a brace
 * glob such as `{v1,v2}.*` stays one pattern. Empty items are dropped.
 */
function splitList(text) {
    const items = [];
    for (const line of text.split(/\r?\n/)) {
        let depth = 0;
        let current = '';
        for (const ch of line) {
            if (ch === '{')
                depth++;
            else if (ch === '}')
                depth = Math.max(0, depth - 1);
            if (ch === ',' && depth === 0) {
                items.push(current);
                current = '';
            }
            else {
                current += ch;
            }
        }
        items.push(current);
    }
    return items.map(item => item.trim()).filter(item => item !== '');
}
/** Checks the filters in a fixed order and reports the first that refuses the event. */
function matchFilters(event, filters, nowMillis) {
    if (filters.actions.size > 0 && !filters.actions.has(event.action)) {
        return refuse(`action "${event.action}" is not one of actions ${[...filters.actions].map(a => `"${a}"`).join(', ')}`);
    }
    return (matchGlobs(event, 'registry', event.registry, 'registries', filters.registries) ??
        matchGlobs(event, 'repository', event.repository, 'repositories', filters.repositories) ??
        matchGlobs(event, 'tag', event.tag, 'tags', filters.tags) ??
        matchSemver(event, filters.semver) ??
        matchAge(event, filters.maxAgeSeconds, nowMillis) ?? { matched: true });
}
function refuse(reason) {
    return { matched: false, reason };
}
function matchGlobs(event, field, value, input, globs) {
    if (globs.isEmpty)
        return undefined;
    if (value === undefined)
        return refuse(`the ${event.action} event has no ${field}, so it does not match ${input} ${globs}`);
    if (!globs.matches(value))
        return refuse(`${field} "${value}" does not match ${input} ${globs}`);
    return undefined;
}
function matchSemver(event, range) {
    if (!range)
        return undefined;
    const shown = `semver "${range.raw}"`;
    if (event.tag === undefined)
        return refuse(`the ${event.action} event has no tag, so it does not match ${shown}`);
    // One optional "v", then the version itself: semver's parser would take a second "v" too.
    const version = /^v?\d/.test(event.tag) ? semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_1___default()(event.tag.replace(/^v/, '')) : null;
    if (!version)
        return refuse(`tag "${event.tag}" is not a semver version, so it does not match ${shown}`);
    if (!range.test(version)) {
        const prereleaseOnly = version.prerelease.length > 0 && new (semver_classes_range_js__WEBPACK_IMPORTED_MODULE_0___default())(range.raw, { includePrerelease: true }).test(version);
        const why = prereleaseOnly ? ' (a pre-release matches only a range that names a pre-release of the same major.minor.patch)' : '';
        return refuse(`tag "${event.tag}" is outside ${shown}${why}`);
    }
    return undefined;
}
function matchAge(event, maxAgeSeconds, nowMillis) {
    if (maxAgeSeconds === undefined)
        return undefined;
    const shown = `max-age ${maxAgeSeconds}s`;
    if (event.timestamp === undefined)
        return refuse(`the ${event.action} event has no timestamp, so it does not match ${shown}`);
    const ageSeconds = (nowMillis - (0,_event_grammar_js__WEBPACK_IMPORTED_MODULE_3__/* .timestampMillis */ .RW)(event.timestamp)) / 1000;
    if (ageSeconds < -MAX_CLOCK_SKEW_SECONDS) {
        return refuse(`timestamp ${event.timestamp} is ${Math.round(-ageSeconds)}s in the future, more than the ${MAX_CLOCK_SKEW_SECONDS}s allowed for clock skew`);
    }
    if (ageSeconds > maxAgeSeconds) {
        return refuse(`the event is ${Math.round(ageSeconds)}s old (timestamp ${event.timestamp}), older than ${shown}`);
    }
    return undefined;
}


/***/ })

};
