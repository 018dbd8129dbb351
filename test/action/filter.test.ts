import { describe, expect, test } from 'vitest'
import { InputError } from '../../src/errors.js'
import { parseEvent } from '../../src/event/parse.js'
import type { AcrEvent } from '../../src/event/types.js'
import { describeDuration, matchFilters, parseDuration, parseFilters, splitList, type FilterInputs } from '../../src/action/filter.js'
import { GlobList } from '../../src/glob-list.js'
import { parseSemverRange } from '../../src/action/semver-range.js'
import { fixture } from '../support/fixtures.js'

const NO_FILTERS: FilterInputs = { actions: '', artifacts: '', repositories: '', tags: '', semver: '', registries: '', 'max-age': '' }
const push = parseEvent(fixture('native-push.json'), 'client_payload') // team/web:v1.4.2 on myregistry.azurecr.io
const PUSHED_AT = Date.parse('2026-11-17T16:52:01.343Z')

function withEvent(changes: Partial<AcrEvent>): AcrEvent {
  return { ...push, ...changes }
}

function check(event: AcrEvent, inputs: Partial<FilterInputs>, now = PUSHED_AT) {
  return matchFilters(event, parseFilters({ ...NO_FILTERS, ...inputs }, parseSemverRange), now)
}

describe('GlobList', () => {
  test.each([
    [['team/*'], 'team/web', true],
    [['team/*'], 'team/web/api', false],
    [['team/**'], 'team/web/api', true],
    [['team/**'], 'team', true],
    [['**/web'], 'a/b/web', true],
    [['**'], 'anything/at/all', true],
    [['*'], 'team/web', false],
    [['!**/test-*'], 'team/web', true],
    [['!**/test-*'], 'team/test-web', false],
    [['!team/*'], 'other/web', true],
    [['team/*', '!team/legacy'], 'team/legacy', false],
    [['team/*', '!team/legacy'], 'team/web', true],
    [['team/*', 'ops/*'], 'ops/tool', true],
    [['{team,ops}/*'], 'ops/tool', true],
    [['v*'], 'v1.4.2', true],
    [['v*'], 'latest', false],
    [['v[0-9]*.*'], 'v1.4.2', true],
    [['*-rc.*'], 'v2.0.0-rc.1', true],
    [['Team/*'], 'team/web', false]
  ])('%j on %s → %s', (patterns, value, expected) => {
    expect(new GlobList(patterns).matches(value)).toBe(expected)
  })

  test.each([
    ['*.azurecr.io', 'MyRegistry.AzureCR.io', true],
    ['MYREGISTRY.azurecr.io', 'myregistry.azurecr.io', true],
    ['*.azurecr.io', 'myregistry.azurecr.cn', false],
    ['*.azurecr.io', 'azurecr.io', false]
  ])('registries are case-insensitive: %s on %s → %s', (pattern, host, expected) => {
    expect(new GlobList([pattern], { caseInsensitive: true }).matches(host)).toBe(expected)
  })
})

describe('splitList', () => {
  test.each([
    ['', []],
    ['push', ['push']],
    ['push, delete', ['push', 'delete']],
    ['push\ndelete\r\n\n chart_push ', ['push', 'delete', 'chart_push']],
    ['team/*,\n!team/legacy', ['team/*', '!team/legacy']],
    ['{v1,v2}.*, latest', ['{v1,v2}.*', 'latest']],
    // Nested braces: the comma after the inner group is still inside the outer one.
    ['{team,{ops,infra},dev}/*, other/*', ['{team,{ops,infra},dev}/*', 'other/*']],
    [' , ,', []]
  ])('%j → %j', (text, items) => {
    expect(splitList(text)).toEqual(items)
  })
})

describe('parseDuration', () => {
  test.each([
    ['90s', 90],
    ['15m', 900],
    ['2h', 7200],
    ['1d', 86400],
    ['3600', 3600],
    [' 10M ', 600],
    ['0', 0]
  ])('%s → %d seconds', (text, seconds) => {
    expect(parseDuration('max-age', text)).toBe(seconds)
  })

  test.each(['1w', '-5m', '1.5h', 'soon', '15 minutes', 'm'])('%s is refused and names the input', text => {
    expect(() => parseDuration('max-age', text)).toThrow(/^Input "max-age": ".*" is not a duration; use 90s, 15m, 2h, 1d/)
  })
})

