// Real files in temporary folders: the Docker config is a file users have.
import {
  chmodSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import {
  dockerConfigPath,
  headerValueIn,
  planHeaderWrite,
  removeFolderIfEmpty,
  resolveConfigFile,
  restoreHeader,
  writeFileAtomic,
  writeHeaderValue,
  DockerConfigError
} from '../../../src/action/docker-config/header.js'

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

describe('a failed write leaves the file as it was and no temporary file behind', () => {
  test('renaming over a folder where the file should be fails with EISDIR, and the temporary file is removed', () => {
    const target = join(root, 'config.json')
    mkdirSync(join(target, 'inside'), { recursive: true })
    expect(() => writeFileAtomic(target, '{}', 0o600)).toThrow(expect.objectContaining({ code: 'EISDIR' }))
    expect(readdirSync(root)).toEqual(['config.json'])
    expect(readdirSync(target)).toEqual(['inside'])
  })

  test('a folder in place of config.json fails the main step, leaving the folder alone', () => {
    mkdirSync(configPath, { recursive: true })
    expect(() => setHeader('azure/aks')).toThrow()
    expect(readdirSync(join(root, '.docker'))).toEqual(['config.json'])
    expect(statSync(configPath).isDirectory()).toBe(true)
  })

  test('a file where the folder should be fails with ENOTDIR before anything is written', () => {
    writeFileSync(join(root, '.docker'), 'not a folder')
    expect(() => writeFileAtomic(configPath, '{}', 0o600)).toThrow(expect.objectContaining({ code: 'ENOTDIR' }))
    expect(read(join(root, '.docker'))).toBe('not a folder')
  })

  // 0o664 and 0o666 are narrowed by the usual umask (022) when the temporary file is opened: the mode must be set again.
  test.each([0o600, 0o664, 0o666, 0o444])('writes the whole text with mode %o, whatever the umask', fileMode => {
    const target = join(root, 'config.json')
    const text = `{"auths":{},"pad":"${'é'.repeat(200_000)}"}\n`
    writeFileAtomic(target, text, fileMode)
    expect(read(target)).toBe(text)
    expect(mode(target)).toBe(fileMode)
    expect(readdirSync(root)).toEqual(['config.json'])
  })

  test('replaces an existing file in one rename: the old inode is not written to', () => {
    const target = join(root, 'config.json')
    writeFileSync(target, '{"old":true}')
    const hardLink = join(root, 'old-copy.json')
    linkSync(target, hardLink)
    writeFileAtomic(target, '{"new":true}', 0o600)
    expect(read(target)).toBe('{"new":true}')
    expect(read(hardLink)).toBe('{"old":true}')
  })
})

/** Runs `action` with this process's file size limit (ulimit -f) at `bytes`: a write beyond it is cut short, then fails with EFBIG (Node ignores SIGXFSZ). */
function withFileSizeLimit(bytes: number, action: () => void): void {
  const limit = (value: string) => {
    const result = spawnSync('prlimit', ['--pid', String(process.pid), `--fsize=${value}:`], { encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`prlimit failed: ${result.stderr || result.error?.message}`)
  }
  limit(String(bytes))
  try {
    action()
  } finally {
    limit('unlimited')
  }
}

const openDescriptors = () => readdirSync('/proc/self/fd').length

describe('a write that the file size limit cuts short (a real short write, then EFBIG)', () => {
  test('the write fails, the config keeps its bytes, the temporary file is removed and its descriptor closed', () => {
    writeConfig(LOGGED_IN)
    const plan = planHeaderWrite(configPath, `azure/${'x'.repeat(4000)}`)
    const descriptors = openDescriptors()
    withFileSizeLimit(1024, () => expect(() => plan.write()).toThrow(expect.objectContaining({ code: 'EFBIG' })))
    expect(read()).toBe(LOGGED_IN)
    expect(readdirSync(join(root, '.docker'))).toEqual(['config.json'])
    expect(openDescriptors()).toBe(descriptors)
  })

  test('under the limit the same write completes', () => {
    writeConfig(LOGGED_IN)
    withFileSizeLimit(64 * 1024, () => setHeader(`azure/${'x'.repeat(4000)}`))
    expect(JSON.parse(read()).HttpHeaders['X-Meta-Source-Client']).toBe(`azure/${'x'.repeat(4000)}`)
  })
})

describe('symbolic links Docker follows', () => {
  test('a chain of links to a file not there yet: the file at the end is created, every link stays', () => {
    mkdirSync(join(root, '.docker'))
    mkdirSync(join(root, 'store'))
    symlinkSync(join(root, 'store', 'l2'), configPath)
    symlinkSync('real.json', join(root, 'store', 'l2'))
    expect(resolveConfigFile(configPath)).toBe(join(root, 'store', 'real.json'))
    const change = setHeader('azure/aks')
    expect(change).toMatchObject({ filePath: join(root, 'store', 'real.json'), createdFile: true, createdFolder: false })
    expect(lstatSync(configPath).isSymbolicLink()).toBe(true)
    expect(lstatSync(join(root, 'store', 'l2')).isSymbolicLink()).toBe(true)
    expect(JSON.parse(read(join(root, 'store', 'real.json')))).toEqual({ HttpHeaders: { 'X-Meta-Source-Client': 'azure/aks' } })
    expect(restoreHeader(change)).toBe('removed-file')
    expect(existsSync(join(root, 'store', 'real.json'))).toBe(false)
    expect(readdirSync(join(root, 'store'))).toEqual(['l2'])
  })

  test('a path that is no link resolves to itself', () => {
    expect(resolveConfigFile(configPath)).toBe(configPath)
    writeConfig('{}')
    expect(resolveConfigFile(configPath)).toBe(configPath)
  })

  test('a loop of links is refused, naming the limit, and nothing is created', () => {
    mkdirSync(join(root, '.docker'))
    symlinkSync(join(root, 'loop-b'), join(root, 'loop-a'))
    symlinkSync(join(root, 'loop-a'), join(root, 'loop-b'))
    symlinkSync(join(root, 'loop-a'), configPath)
    const message = `${configPath} is a chain of more than 40 symbolic links (a loop?); fix the links, then run again (nothing was changed)`
    expect(() => resolveConfigFile(configPath)).toThrow(new DockerConfigError(message))
    expect(() => setHeader('azure/aks')).toThrow(message)
    expect(readdirSync(root).sort()).toEqual(['.docker', 'loop-a', 'loop-b'])
  })

  test('a chain of 39 links to a missing file is followed; at 40 the search stops', () => {
    mkdirSync(join(root, 'chain'))
    const link = (i: number) => join(root, 'chain', `l${i}`)
    for (let i = 0; i < 41; i++) symlinkSync(i === 40 ? join(root, 'chain', 'end.json') : link(i + 1), link(i))
    expect(resolveConfigFile(link(2))).toBe(join(root, 'chain', 'end.json'))
    expect(() => resolveConfigFile(link(1))).toThrow(DockerConfigError)
  })
})

describe('refusals name the file and what to do', () => {
  const fix = 'fix or remove it, then run again (the file was not changed)'
  test.each([
    ['null', 'null', (path: string) => `${path} holds null, not a JSON object; ${fix}`],
    ['a number', '42', (path: string) => `${path} holds number, not a JSON object; ${fix}`],
    ['an array', '[{}]', (path: string) => `${path} holds an array, not a JSON object; ${fix}`],
    ['a boolean', 'true', (path: string) => `${path} holds boolean, not a JSON object; ${fix}`],
    ['truncated JSON', '{\n\t"auths": {', (path: string) => `${path} is not valid JSON at line 2, column 12; ${fix}`],
    ['HttpHeaders that is an array', '{"HttpHeaders": []}', (path: string) => `${path}: "HttpHeaders" is not a JSON object; ${fix}`],
    [
      'a header that is null',
      '{"HttpHeaders": {"X-Meta-Source-Client": null}}',
      (path: string) => `${path}: "HttpHeaders.X-Meta-Source-Client" is not a string (the file was not changed)`
    ],
    [
      'the header three times',
      '{"HttpHeaders": {"x-meta-source-client": "a", "X-Meta-Source-Client": "b", "X-META-SOURCE-CLIENT": "c"}}',
      (path: string) =>
        `${path}: "HttpHeaders" names X-Meta-Source-Client 3 times ("x-meta-source-client", "X-Meta-Source-Client", "X-META-SOURCE-CLIENT"); Docker would send only one of them. Keep one, then run again (the file was not changed)`
    ],
    [
      'HttpHeaders twice',
      '{"HttpHeaders": {},\n\t"auths": {},\n\t"HttpHeaders": {}}',
      (path: string) => `${path} has "HttpHeaders" twice (again at line 3, column 2); Docker reads only the last. Merge them into one; ${fix}`
    ]
  ])('%s', (_name, text, message) => {
    writeConfig(text)
    expect(() => setHeader('azure/aks')).toThrow(new DockerConfigError(message(configPath)))
    expect(read()).toBe(text)
  })

  test('a symbolic link into a missing folder names the link, the target and the folder', () => {
    mkdirSync(join(root, '.docker'))
    const target = join(root, 'missing', 'docker.json')
    symlinkSync(target, configPath)
    expect(() => setHeader('azure/aks')).toThrow(
      `${configPath} is a symbolic link to ${target}, whose folder ${join(root, 'missing')} does not exist; create that folder or remove the link, then run again (nothing was changed)`
    )
  })

  test('the error is a DockerConfigError by name', () => {
    writeConfig('[]')
    expect(() => setHeader('azure/aks')).toThrow(expect.objectContaining({ name: 'DockerConfigError' }))
  })

  test('the post step refuses a file broken since, leaving it as it is', () => {
    const change = setHeader('azure/aks')
    writeFileSync(configPath, '{"HttpHeaders": ')
    expect(() => restoreHeader(change)).toThrow(`${configPath} is not valid JSON`)
    expect(read()).toBe('{"HttpHeaders": ')
  })
})

describe('planning writes nothing until asked', () => {
  test('no folder, no file until write() is called', () => {
    const plan = planHeaderWrite(configPath, 'azure/aks')
    expect(existsSync(join(root, '.docker'))).toBe(false)
    plan.write()
    expect(existsSync(configPath)).toBe(true)
  })

  test('folderExisted from an earlier plan decides createdFolder', () => {
    expect(planHeaderWrite(configPath, 'azure/aks', { folderExisted: true }).change.createdFolder).toBe(false)
    expect(planHeaderWrite(configPath, 'azure/aks', { folderExisted: false }).change.createdFolder).toBe(true)
    expect(planHeaderWrite(configPath, 'azure/aks').change.createdFolder).toBe(true)
  })

  test('a value already set is not written again: the file keeps its inode and mtime', () => {
    writeConfig('{"HttpHeaders":{"X-Meta-Source-Client":"azure/aks"}}')
    const before = statSync(configPath)
    setHeader('azure/aks')
    const after = statSync(configPath)
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs])
  })

  test('a blank file is remembered byte for byte', () => {
    writeConfig(' \n')
    expect(setHeader('azure/aks').blankText).toBe(' \n')
    writeConfig('{}')
    expect(setHeader('azure/aks')).not.toHaveProperty('blankText')
  })

  test('the file created in an existing folder is removed by the post step, the folder kept', () => {
    mkdirSync(join(root, '.docker'))
    const change = setHeader('azure/aks')
    expect(change).toMatchObject({ createdFile: true, createdFolder: false })
    expect(restoreHeader(change)).toBe('removed-file')
    expect(readdirSync(join(root, '.docker'))).toEqual([])
  })

  test('a created file that gained a login is kept by the post step, without the header', () => {
    const change = setHeader('azure/aks')
    writeFileSync(configPath, '{"auths":{"r.azurecr.io":{}},"HttpHeaders":{"X-Meta-Source-Client":"azure/aks"}}', { mode: 0o644 })
    chmodSync(configPath, 0o644)
    expect(restoreHeader(change)).toBe('restored')
    expect(read()).toBe('{"auths":{"r.azurecr.io":{}}}')
    expect(mode(configPath)).toBe(0o644)
  })

  test('a post step with nothing to change reports unchanged and does not write', () => {
    writeConfig('{"HttpHeaders":{"X-Meta-Source-Client":"azure/aks"}}')
    const change = setHeader('azure/aks')
    const before = statSync(configPath)
    expect(restoreHeader(change)).toBe('unchanged')
    expect(statSync(configPath).ino).toBe(before.ino)
  })

  test('a post step keeps the mode the file has then', () => {
    writeConfig('{"auths":{}}')
    const change = setHeader('azure/aks')
    chmodSync(configPath, 0o640)
    expect(restoreHeader(change)).toBe('restored')
    expect(mode(configPath)).toBe(0o640)
  })

  test('a blank file restored keeps the mode it has then', () => {
    writeConfig('\n', 0o644)
    const change = setHeader('azure/aks')
    expect(mode(configPath)).toBe(0o644)
    expect(restoreHeader(change)).toBe('restored')
    expect(read()).toBe('\n')
    expect(mode(configPath)).toBe(0o644)
  })
})

