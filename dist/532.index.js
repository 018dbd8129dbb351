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
  describeDuration: () => (/* binding */ describeDuration),
  matchFilters: () => (/* binding */ matchFilters),
  parseDuration: () => (/* binding */ parseDuration),
  parseFilters: () => (/* binding */ parseFilters),
  splitList: () => (/* binding */ splitList)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/event/grammar.ts
var grammar = __webpack_require__(3157);
// EXTERNAL MODULE: ./src/event/artifact.ts
var artifact = __webpack_require__(7428);
// EXTERNAL MODULE: ./src/event/types.ts
var types = __webpack_require__(649);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/glob-list.ts
// Glob lists as the action's filters and the relay's routes both read them.

/**
 * A list of globs where `*` stays in one path segment, `**` crosses segments
 * and `!` excludes. The constructor throws picomatch's error for a pattern
 * with unbalanced brackets.
 */
class GlobList {
    patterns;
    include;
    exclude;
    constructor(patterns, options = {}) {
        this.patterns = patterns;
        // strictBrackets: an unbalanced [, { or ( throws instead of matching itself, which no name can hold.
        const compile = (glob) => picomatch_default()(glob, { dot: true, nocase: options.caseInsensitive ?? false, strictBrackets: true });
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
/**
 * `parseRange` is semver-range.ts's parseSemverRange, passed in so that the
 * caller loads that chunk only when the semver input is set.
 */
function parseFilters(inputs, parseRange) {
    const semver = inputs.semver.trim();
    const repositories = globList('repositories', inputs.repositories);
    const registries = globList('registries', inputs.registries, { caseInsensitive: true });
    for (const pattern of repositories.patterns)
        checkRepositoryPattern(pattern);
    for (const pattern of registries.patterns)
        checkRegistryPattern(pattern);
    return {
        actions: nameSet('actions', 'action', inputs.actions, types/* ACR_ACTIONS */.r, types/* isAcrAction */.p),
        artifacts: nameSet('artifacts', 'artifact', inputs.artifacts, artifact/* ARTIFACTS */.ym, artifact/* isArtifact */.vw),
        repositories,
        tags: globList('tags', inputs.tags),
        semver: semver === '' ? undefined : requireRangeParser(parseRange)(semver),
        registries,
        maxAgeSeconds: inputs['max-age'].trim() === '' ? undefined : parseDuration('max-age', inputs['max-age'])
    };
}
/** A comma- or newline-separated list of names from a fixed set; "push delete" is a list written with spaces. */
function nameSet(input, noun, text, valid, isValid) {
    const names = splitList(text);
    for (const name of names) {
        if (isValid(name))
            continue;
        // Every word valid while the whole name is not: it can only be several words.
        const words = name.split(/\s+/);
        if (words.every(word => isValid(word))) {
            throw new errors/* InputError */.dz(input, `"${name}" is several names: separate them with commas or newlines ("${words.join(', ')}")`);
        }
        throw new errors/* InputError */.dz(input, `unknown ${noun} "${name}"; valid ${input} are ${valid.join(', ')}`);
    }
    return new Set(names);
}
function globList(input, text, options) {
    const patterns = splitList(text);
    const bare = patterns.find(p => p === '!');
    if (bare !== undefined)
        throw new errors/* InputError */.dz(input, '"!" excludes nothing: write the pattern after it, e.g. "!**/test-*"');
    try {
        return new GlobList(patterns, options);
    }
    catch (error) {
        // Only on the way to an error: find which pattern it was, to name it.
        const invalid = patterns.find(pattern => {
            try {
                return !new GlobList([pattern]);
            }
            catch {
                return true;
            }
        });
        throw new errors/* InputError */.dz(input, `"${invalid}" is not a valid glob (${error.message})`);
    }
}
/** Hosts the first segment of a pattern could be: Docker's own test (a "." or ":", or localhost) narrowed to real domains. */
const REGISTRY_PREFIX = /^(?:localhost|[^/*?[{]+:\d+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:azurecr\.(?:io|cn|us)|io|com|net|org|dev|cloud))\//i;
/** Repositories are matched as the event names them: no registry host, no leading slash. */
function checkRepositoryPattern(pattern) {
    const glob = pattern.replace(/^!/, '');
    if (glob.startsWith('/')) {
        throw new errors/* InputError */.dz('repositories', `"${pattern}" starts with "/", which no repository does: write "${pattern.replace(/^(!?)\/+/, '$1')}"`);
    }
    const host = REGISTRY_PREFIX.exec(glob)?.[0];
    if (host) {
        throw new errors/* InputError */.dz('repositories', `"${pattern}" starts with a registry host, which the repository does not hold: write "${pattern.replace(host, '')}", and put "${host.slice(0, -1)}" in registries`);
    }
}
/** Registries are host names (with an optional port): not URLs, not paths. */
function checkRegistryPattern(pattern) {
    const glob = pattern.replace(/^!/, '');
    const url = /^[a-z][a-z0-9+.-]*:\/\/([^/]*)/i.exec(glob);
    if (url)
        throw new errors/* InputError */.dz('registries', `"${pattern}" is a URL; registries are host names: write "${url[1]}"`);
    if (glob.includes('/')) {
        throw new errors/* InputError */.dz('registries', `"${pattern}" holds a "/"; registries are host names (e.g. myregistry.azurecr.io), and repositories go in repositories`);
    }
}
function requireRangeParser(parseRange) {
    if (!parseRange)
        throw new Error('Internal error: the semver input is set but its range parser was not loaded');
    return parseRange;
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
    if (filters.artifacts.size > 0 && !(event.artifact && filters.artifacts.has(event.artifact))) {
        return refuse(`artifact "${event.artifact ?? 'none'}" is not one of artifacts ${[...filters.artifacts].map(a => `"${a}"`).join(', ')}`);
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
        return refuse(`the ${event.action} event has no ${field}, so it does not match ${input} ${globs.toString()}`);
    if (!globs.matches(value))
        return refuse(`${field} "${value}" does not match ${input} ${globs.toString()}`);
    return undefined;
}
function matchSemver(event, range) {
    if (!range)
        return undefined;
    const shown = `semver "${range.raw}"`;
    if (event.tag === undefined)
        return refuse(`the ${event.action} event has no tag, so it does not match ${shown}`);
    switch (range.refusal(event.tag)) {
        case undefined:
            return undefined;
        case 'not-semver':
            return refuse(`tag "${event.tag}" is not a semver version, so it does not match ${shown}`);
        case 'prerelease-outside':
            return refuse(`tag "${event.tag}" is outside ${shown} (a pre-release matches only a range that names a pre-release of the same major.minor.patch)`);
        case 'outside':
            return refuse(`tag "${event.tag}" is outside ${shown}`);
    }
}
function matchAge(event, maxAgeSeconds, nowMillis) {
    if (maxAgeSeconds === undefined)
        return undefined;
    const shown = `max-age ${describeDuration(maxAgeSeconds)}`;
    if (event.timestamp === undefined)
        return refuse(`the ${event.action} event has no timestamp, so it does not match ${shown}`);
    const ageSeconds = (nowMillis - (0,grammar/* timestampMillis */.RW)(event.timestamp)) / 1000;
    if (ageSeconds < -MAX_CLOCK_SKEW_SECONDS) {
        return refuse(`timestamp ${event.timestamp} is ${describeDuration(-ageSeconds)} in the future, more than the ${describeDuration(MAX_CLOCK_SKEW_SECONDS)} allowed for clock skew`);
    }
    if (ageSeconds > maxAgeSeconds) {
        return refuse(`the event is ${describeDuration(ageSeconds)} old (timestamp ${event.timestamp}), older than ${shown}`);
    }
    return undefined;
}
const DURATION_NAMES = [
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
    ['second', 1]
];
/** `14 days 18 hours`: the two largest units a person reads an age in; "over" when smaller units were left out. */
function describeDuration(seconds) {
    let rest = Math.round(seconds);
    const counts = DURATION_NAMES.map(([name, size]) => {
        const count = Math.floor(rest / size);
        rest -= count * size;
        return [name, count];
    });
    const first = counts.findIndex(([, count]) => count > 0);
    if (first === -1)
        return '0 seconds';
    const shown = counts.slice(first, first + 2).filter(([, count]) => count > 0);
    const left = counts.slice(first + shown.length).some(([, count]) => count > 0);
    const text = shown.map(([name, count]) => `${count} ${name}${count === 1 ? '' : 's'}`).join(' ');
    return left ? `over ${text}` : text;
}


/***/ })

};