describe('parseFilters: invalid inputs fail with the input name', () => {
  test.each([
    [
      { actions: 'push, pull' },
      /^Input "actions": unknown action "pull"; valid actions are push, delete, quarantine, chart_push, chart_delete, ping$/
    ],
    [{ semver: '>=one' }, /^Input "semver": ">=one" is not a valid semver range/],
    [{ 'max-age': 'yesterday' }, /^Input "max-age": "yesterday" is not a duration/],
    [{ 'max-age': ' yesterday ' }, /^Input "max-age": "yesterday" is not a duration/],
    [{ repositories: 'team/*, !' }, /^Input "repositories": "!" excludes nothing/],
    [
      { artifacts: 'index, chart' },
      /^Input "artifacts": unknown artifact "chart"; valid artifacts are index, image, signature, attestation, sbom, helm-chart, unknown$/
    ],
    // Filters that could never match are refused with the form that would.
    [{ actions: 'push delete' }, /^Input "actions": "push delete" is several names: separate them with commas or newlines \("push, delete"\)$/],
    [{ artifacts: 'index image' }, /^Input "artifacts": "index image" is several names: separate them with commas/],
    [{ actions: 'push \t delete' }, /^Input "actions": "push \t delete" is several names: separate them with commas or newlines \("push, delete"\)$/],
    // Words that are not all names are one unknown name, not several.
    [{ actions: 'push pull' }, /^Input "actions": unknown action "push pull"; valid actions are push, delete/],
    [
      { registries: 'https://myregistry.azurecr.io' },
      /^Input "registries": "https:\/\/myregistry\.azurecr\.io" is a URL; registries are host names: write "myregistry\.azurecr\.io"$/
    ],
    [
      { registries: '!https://myregistry.azurecr.io' },
      /^Input "registries": "!https:\/\/myregistry\.azurecr\.io" is a URL; registries are host names: write "myregistry\.azurecr\.io"$/
    ],
    // The host to write is the URL's as written, a "!(...)" inside it kept.
    [
      { registries: 'https://prod-!(eu).azurecr.io' },
      /^Input "registries": .* is a URL; registries are host names: write "prod-!\(eu\)\.azurecr\.io"$/
    ],
    [{ registries: 'myregistry.azurecr.io/team/web' }, /^Input "registries": .* holds a "\/"; registries are host names/],
    // A URL after a path is no URL to take the host from.
    [
      { registries: 'proxy.example.com/https://myregistry.azurecr.io' },
      /^Input "registries": "proxy\.example\.com\/https:\/\/myregistry\.azurecr\.io" holds a "\/"; registries are host names/
    ],
    [
      { repositories: 'myregistry.azurecr.io/team/web' },
      /^Input "repositories": "myregistry\.azurecr\.io\/team\/web" starts with a registry host, which the repository does not hold: write "team\/web", and put "myregistry\.azurecr\.io" in registries$/
    ],
    [{ repositories: 'eu.prod.myregistry.azurecr.io/team/web' }, /write "team\/web", and put "eu\.prod\.myregistry\.azurecr\.io" in registries$/],
    [{ repositories: 'localhost:5000/team/*' }, /^Input "repositories": .* write "team\/\*", and put "localhost:5000" in registries$/],
    [{ repositories: '/team/web' }, /^Input "repositories": "\/team\/web" starts with "\/", which no repository does: write "team\/web"$/],
    [{ repositories: '!/team/web' }, /write "!team\/web"$/],
    [{ repositories: '//team/web' }, /^Input "repositories": "\/\/team\/web" starts with "\/", which no repository does: write "team\/web"$/],
    [{ tags: '[' }, /^Input "tags": "\[" is not a valid glob \(Missing closing: "\]"/],
    // Of several patterns, the invalid one is named.
    [{ tags: 'v*, [' }, /^Input "tags": "\[" is not a valid glob \(Missing closing: "\]"/],
    [{ registries: '*.azurecr.io, [' }, /^Input "registries": "\[" is not a valid glob/],
    [{ repositories: 'team/{web,api' }, /^Input "repositories": "team\/\{web,api" is not a valid glob/]
  ])('%j', (inputs, message) => {
    expect(() => parseFilters({ ...NO_FILTERS, ...inputs }, parseSemverRange)).toThrow(InputError)
    expect(() => parseFilters({ ...NO_FILTERS, ...inputs }, parseSemverRange)).toThrow(message)
  })
})

describe('parseFilters: inputs that are accepted', () => {
  test('a blank semver or max-age is no filter', () => {
    expect(check(withEvent({ tag: 'latest' }), { semver: ' ' })).toEqual({ matched: true })
    expect(check(push, { 'max-age': ' ' }, PUSHED_AT + 365 * 86400_000)).toEqual({ matched: true })
  })

  test('without semver, no range parser is needed (its chunk is not loaded); with it, its absence is an internal error', () => {
    expect(parseFilters({ ...NO_FILTERS, semver: ' ' }).semver).toBeUndefined()
    expect(() => parseFilters({ ...NO_FILTERS, semver: '^1' })).toThrow(
      /^Internal error: the semver input is set but its range parser was not loaded$/
    )
  })

  test('only a leading "!" is taken off before looking for a registry host: one further in leaves no host name', () => {
    expect(check(push, { repositories: 'my!registry.azurecr.io/team/web' })).toEqual({
      matched: false,
      reason: 'repository "team/web" does not match repositories "my!registry.azurecr.io/team/web"'
    })
  })
})

describe('matchFilters', () => {
  test('no filters: every event matches', () => {
    expect(check(push, {})).toEqual({ matched: true })
    expect(check(parseEvent(fixture('native-ping.json'), 'p'), {})).toEqual({ matched: true })
  })

  test.each<[string, Partial<AcrEvent>, Partial<FilterInputs>, true | string]>([
    ['action allowed', {}, { actions: 'push,delete' }, true],
    ['action not allowed', { action: 'delete' }, { actions: 'push' }, 'action "delete" is not one of actions "push"'],
    ['action not among several', { action: 'quarantine' }, { actions: 'push, delete' }, 'action "quarantine" is not one of actions "push", "delete"'],
    ['repository by one-segment glob', {}, { repositories: 'team/*' }, true],
    [
      '* does not cross segments',
      { repository: 'team/web/api' },
      { repositories: 'team/*' },
      'repository "team/web/api" does not match repositories "team/*"'
    ],
    ['** crosses segments', { repository: 'team/web/api' }, { repositories: 'team/**' }, true],
    ['negation only, not excluded', {}, { repositories: '!**/*-test' }, true],
    [
      'negation only, excluded',
      { repository: 'team/web-test' },
      { repositories: '!**/*-test' },
      'repository "team/web-test" does not match repositories "!**/*-test"'
    ],
    ['tag glob', {}, { tags: 'v*' }, true],
    ['tag glob refuses', { tag: 'latest' }, { tags: 'v*' }, 'tag "latest" does not match tags "v*"'],
    ['no tag against tags', { tag: undefined }, { tags: 'v*' }, 'the push event has no tag, so it does not match tags "v*"'],
    ['registry, case-insensitive', { registry: 'MyRegistry.azurecr.io' }, { registries: 'myregistry.azurecr.io' }, true],
    ['registry wildcard', {}, { registries: '*.azurecr.io' }, true],
    [
      'other registry',
      { registry: 'other.azurecr.cn' },
      { registries: '*.azurecr.io' },
      'registry "other.azurecr.cn" does not match registries "*.azurecr.io"'
    ],
    [
      'no registry against registries',
      { registry: undefined },
      { registries: '*.azurecr.io' },
      'the push event has no registry, so it does not match registries "*.azurecr.io"'
    ],
    ['semver with v prefix', {}, { semver: '>=1.2.0 <2' }, true],
    ['semver without prefix', { tag: '1.4.2' }, { semver: '^1' }, true],
    ['semver caret refuses next major', { tag: 'v2.0.0' }, { semver: '^1' }, 'tag "v2.0.0" is outside semver "^1"'],
    ['semver tilde', { tag: 'v1.4.9' }, { semver: '~1.4' }, true],
    ['semver tilde refuses next minor', { tag: 'v1.5.0' }, { semver: '~1.4' }, 'tag "v1.5.0" is outside semver "~1.4"'],
    [
      'pre-release outside a plain range',
      { tag: 'v1.5.0-rc.1' },
      { semver: '^1.4.0' },
      'tag "v1.5.0-rc.1" is outside semver "^1.4.0" (a pre-release matches only a range that names a pre-release of the same major.minor.patch)'
    ],
    ['pre-release inside a range that names it', { tag: 'v1.5.0-rc.2' }, { semver: '>=1.5.0-rc.1 <2' }, true],
    ['not semver', { tag: 'latest' }, { semver: '*' }, 'tag "latest" is not a semver version, so it does not match semver "*"'],
    ['two-part version is not semver', { tag: 'v1.4' }, { semver: '^1' }, 'tag "v1.4" is not a semver version, so it does not match semver "^1"'],
    ['only one v is stripped', { tag: 'vv1.4.2' }, { semver: '^1' }, 'tag "vv1.4.2" is not a semver version, so it does not match semver "^1"'],
    ['no tag against semver', { tag: undefined }, { semver: '^1' }, 'the push event has no tag, so it does not match semver "^1"'],
    ['artifact allowed', { artifact: 'index' }, { artifacts: 'index, image' }, true],
    [
      'artifact not allowed',
      { artifact: 'signature' },
      { artifacts: 'index, image' },
      'artifact "signature" is not one of artifacts "index", "image"'
    ],
    [
      'a ping has no artifact',
      { action: 'ping', artifact: undefined },
      { artifacts: 'unknown' },
      'artifact "none" is not one of artifacts "unknown"'
    ],
    ['dotted first segments stay repositories', { repository: 'my.app/web' }, { repositories: 'my.app/*' }, true],
    [
      'the first refusing filter is reported',
      { action: 'delete', tag: 'latest' },
      { actions: 'push', tags: 'v*' },
      'action "delete" is not one of actions "push"'
    ]
  ])('%s', (_name, changes, inputs, expected) => {
    const match = check(withEvent(changes), inputs)
    expect(match).toEqual(expected === true ? { matched: true } : { matched: false, reason: expected })
  })

  test('a ping does not match a repositories filter', () => {
    const ping = parseEvent(fixture('native-ping.json'), 'p')
    expect(check(ping, { repositories: '**' })).toEqual({
      matched: false,
      reason: 'the ping event has no repository, so it does not match repositories "**"'
    })
  })
})

describe('describeDuration: ages as a person reads them', () => {
  test.each([
    [0, '0 seconds'],
    [0.4, '0 seconds'],
    [1, '1 second'],
    [59.6, '1 minute'],
    [61, '1 minute 1 second'],
    [3600, '1 hour'],
    [3660, '1 hour 1 minute'],
    [3661, 'over 1 hour 1 minute'],
    [86400, '1 day'],
    [86401, 'over 1 day'],
    [2 * 86400 + 7200, '2 days 2 hours'],
    [1275741, 'over 14 days 18 hours']
  ])('%s seconds: %s', (seconds, text) => {
    expect(describeDuration(seconds)).toBe(text)
  })
})

describe('matchFilters: max-age', () => {
  const at = (seconds: number) => PUSHED_AT + seconds * 1000

  test.each<[string, number, string, true | RegExp]>([
    ['fresh', 10, '15m', true],
    ['exactly at max-age', 900, '15m', true],
    [
      'one second past max-age',
      901,
      '15m',
      /^the event is 15 minutes 1 second old \(timestamp 2026-11-17T16:52:01.343145347Z\), older than max-age 15 minutes$/
    ],
    ['a day old with max-age 1d', 86400, '1d', true],
    ['weeks old', 1275741, '1d', /^the event is over 14 days 18 hours old \(timestamp [^)]+\), older than max-age 1 day$/],
    ['in the future within clock skew', -300, '15m', true],
    [
      'in the future past clock skew',
      -301,
      '15m',
      /^timestamp 2026-11-17T16:52:01.343145347Z is 5 minutes 1 second in the future, more than the 5 minutes allowed for clock skew$/
    ]
  ])('%s', (_name, ageSeconds, maxAge, expected) => {
    const match = check(push, { 'max-age': maxAge }, at(ageSeconds))
    if (expected === true) expect(match).toEqual({ matched: true })
    else expect(match.matched === false && match.reason).toMatch(expected)
  })

  test('an event without a timestamp does not match', () => {
    expect(check(withEvent({ timestamp: undefined }), { 'max-age': '1h' })).toEqual({
      matched: false,
      reason: 'the push event has no timestamp, so it does not match max-age 1 hour'
    })
  })

  test('a timestamp with an offset is compared in UTC', () => {
    const event = withEvent({ timestamp: '2026-11-17T17:52:01.343+01:00' })
    expect(check(event, { 'max-age': '60s' }, at(30))).toEqual({ matched: true })
  })
})