describe('headerValueIn and writeHeaderValue (shared runners: the value another job left)', () => {
  test.each([
    ['no file', undefined, undefined],
    ['a blank file', '  \n', undefined],
    ['no HttpHeaders', '{"auths":{}}', undefined],
    ['HttpHeaders not an object', '{"HttpHeaders":"x"}', undefined],
    ['another header only', '{"HttpHeaders":{"User-Agent":"x"}}', undefined],
    ['the header', '{"HttpHeaders":{"X-Meta-Source-Client":"azure/aks"}}', 'azure/aks'],
    ['the header, not a string', '{"HttpHeaders":{"X-Meta-Source-Client":7}}', 7]
  ])('headerValueIn: %s', (_name, text, value) => {
    if (text !== undefined) writeConfig(text)
    expect(headerValueIn(configPath, 'X-Meta-Source-Client')).toBe(value)
  })

  test('headerValueIn throws on a file it cannot read as a config', () => {
    writeConfig('{"HttpHeaders":{},"HttpHeaders":{}}')
    expect(() => headerValueIn(configPath, 'X-Meta-Source-Client')).toThrow(DockerConfigError)
  })

  test.each([
    ['a missing file', undefined, '{\n\t"HttpHeaders": {\n\t\t"X-Meta-Source-Client": "azure/aks"\n\t}\n}\n'],
    ['a blank file', '\n', '{\n\t"HttpHeaders": {\n\t\t"X-Meta-Source-Client": "azure/aks"\n\t}\n}\n'],
    [
      'an existing value',
      '{"auths":{},"HttpHeaders":{"X-Meta-Source-Client":"azure/aci"}}',
      '{"auths":{},"HttpHeaders":{"X-Meta-Source-Client":"azure/aks"}}'
    ],
    ['no HttpHeaders', '{"auths":{}}', '{"auths":{},"HttpHeaders":{"X-Meta-Source-Client":"azure/aks"}}']
  ])('writeHeaderValue into %s changes only the header', (_name, text, expected) => {
    mkdirSync(join(root, '.docker'), { recursive: true })
    if (text !== undefined) writeConfig(text, 0o640)
    writeHeaderValue(configPath, 'X-Meta-Source-Client', 'azure/aks')
    expect(read()).toBe(expected)
    expect(mode(configPath)).toBe(text === undefined ? 0o600 : 0o640)
    expect(readdirSync(join(root, '.docker'))).toEqual(['config.json'])
  })

  test('writeHeaderValue does not rewrite a file that already holds the value', () => {
    writeConfig('{"HttpHeaders":{"X-Meta-Source-Client":"azure/aks"}}')
    const before = statSync(configPath).ino
    writeHeaderValue(configPath, 'X-Meta-Source-Client', 'azure/aks')
    expect(statSync(configPath).ino).toBe(before)
  })

  test('writeHeaderValue refuses a file that is not a config, leaving it', () => {
    writeConfig('[]')
    expect(() => writeHeaderValue(configPath, 'X-Meta-Source-Client', 'azure/aks')).toThrow(/holds an array, not a JSON object/)
    expect(read()).toBe('[]')
  })
})

