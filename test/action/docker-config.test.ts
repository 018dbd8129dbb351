// Real files in temporary folders: the Docker config is a file users have.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { dockerConfigPath, planHeaderWrite, restoreHeader, DockerConfigError } from '../../src/action/docker-config.js'

let root: string
let configPath: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'acr-docker-config-'))
  configPath = join(root, '.docker', 'config.json')
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

// As the Docker CLI writes it: tabs, its own key order, a number written as 1.0.
const LOGGED_IN = `{
\t"auths": {
\t\t"myregistry.azurecr.io": {
\t\t\t"auth": "dXNlcjpwYXNz",
\t\t\t"identitytoken": "eyJhbGciOi..."
\t\t}
\t},
\t"credsStore": "desktop",
\t"credHelpers": {
\t\t"otherregistry.azurecr.io": "acr-env"
\t},
\t"HttpHeaders": {
\t\t"User-Agent": "my-pipeline/1.0"
\t},
\t"experimental": "enabled",
\t"unknownFutureKey": {"nested": [1, 2.50, true]}
}
`

function writeConfig(text: string, mode = 0o600): void {
  mkdirSync(join(root, '.docker'), { recursive: true, mode: 0o700 })
  writeFileSync(configPath, text, { mode })
  chmodSync(configPath, mode)
}

function setHeader(value: string) {
  const plan = planHeaderWrite(configPath, value)
  plan.write()
  return plan.change
}

const read = (path = configPath) => readFileSync(path, 'utf8')
const mode = (path: string) => statSync(path).mode & 0o777

describe('dockerConfigPath', () => {
  test('uses DOCKER_CONFIG, else ~/.docker', () => {
    expect(dockerConfigPath({ DOCKER_CONFIG: '/cfg' })).toBe('/cfg/config.json')
    expect(dockerConfigPath({})).toMatch(/\/\.docker\/config\.json$/)
  })
})

describe('writing the header', () => {
  test('merges into a config with auths and a credsStore, changing only the header', () => {
    writeConfig(LOGGED_IN)
    const change = setHeader('azure/aks')
    const written = read()
    const config = JSON.parse(written)
    expect(config.HttpHeaders).toEqual({ 'User-Agent': 'my-pipeline/1.0', 'X-Meta-Source-Client': 'azure/aks' })
    // Every byte outside the inserted member is the original's.
    const inserted = ',\n\t\t"X-Meta-Source-Client": "azure/aks"'
    expect(written.replace(inserted, '')).toBe(LOGGED_IN)
    expect(change).toMatchObject({ previous: null, createdFile: false, createdHeaders: false, createdFolder: false })
  })

  test("adds HttpHeaders when there is none, in the file's own indentation", () => {
    writeConfig('{\n    "auths": {}\n}\n')
    const change = setHeader('azure/functions')
    expect(read()).toBe('{\n    "auths": {},\n    "HttpHeaders": {\n        "X-Meta-Source-Client": "azure/functions"\n    }\n}\n')
    expect(change.createdHeaders).toBe(true)
  })

  test('replaces an existing value and remembers it', () => {
    writeConfig('{"HttpHeaders":{"X-Meta-Source-Client":"azure/aci"},"auths":{}}')
    const change = setHeader('azure/aks')
    expect(read()).toBe('{"HttpHeaders":{"X-Meta-Source-Client":"azure/aks"},"auths":{}}')
    expect(change.previous).toBe('azure/aci')
  })

  test('creates a missing folder (0700) and file (0600)', () => {
    const change = setHeader('azure/aks')
    expect(JSON.parse(read())).toEqual({ HttpHeaders: { 'X-Meta-Source-Client': 'azure/aks' } })
    expect(mode(join(root, '.docker'))).toBe(0o700)
    expect(mode(configPath)).toBe(0o600)
    expect(change).toMatchObject({ createdFile: true, createdFolder: true, createdHeaders: true })
  })

  test("keeps the file's mode", () => {
    writeConfig('{"auths":{}}', 0o640)
    setHeader('azure/aks')
    expect(mode(configPath)).toBe(0o640)
  })

  test('follows a symlinked config.json and leaves the link in place', () => {
    const real = join(root, 'dotfiles', 'docker.json')
    mkdirSync(join(root, 'dotfiles'))
    writeFileSync(real, '{"auths":{}}')
    mkdirSync(join(root, '.docker'))
    symlinkSync(real, configPath)
    const change = setHeader('azure/aks')
    expect(statSync(configPath, { throwIfNoEntry: true }).isFile()).toBe(true)
    expect(readdirSync(join(root, '.docker'))).toEqual(['config.json'])
    expect(JSON.parse(read(real)).HttpHeaders['X-Meta-Source-Client']).toBe('azure/aks')
    expect(change.filePath).toBe(real)
    expect(existsSync(configPath) && read(configPath) === read(real)).toBe(true)
  })

  test('leaves no temporary file behind', () => {
    writeConfig(LOGGED_IN)
    setHeader('azure/aks')
    expect(readdirSync(join(root, '.docker'))).toEqual(['config.json'])
  })

  test.each([
    ['not JSON', '{"auths": {', /is not valid JSON/],
    ['JSON with comments', '{\n  // logged in\n  "auths": {}\n}', /is not valid JSON/],
    ['an array', '[]', /holds an array, not a JSON object/],
    ['a string', '"config"', /holds string, not a JSON object/],
    ['HttpHeaders that is not an object', '{"HttpHeaders": "X-Meta-Source-Client: azure/aks"}', /"HttpHeaders" is not a JSON object/],
    ['a header that is not a string', '{"HttpHeaders": {"X-Meta-Source-Client": 1}}', /is not a string/]
  ])('refuses %s and leaves the file byte for byte', (_name, text, message) => {
    writeConfig(text)
    const before = readFileSync(configPath)
    expect(() => setHeader('azure/aks')).toThrow(DockerConfigError)
    expect(() => setHeader('azure/aks')).toThrow(message)
    expect(() => setHeader('azure/aks')).toThrow(configPath)
    expect(readFileSync(configPath).equals(before)).toBe(true)
    expect(readdirSync(join(root, '.docker'))).toEqual(['config.json'])
  })
})

