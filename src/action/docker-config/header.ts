// Sets one header in the Docker CLI's config.json and puts it back later,
// changing no other byte of the file. Edits are made on the text, located with
// jsonc-parser's syntax tree, so keys, order, formatting and numbers we do not
// touch stay exactly as they were, and the post step's removal is the exact
// inverse of the main step's insertion. Writes go through a temporary file and
// a rename, as the Docker CLI itself saves the file.
import { randomBytes } from 'node:crypto'
import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmdirSync,
  statSync,
  unlinkSync,
  writeSync
} from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { applyEdits, findNodeAtLocation, modify, parseTree, type Node, type ParseError } from 'jsonc-parser'
import { describeJsonErrorPosition, isJsonObject, lineAndColumn, ownField } from '../../event/json.js'
import { SOURCE_CLIENT_HEADER } from './source-client.js'

export { dockerConfigPath } from './path.js'

const HEADERS_KEY = 'HttpHeaders'

/** What the main step changed, saved for the post step. */
export interface HeaderChange {
  /** `$DOCKER_CONFIG/config.json`, as Docker finds it. */
  readonly configPath: string
  /** The file actually written: configPath with symlinks resolved. */
  readonly filePath: string
  /** The header's key as the file spells it (Docker compares header names case-insensitively), else the canonical one. */
  readonly header: string
  readonly value: string
  /** The header's value before, or null when there was none. */
  readonly previous: string | null
  readonly createdFile: boolean
  readonly createdFolder: boolean
  readonly createdHeaders: boolean
  /** The bytes of a config.json that was empty or only white space (Docker reads it as {}): put back as they were. */
  readonly blankText?: string
}

export class DockerConfigError extends Error {
  override readonly name = 'DockerConfigError'
}

/**
 * Reads the config and works out the change without writing anything, so that
 * the caller can save the change for the post step before the file is touched.
 */
export function planHeaderWrite(
  configPath: string,
  value: string,
  options: { folderExisted?: boolean } = {}
): { change: HeaderChange; write: () => void } {
  const filePath = resolveConfigFile(configPath)
  const folderExists = options.folderExisted ?? existsSync(dirname(filePath))
  checkLinkTargetFolder(configPath, filePath)
  const fileExists = existsSync(filePath)
  const text = fileExists ? readFileSync(filePath, 'utf8') : ''
  const config = fileExists ? parseConfig(filePath, text) : {}
  const blank = fileExists && isBlank(text)
  const headers = ownField(config, HEADERS_KEY)
  if (headers !== undefined && !isJsonObject(headers)) {
    throw new DockerConfigError(`${filePath}: "${HEADERS_KEY}" is not a JSON object; fix or remove it, then run again (the file was not changed)`)
  }
  const header = (headers && headerKey(filePath, headers)) ?? SOURCE_CLIENT_HEADER
  const previous = headers === undefined ? undefined : ownField(headers, header)
  if (previous !== undefined && typeof previous !== 'string') {
    throw new DockerConfigError(`${filePath}: "${HEADERS_KEY}.${header}" is not a string (the file was not changed)`)
  }
  const change: HeaderChange = {
    configPath,
    filePath,
    header,
    value,
    previous: previous ?? null,
    createdFile: !fileExists,
    createdFolder: !folderExists,
    createdHeaders: headers === undefined,
    ...(blank ? { blankText: text } : {})
  }
  const newText = textWithHeader(fileExists ? text : undefined, header, value)
  return {
    change,
    write: () => {
      if (newText === text) return
      if (!folderExists) mkdirSync(dirname(filePath), { recursive: true, mode: 0o700 })
      writeConfig(filePath, newText, fileExists)
    }
  }
}

/** A config.json linked into a folder that does not exist: Docker could not read it there, and this action will not create it. */
export function checkLinkTargetFolder(configPath: string, filePath: string): void {
  if (filePath !== configPath && !existsSync(dirname(filePath))) {
    throw new DockerConfigError(
      `${configPath} is a symbolic link to ${filePath}, whose folder ${dirname(filePath)} does not exist; create that folder or remove the link, then run again (nothing was changed)`
    )
  }
}

/**
 * The key the file already uses for X-Meta-Source-Client, in whatever case:
 * Docker canonicalises header names, so `x-meta-source-client` is the same
 * header, and adding a second spelling would leave Docker to pick one.
 */
function headerKey(filePath: string, headers: Record<string, unknown>): string | undefined {
  const wanted = SOURCE_CLIENT_HEADER.toLowerCase()
  const keys = Object.keys(headers).filter(key => key.toLowerCase() === wanted)
  if (keys.length > 1) {
    throw new DockerConfigError(
      `${filePath}: "${HEADERS_KEY}" names X-Meta-Source-Client ${keys.length} times (${keys.map(k => `"${k}"`).join(', ')}); Docker would send only one of them. Keep one, then run again (the file was not changed)`
    )
  }
  return keys[0]
}