describe('removeFolderIfEmpty', () => {
  test.each([
    ['an empty folder', (dir: string) => mkdirSync(dir), false],
    ['a folder with a file', (dir: string) => (mkdirSync(dir), writeFileSync(join(dir, 'keep'), '')), true],
    ['nothing', () => {}, false],
    ['a file', (dir: string) => writeFileSync(dir, 'x'), true]
  ])('%s: removed only when empty, never throws', (_name, make, remains) => {
    const dir = join(root, 'target')
    make(dir)
    expect(() => removeFolderIfEmpty(dir)).not.toThrow()
    expect(existsSync(dir)).toBe(remains)
  })
})

describe('the bytes inserted follow the file', () => {
  test.each([
    [
      'members at column 0 (no indentation to copy): a tab',
      '{\n"auths": {}\n}\n',
      '{\n"auths": {},\n"HttpHeaders": {\n\t"X-Meta-Source-Client": "azure/aks"\n}\n}\n'
    ],
    [
      'CRLF line ends: CRLF in every inserted line',
      '{\r\n  "auths": {}\r\n}\r\n',
      '{\r\n  "auths": {},\r\n  "HttpHeaders": {\r\n    "X-Meta-Source-Client": "azure/aks"\r\n  }\r\n}\r\n'
    ],
    ['an empty HttpHeaders on one line', '{"HttpHeaders": {}}', '{"HttpHeaders": {"X-Meta-Source-Client": "azure/aks"}}'],
    ['a compact file', '{"auths":{}}', '{"auths":{},"HttpHeaders":{"X-Meta-Source-Client":"azure/aks"}}']
  ])('%s', (_name, original, expected) => {
    writeConfig(original)
    const change = setHeader('azure/aks')
    expect(read()).toBe(expected)
    restoreHeader(change)
    expect(read()).toBe(original)
  })

  test('a blank file that gained a login since is not put back to blank: the login stays, the header goes', () => {
    writeConfig('\n')
    const change = setHeader('azure/aks')
    const config = JSON.parse(read())
    config.auths = { 'r.azurecr.io': {} }
    writeFileSync(configPath, JSON.stringify(config))
    expect(restoreHeader(change)).toBe('restored')
    expect(JSON.parse(read())).toEqual({ auths: { 'r.azurecr.io': {} } })
  })

  test.each([
    ['a byte order mark, which JSON.parse refuses', '\uFEFF{"auths": {}}', ' at line 1, column 1'],
    ['a no-break space between tokens', '{"auths":\u00a0{}}', ' at line 1, column 10']
  ])('a file with %s is refused by position', (_name, text, where) => {
    writeConfig(text)
    expect(() => setHeader('azure/aks')).toThrow(
      new DockerConfigError(`${configPath} is not valid JSON${where}; fix or remove it, then run again (the file was not changed)`)
    )
  })
})