describe('what Docker would read differently is refused or followed', () => {
  test('an existing header in another case is the same header: its key is edited, and post puts it back', () => {
    const original = '{\n\t"HttpHeaders": {\n\t\t"x-meta-source-client": "azure/aci"\n\t}\n}\n'
    writeConfig(original)
    const change = setHeader('azure/aks')
    expect(JSON.parse(read())).toEqual({ HttpHeaders: { 'x-meta-source-client': 'azure/aks' } })
    expect(change).toMatchObject({ header: 'x-meta-source-client', previous: 'azure/aci' })
    expect(restoreHeader(change)).toBe('restored')
    expect(read()).toBe(original)
  })

  test.each([
    [
      'HttpHeaders twice',
      '{"HttpHeaders": {"X-Meta-Source-Client": "azure/aci"},\n "HttpHeaders": {"User-Agent": "x"}}',
      /has "HttpHeaders" twice \(again at line 2, column 2\)/
    ],
    [
      'the header twice in two cases',
      '{"HttpHeaders": {"X-Meta-Source-Client": "azure/aci", "X-META-SOURCE-CLIENT": "azure/aks"}}',
      /names X-Meta-Source-Client 2 times/
    ]
  ])('refuses %s, naming it, and leaves the file byte for byte', (_name, text, message) => {
    writeConfig(text)
    const before = readFileSync(configPath)
    expect(() => setHeader('azure/aks')).toThrow(DockerConfigError)
    expect(() => setHeader('azure/aks')).toThrow(message)
    expect(readFileSync(configPath).equals(before)).toBe(true)
  })

  test('a symlinked config.json whose target folder is missing is reported as such, and nothing is created', () => {
    mkdirSync(join(root, '.docker'))
    symlinkSync(join(root, 'missing', 'docker.json'), configPath)
    expect(() => setHeader('azure/aks')).toThrow(/is a symbolic link to .*missing\/docker\.json, whose folder .*missing does not exist/)
    expect(existsSync(join(root, 'missing'))).toBe(false)
  })

  test('a file that is not JSON is reported by position, never by its text (it holds credentials)', () => {
    writeConfig('{\n\t"auths": {\n\t\t"r.azurecr.io": {"auth": "c2VjcmV0LXRva2Vu" x}\n\t}\n}')
    expect(() => setHeader('azure/aks')).toThrow(/is not valid JSON at line 3, column \d+; fix or remove it/)
    try {
      setHeader('azure/aks')
    } catch (error) {
      expect((error as Error).message).not.toMatch(/c2Vj|auth|r\.azurecr/)
    }
  })
})