export type RestoreOutcome = 'restored' | 'removed-file' | 'file-missing' | 'changed-since' | 'unchanged'

/** Puts the header back as it was before `change`, keeping every other change made to the file since. */
export function restoreHeader(change: HeaderChange): RestoreOutcome {
  if (!existsSync(change.filePath)) return 'file-missing'
  const text = readFileSync(change.filePath, 'utf8')
  // Someone set their own value after us: theirs wins.
  if (headerIn(parseConfig(change.filePath, text), change.header) !== change.value) return 'changed-since'

  const restored =
    change.previous !== null
      ? withHeader(text, change.header, change.previous)
      : withoutHeader(text, change.header, { removeEmptyHeaders: change.createdHeaders })
  if (change.blankText !== undefined && Object.keys(parseConfig(change.filePath, restored)).length === 0) {
    writeConfig(change.filePath, change.blankText, true)
    return 'restored'
  }
  if (change.createdFile && Object.keys(parseConfig(change.filePath, restored)).length === 0) {
    unlinkSync(change.filePath)
    if (change.createdFolder) removeFolderIfEmpty(dirname(change.filePath))
    return 'removed-file'
  }
  if (restored === text) return 'unchanged'
  writeConfig(change.filePath, restored, true)
  return 'restored'
}

/**
 * The config as an object, refusing what Docker and this action would read
 * differently: duplicate keys (JSON.parse keeps the last, a text edit finds
 * the first). Errors give the file and a position, never the file's text: it
 * holds credentials.
 */
function parseConfig(filePath: string, text: string): Record<string, unknown> {
  const unchanged = 'fix or remove it, then run again (the file was not changed)'
  // As the Docker CLI reads it: an empty or blank file is an empty config.
  if (isBlank(text)) return {}
  let config: unknown
  try {
    config = JSON.parse(text)
  } catch (error) {
    const errors: ParseError[] = []
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false })
    const where = errors[0] ? ` at ${lineAndColumn(text, errors[0].offset)}` : describeJsonErrorPosition(error, text)
    throw new DockerConfigError(`${filePath} is not valid JSON${where}; ${unchanged}`)
  }
  if (!isJsonObject(config)) {
    throw new DockerConfigError(
      `${filePath} holds ${Array.isArray(config) ? 'an array' : String(config === null ? 'null' : typeof config)}, not a JSON object; ${unchanged}`
    )
  }
  const root = parseTree(text)!
  const duplicate = duplicateKey(root, HEADERS_KEY)
  if (duplicate)
    throw new DockerConfigError(
      `${filePath} has "${HEADERS_KEY}" twice (again at ${lineAndColumn(text, duplicate.offset)}); Docker reads only the last. Merge them into one; ${unchanged}`
    )
  return config
}

function isBlank(text: string): boolean {
  return text.trim() === ''
}

/** The second property node named `key` in an object node, if any. */
function duplicateKey(object: Node, key: string): Node | undefined {
  const named = (object.children ?? []).filter(member => member.children?.[0]?.value === key)
  return named[1]
}

function withHeader(text: string, header: string, value: string): string {
  const root = parseTree(text)!
  if (findNodeAtLocation(root, [HEADERS_KEY, header])) return applyEdits(text, modify(text, [HEADERS_KEY, header], value, {}))
  const headers = findNodeAtLocation(root, [HEADERS_KEY])
  return headers ? insertMember(text, headers, header, value) : insertMember(text, root, HEADERS_KEY, { [header]: value })
}

/**
 * Removes the header (and HttpHeaders, when asked and left empty). jsonc-parser
 * removes a member from the end of its previous sibling, which is exactly the
 * span insertMember added.
 */
function withoutHeader(text: string, header: string, options: { removeEmptyHeaders: boolean }): string {
  const removed = applyEdits(text, modify(text, [HEADERS_KEY, header], undefined, {}))
  const headers = findNodeAtLocation(parseTree(removed)!, [HEADERS_KEY])
  if (!options.removeEmptyHeaders || headers?.type !== 'object' || (headers.children?.length ?? 0) > 0) return removed
  return applyEdits(removed, modify(removed, [HEADERS_KEY], undefined, {}))
}

