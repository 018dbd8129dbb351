export const id = 532;
export const ids = [532];
export const modules = {

/***/ 2532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_CLOCK_SKEW_SECONDS: () => (/* binding */ MAX_CLOCK_SKEW_SECONDS),
  matchFilters: () => (/* binding */ matchFilters),
  parseDuration: () => (/* binding */ parseDuration),
  parseFilters: () => (/* binding */ parseFilters),
  splitList: () => (/* binding */ splitList)
});

// EXTERNAL MODULE: ./node_modules/semver/classes/range.js
var classes_range = __webpack_require__(6782);
var range_default = /*#__PURE__*/__webpack_require__.n(classes_range);
// EXTERNAL MODULE: ./node_modules/semver/functions/parse.js
var parse = __webpack_require__(6353);
var parse_default = /*#__PURE__*/__webpack_require__.n(parse);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/event/grammar.ts
var grammar = __webpack_require__(3157);
// EXTERNAL MODULE: ./src/event/types.ts
var types = __webpack_require__(649);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/glob-list.ts
// Glob lists as the action's filters and the relay's routes both read them.

/** A list of globs where `*` stays in one path segment, `**` crosses segments and `!` excludes. */
class GlobList {
    patterns;
    include;
    exclude;
    constructor(patterns, options = {}) {
        this.patterns = patterns;
        const compile = (glob) => picomatch_default()(glob, { dot: true, nocase: options.caseInsensitive ?? false });
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

;// CONCATENATED MODULE: ./src/action/filter.ts
// The gate: which events a workflow acts on. Pure: the inputs arrive as text,
// the clock as an argument, and the answer is a Match with a reason a person
// can act on.






/** How far in the future an event may be dated before it is taken for a wrong clock. */
const MAX_CLOCK_SKEW_SECONDS = 300;
function parseFilters(inputs) {
    const actions = splitList(inputs.actions);
    for (const action of actions) {
        if (!(0,types/* isAcrAction */.p)(action)) {
            throw new errors/* InputError */.dz('actions', `unknown action "${action}"; valid actions are ${types/* ACR_ACTIONS */.r.join(', ')}`);
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
        throw new errors/* InputError */.dz(input, '"!" excludes nothing: write the pattern after it, e.g. "!**/test-*"');
    return new GlobList(patterns, options);
}
function parseRange(text) {
    try {
        return new (range_default())(text);
    }
    catch {
        throw new errors/* InputError */.dz('semver', `"${text}" is not a valid semver range; use npm's syntax, e.g. ">=1.2.0 <2", "^3" or "~1.4"`);
    }
}
const DURATION_UNITS = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };
/** `90s`, `15m`, `2h`, `1d` or a bare number of seconds. */
function parseDuration(input, text) {
    const match = /^(\d+)\s*([smhd]?)$/i.exec(text.trim());
    if (!match) {
        throw new errors/* InputError */.dz(input, `"${text.trim()}" is not a duration; use 90s, 15m, 2h, 1d or a number of seconds`);
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
    const version = /^v?\d/.test(event.tag) ? parse_default()(event.tag.replace(/^v/, '')) : null;
    if (!version)
        return refuse(`tag "${event.tag}" is not a semver version, so it does not match ${shown}`);
    if (!range.test(version)) {
        const prereleaseOnly = version.prerelease.length > 0 && new (range_default())(range.raw, { includePrerelease: true }).test(version);
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
    const ageSeconds = (nowMillis - (0,grammar/* timestampMillis */.RW)(event.timestamp)) / 1000;
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
