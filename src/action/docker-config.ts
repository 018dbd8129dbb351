// Sets one header in the Docker CLI's config.json and puts it back later,
// changing no other byte of the file. Edits are made on the text, located with
// jsonc-parser's syntax tree, so keys, order, formatting and numbers we do not
// touch stay exactly as they were, and the post step's removal is the exact
// inverse of the main step's insertion. Writes go through a temporary file and
// a rename, as the Docker CLI itself saves the file.
import { randomBytes } from 'node:crypto'
import { chmodSync, closeSync, existsSync, fsyncSync, lstatSync, mkdirSync, openSync, readFileSync, readlinkSync, realpathSync, renameSync, rmdirSync, statSync, unlinkSync, writeSync } from 'node:fs'
import { homedir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { applyEdits, findNodeAtLocation, modify, parseTree, type Node } from 'jsonc-parser'
import { isJsonObject, ownField } from '../event/json.js'
import { SOURCE_CLIENT_HEADER } from './source-client.js'

const HEADERS_KEY = 'HttpHeaders'
const HEADER_PATH = [HEADERS_KEY, SOURCE_CLIENT_HEADER]

/** What the main step changed, saved for the post step. */
export interface HeaderChange {
  /** `$DOCKER_CONFIG/config.json`, as Docker finds it. */
  readonly configPath: string
  /** The file actually written: configPath with symlinks resolved. */
  readonly filePath: string
  readonly value: string
  /** The header's value before, or null when there was none. */
  readonly previous: string | null
  readonly createdFile: boolean
  readonly createdFolder: boolean
  readonly createdHeaders: boolean
}

export class DockerConfigError extends Error {
  override readonly name = 'DockerConfigError'
}

export function dockerConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  const folder = env.DOCKER_CONFIG ? env.DOCKER_CONFIG : join(homedir(), '.docker')
  return join(folder, 'config.json')
}

/**
 * Reads the config and works out the change without writing anything, so that
 * the caller can save the change for the post step before the file is touched.
 */
export function planHeaderWrite(configPath: string, value: string): { change: HeaderChange; write: () => void } {
  const folderExists = existsSync(dirname(configPath))
  const filePath = resolveSymlink(configPath)
  const fileExists = existsSync(filePath)
  const text = fileExists ? readFileSync(filePath, 'utf8') : ''
  const config = fileExists ? parseConfig(filePath, text) : {}
  const headers = ownField(config, HEADERS_KEY)
  if (headers !== undefined && !isJsonObject(headers)) {
    throw new DockerConfigError(`${filePath}: "${HEADERS_KEY}" is not a JSON object; fix or remove it, then run again (the file was not changed)`)
  }
  const previous = headers === undefined ? undefined : ownField(headers, SOURCE_CLIENT_HEADER)
  if (previous !== undefined && typeof previous !== 'string') {
    throw new DockerConfigError(`${filePath}: "${HEADERS_KEY}.${SOURCE_CLIENT_HEADER}" is not a string (the file was not changed)`)
  }
  const change: HeaderChange = {
    configPath,
    filePath,
    value,
    previous: previous ?? null,
    createdFile: !fileExists,
    createdFolder: !folderExists,
    createdHeaders: headers === undefined
  }
  const newText = fileExists ? withHeader(text, value) : newConfigText(value)
  return {
    change,
    write: () => {
      if (newText === text) return
      if (!folderExists) mkdirSync(dirname(filePath), { recursive: true, mode: 0o700 })
      writeFileAtomic(filePath, newText, fileExists ? statSync(filePath).mode & 0o7777 : 0o600)
    }
  }
}

export type RestoreOutcome = 'restored' | 'removed-file' | 'file-missing' | 'changed-since' | 'unchanged'

/** Puts the header back as it was before `change`, keeping every other change made to the file since. */
export function restoreHeader(change: HeaderChange): RestoreOutcome {
  if (!existsSync(change.filePath)) return 'file-missing'
  const text = readFileSync(change.filePath, 'utf8')
  const config = parseConfig(change.filePath, text)
  const headers = ownField(config, HEADERS_KEY)
  const current = isJsonObject(headers) ? ownField(headers, SOURCE_CLIENT_HEADER) : undefined
  // Someone set their own value after us: theirs wins.
  if (current !== change.value) return 'changed-since'

  const restored =
    change.previous !== null
      ? withHeader(text, change.previous)
      : withoutHeader(text, { removeEmptyHeaders: change.createdHeaders })
  if (change.createdFile && Object.keys(parseConfig(change.filePath, restored)).length === 0) {
    unlinkSync(change.filePath)
    if (change.createdFolder) removeFolderIfEmpty(dirname(change.filePath))
    return 'removed-file'
  }
  if (restored === text) return 'unchanged'
  writeFileAtomic(change.filePath, restored, statSync(change.filePath).mode & 0o7777)
  return 'restored'
}

function parseConfig(filePath: string, text: string): Record<string, unknown> {
  let config: unknown
  try {
    config = JSON.parse(text)
  } catch (error) {
    throw new DockerConfigError(`${filePath} is not valid JSON (${(error as Error).message}); fix or remove it, then run again (the file was not changed)`)
  }
  if (!isJsonObject(config)) {
    throw new DockerConfigError(`${filePath} holds ${Array.isArray(config) ? 'an array' : String(config === null ? 'null' : typeof config)}, not a JSON object; fix or remove it, then run again (the file was not changed)`)
  }
  return config
}

function withHeader(text: string, value: string): string {
  const root = parseTree(text)!
  if (findNodeAtLocation(root, HEADER_PATH)) return applyEdits(text, modify(text, HEADER_PATH, value, {}))
  const headers = findNodeAtLocation(root, [HEADERS_KEY])
  return headers
    ? insertMember(text, headers, SOURCE_CLIENT_HEADER, value)
    : insertMember(text, root, HEADERS_KEY, { [SOURCE_CLIENT_HEADER]: value })
}

/**
 * Removes the header (and HttpHeaders, when asked and left empty). jsonc-parser
 * removes a member from the end of its previous sibling, which is exactly the
 * span insertMember added.
 */
function withoutHeader(text: string, options: { removeEmptyHeaders: boolean }): string {
  const removed = applyEdits(text, modify(text, HEADER_PATH, undefined, {}))
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
    ? `,${eol}${indent}${JSON.stringify(key)}: ${JSON.stringify(value, null, indentUnit(text)).split('\n').join(eol + indent)}`
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
function writeFileAtomic(filePath: string, text: string, mode: number): void {
  const temporary = join(dirname(filePath), `.${basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`)
  const fd = openSync(temporary, 'wx', mode)
  try {
    writeSync(fd, text)
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

/** The file a symlinked config.json points at, even when that file does not exist yet. */
function resolveSymlink(path: string): string {
  if (existsSync(path)) return realpathSync(path)
  try {
    if (lstatSync(path).isSymbolicLink()) return resolve(dirname(path), readlinkSync(path))
  } catch {
    // No such file: it will be created where Docker looks for it.
  }
  return path
}

function removeFolderIfEmpty(folder: string): void {
  try {
    if (lstatSync(folder).isDirectory()) rmdirSync(folder)
  } catch {
    // Not empty, or gone: either way it is no longer ours to remove.
  }
}