/** Adds `"key": value` after the object's last member, on a line of its own when the object is laid out that way. */
function insertMember(text: string, object: Node, key: string, value: unknown): string {
  const last = object.children?.at(-1)
  if (!last) {
    const at = object.offset + 1
    return `${text.slice(0, at)}${JSON.stringify(key)}: ${JSON.stringify(value)}${text.slice(at)}`
  }
  const end = last.offset + last.length
  const lineStart = text.lastIndexOf('\n', last.offset) + 1
  const indent = text.slice(lineStart, last.offset)
  const ownLine = lineStart > 0 && /^[ \t]*$/.test(indent)
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const member = ownLine
    ? `,${eol}${indent}${JSON.stringify(key)}: ${JSON.stringify(value, null, indentUnit(text))
        .split('\n')
        .join(eol + indent)}`
    : `,${JSON.stringify(key)}:${JSON.stringify(value)}`
  return `${text.slice(0, end)}${member}${text.slice(end)}`
}

/** The file's own indentation step (the Docker CLI writes tabs). */
function indentUnit(text: string): string {
  return /\n([ \t]+)\S/.exec(text)?.[1] ?? '\t'
}

function newConfigText(value: string): string {
  return `${JSON.stringify({ [HEADERS_KEY]: { [SOURCE_CLIENT_HEADER]: value } }, null, '\t')}\n`
}

/** Temporary file in the same folder, same mode, flushed, then renamed over the target. */
export function writeFileAtomic(filePath: string, text: string, mode: number): void {
  const temporary = join(dirname(filePath), `.${basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`)
  const fd = openSync(temporary, 'wx', mode)
  try {
    writeAll(fd, Buffer.from(text, 'utf8'))
    fsyncSync(fd)
  } catch (error) {
    closeSync(fd)
    unlinkSync(temporary)
    throw error
  }
  closeSync(fd)
  try {
    chmodSync(temporary, mode) // the umask narrowed the mode given to open
    renameSync(temporary, filePath)
  } catch (error) {
    unlinkSync(temporary)
    throw error
  }
}

/** writeSync may write fewer bytes than asked (a full disk, a signal): write until every byte is written. */
function writeAll(fd: number, bytes: Buffer): void {
  let written = 0
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written)
}

/** Linux's own limit on links followed in one path (ELOOP beyond). */
const MAX_LINKS = 40

/**
 * The file config.json is, through every symbolic link of a chain, even when
 * the chain ends at a file that does not exist yet: that file is the one to
 * create, and every link stays a link.
 */
export function resolveConfigFile(path: string): string {
  if (existsSync(path)) return realpathSync(path)
  let current = path
  for (let links = 0; links < MAX_LINKS; links++) {
    let isLink: boolean
    try {
      isLink = lstatSync(current).isSymbolicLink()
    } catch {
      return current // the end of the chain: no such file yet
    }
    if (!isLink) return current
    current = resolve(dirname(current), readlinkSync(current))
  }
  throw new DockerConfigError(
    `${path} is a chain of more than ${MAX_LINKS} symbolic links (a loop?); fix the links, then run again (nothing was changed)`
  )
}

/** The header's value in the file now; undefined when the file, HttpHeaders or the header is missing. Throws what reading throws. */
export function headerValueIn(filePath: string, header: string): unknown {
  if (!existsSync(filePath)) return undefined
  return headerIn(parseConfig(filePath, readFileSync(filePath, 'utf8')), header)
}

function headerIn(config: Record<string, unknown>, header: string): unknown {
  const headers = ownField(config, HEADERS_KEY)
  return isJsonObject(headers) ? ownField(headers, header) : undefined
}

/** Sets the header to `value`, changing no other byte; creates the file (0600) when it is missing or blank. */
export function writeHeaderValue(filePath: string, header: string, value: string): void {
  const exists = existsSync(filePath)
  const text = exists ? readFileSync(filePath, 'utf8') : ''
  parseConfig(filePath, text)
  const newText = textWithHeader(exists ? text : undefined, header, value)
  if (newText !== text) writeConfig(filePath, newText, exists)
}

/** The config's text with the header set; a missing (undefined) or blank file becomes a new config, as Docker reads it as {}. */
function textWithHeader(text: string | undefined, header: string, value: string): string {
  return text === undefined || isBlank(text) ? newConfigText(value) : withHeader(text, header, value)
}

/** Over the file, in its mode; a new one 0600, as Docker creates it (it may come to hold credentials). */
function writeConfig(filePath: string, text: string, existed: boolean): void {
  writeFileAtomic(filePath, text, existed ? statSync(filePath).mode & 0o7777 : 0o600)
}

export function removeFolderIfEmpty(folder: string): void {
  try {
    if (lstatSync(folder).isDirectory()) rmdirSync(folder)
  } catch {
    // Not empty, or gone: either way it is no longer ours to remove.
  }
}