describe('restoring the header (the post step)', () => {
  test('puts back the previous value', () => {
    const original = '{\n\t"HttpHeaders": {\n\t\t"X-Meta-Source-Client": "azure/aci"\n\t}\n}'
    writeConfig(original)
    const change = setHeader('azure/aks')
    expect(restoreHeader(change)).toBe('restored')
    expect(read()).toBe(original)
  })

  test('removes the header, and the HttpHeaders it created, leaving the original bytes', () => {
    const original = LOGGED_IN.replace(/\t"HttpHeaders": \{\n\t\t"User-Agent": "my-pipeline\/1.0"\n\t\},\n/, '')
    writeConfig(original)
    const change = setHeader('azure/aks')
    expect(read()).not.toBe(original)
    expect(restoreHeader(change)).toBe('restored')
    expect(read()).toBe(original)
  })

  test('keeps HttpHeaders that existed before, with its other headers', () => {
    writeConfig(LOGGED_IN)
    const change = setHeader('azure/aks')
    restoreHeader(change)
    expect(read()).toBe(LOGGED_IN)
  })

  test('removes the file and folder it created when nothing else was added', () => {
    const change = setHeader('azure/aks')
    expect(restoreHeader(change)).toBe('removed-file')
    expect(existsSync(join(root, '.docker'))).toBe(false)
  })

  test('after a docker login in between, keeps the login and removes only the header', () => {
    const change = setHeader('azure/aks')
    // What `docker login` does: read, add an auth, write the whole file again.
    const config = JSON.parse(read())
    config.auths = { 'myregistry.azurecr.io': { auth: 'dXNlcjpwYXNz' } }
    writeFileSync(configPath, JSON.stringify(config, null, '\t'))
    expect(restoreHeader(change)).toBe('restored')
    expect(JSON.parse(read())).toEqual({ auths: { 'myregistry.azurecr.io': { auth: 'dXNlcjpwYXNz' } } })
  })

  test('leaves a value another step set since', () => {
    writeConfig('{"auths":{}}')
    const change = setHeader('azure/aks')
    writeFileSync(configPath, '{"auths":{},"HttpHeaders":{"X-Meta-Source-Client":"azure/acr/tasks"}}')
    expect(restoreHeader(change)).toBe('changed-since')
    expect(JSON.parse(read()).HttpHeaders['X-Meta-Source-Client']).toBe('azure/acr/tasks')
  })

  test('does nothing when the file is gone', () => {
    const change = setHeader('azure/aks')
    rmSync(configPath)
    expect(restoreHeader(change)).toBe('file-missing')
  })

  test('restores through a symlink, keeping the link', () => {
    const real = join(root, 'docker.json')
    writeFileSync(real, '{"auths":{}}')
    mkdirSync(join(root, '.docker'))
    symlinkSync(real, configPath)
    restoreHeader(setHeader('azure/aks'))
    expect(read(real)).toBe('{"auths":{}}')
    expect(readdirSync(join(root, '.docker'))).toEqual(['config.json'])
  })
})

describe('main then post gives back the original bytes', () => {
  test.each([
    ['compact, one line', '{"auths":{"r.azurecr.io":{}},"credsStore":"desktop"}'],
    ['empty object', '{}'],
    ['empty HttpHeaders', '{\n\t"HttpHeaders": {}\n}\n'],
    ['spaces and CRLF', '{\r\n  "auths": {},\r\n  "HttpHeaders": {\r\n    "User-Agent": "x"\r\n  }\r\n}\r\n'],
    ['members on the brace line', '{"auths": {},\n "credsStore": "desktop"}'],
    ['empty file (Docker reads it as {})', ''],
    ['white space only', ' \n\t\r\n  ']
  ])('%s', (_name, original) => {
    writeConfig(original)
    const change = setHeader('azure/aks')
    expect(JSON.parse(read()).HttpHeaders['X-Meta-Source-Client']).toBe('azure/aks')
    restoreHeader(change)
    expect(read()).toBe(original)
  })

  test('for any JSON object, laid out in any of the usual ways', () => {
    const layout = fc.constantFrom<[string | number | undefined, string]>([undefined, ''], ['\t', '\n'], [2, '\n'], [4, '\r\n'])
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })), layout, (config, [indent, eol]) => {
        const original = JSON.stringify(config, null, indent).replaceAll('\n', eol)
        writeConfig(original)
        const change = setHeader('azure/app-service/web-apps')
        const written = JSON.parse(read())
        expect(written.HttpHeaders['X-Meta-Source-Client']).toBe('azure/app-service/web-apps')
        const { HttpHeaders, ...rest } = written
        const { HttpHeaders: originalHeaders, ...originalRest } = JSON.parse(original)
        expect(rest).toEqual(originalRest)
        restoreHeader(change)
        expect(read()).toBe(original)
      }),
      { numRuns: 300 }
    )
  })
})