describe('what the first mutation run still let through', () => {
  test('a successful write leaves no descriptor open', () => {
    writeConfig(LOGGED_IN)
    const plan = planHeaderWrite(configPath, 'azure/aks')
    const descriptors = openDescriptors()
    plan.write()
    expect(openDescriptors()).toBe(descriptors)
  })

  test('DOCKER_CONFIG two folders deep that do not exist yet: both are created', () => {
    const deep = join(root, 'a', 'b', 'config.json')
    const plan = planHeaderWrite(deep, 'azure/aks')
    plan.write()
    expect(JSON.parse(read(deep))).toEqual({ HttpHeaders: { 'X-Meta-Source-Client': 'azure/aks' } })
  })

  test('HttpHeaders we created, which another step added a header to since: the post step keeps it with that header', () => {
    writeConfig('{"auths":{}}')
    const change = setHeader('azure/aks')
    writeFileSync(configPath, '{"auths":{},"HttpHeaders":{"X-Meta-Source-Client":"azure/aks","User-Agent":"other-step"}}')
    expect(restoreHeader(change)).toBe('restored')
    expect(read()).toBe('{"auths":{},"HttpHeaders":{"User-Agent":"other-step"}}')
  })

  test('a last member that shares its line with another: inserted on that line, compact', () => {
    const original = '{\n"auths": {}, "credsStore": "desktop"}'
    writeConfig(original)
    const change = setHeader('azure/aks')
    expect(read()).toBe('{\n"auths": {}, "credsStore": "desktop","HttpHeaders":{"X-Meta-Source-Client":"azure/aks"}}')
    restoreHeader(change)
    expect(read()).toBe(original)
  })

  test('a config folder that is itself a symbolic link: the file is named by its real path', () => {
    mkdirSync(join(root, 'dotfiles', 'docker'), { recursive: true })
    symlinkSync(join(root, 'dotfiles', 'docker'), join(root, '.docker'))
    writeFileSync(join(root, 'dotfiles', 'docker', 'config.json'), '{}')
    const change = setHeader('azure/aks')
    expect(change.filePath).toBe(join(root, 'dotfiles', 'docker', 'config.json'))
    expect(lstatSync(join(root, '.docker')).isSymbolicLink()).toBe(true)
  })
})
