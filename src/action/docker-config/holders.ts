// Jobs on one self-hosted runner share one HOME, so one Docker config. Each
// job's main step takes the header for itself, and its post step hands it to
// the job that set it before (still running), or, after the last job, puts the
// file back as it was before the first. Who holds the header, in the order
// they took it, and how the file was before the first, are kept in a record
// beside config.json that leaves with the last holder. Every read-modify-write
// of the config and the record happens under one lock (proper-lockfile: a lock
// folder, created atomically, with stale-lock recovery).
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { lock } from 'proper-lockfile'
import {
  checkLinkTargetFolder,
  DockerConfigError,
  headerValueIn,
  planHeaderWrite,
  removeFolderIfEmpty,
  resolveConfigFile,
  restoreHeader,
  writeHeaderValue,
  writeFileAtomic,
  type HeaderChange,
  type RestoreOutcome
} from './header.js'

/** What the main step saves for its post step. */
export interface HeaderClaim {
  readonly configPath: string
  /** config.json through its links: the file written. */
  readonly filePath: string
  /** This job's id among the holders. */
  readonly holder: string
  readonly value: string
}

interface HoldersRecord {
  /** How the file was before the first holder took the header. */
  readonly original: HeaderChange
  /** Oldest first; the last one's value is the one in effect. */
  readonly holders: ReadonlyArray<{ readonly holder: string; readonly value: string }>
}

export type ReleaseOutcome = RestoreOutcome | 'handed-over' | 'not-held'

/** Beside the file, hidden: Docker reads only config.json. */
export function recordPath(filePath: string): string {
  return join(dirname(filePath), `.${basename(filePath)}.source-client.json`)
}

/**
 * Takes the header for this job: writes `value`, and records the holder.
 * `onClaim` is called before the config is written, so that the post step can
 * undo a write that got interrupted.
 */
export async function claimHeader(configPath: string, value: string, onClaim: (claim: HeaderClaim) => void): Promise<HeaderClaim> {
  const filePath = resolveConfigFile(configPath)
  const folder = dirname(filePath)
  const folderExisted = existsSync(folder)
  // Before the folder is made below: a link's target folder is the user's to create.
  checkLinkTargetFolder(configPath, filePath)
  if (!folderExisted) mkdirSync(folder, { recursive: true, mode: 0o700 })
  const claim: HeaderClaim = { configPath, filePath, holder: randomUUID(), value }
  try {
    await underLock(filePath, () => {
      const record = readRecord(filePath)
      if (record === undefined) {
        const plan = planHeaderWrite(configPath, value, { folderExisted })
        onClaim(claim)
        writeRecord(filePath, { original: plan.change, holders: [{ holder: claim.holder, value }] })
        plan.write()
      } else {
        onClaim(claim)
        writeRecord(filePath, { ...record, holders: [...record.holders, { holder: claim.holder, value }] })
        writeHeaderValue(filePath, record.original.header, value)
      }
    })
  } catch (error) {
    if (!folderExisted) removeFolderIfEmpty(folder)
    throw error
  }
  return claim
}

/**
 * The post step: gives up this job's hold. The header goes to the job that
 * held it before, when one still runs; after the last holder, the file is put
 * back as it was before the first. A value another step set since is left.
 */
export async function releaseHeader(claim: HeaderClaim): Promise<ReleaseOutcome> {
  const filePath = claim.filePath
  if (!existsSync(dirname(filePath))) return 'file-missing'
  let removeFolder = false
  const outcome = await underLock(filePath, (): ReleaseOutcome => {
    const record = readRecord(filePath)
    if (record === undefined || !record.holders.some(h => h.holder === claim.holder)) return 'not-held'
    const inEffect = record.holders.at(-1)!.value
    const holders = record.holders.filter(h => h.holder !== claim.holder)
    // Our hold ends whatever happens to the file: a file we cannot read must not keep later jobs from restoring it.
    if (holders.length > 0) writeRecord(filePath, { ...record, holders })
    else rmSync(recordPath(filePath), { force: true })
    const current = headerValueIn(filePath, record.original.header)
    if (current === undefined && !existsSync(filePath)) return 'file-missing'
    if (current !== inEffect) return 'changed-since'
    if (holders.length > 0) {
      writeHeaderValue(filePath, record.original.header, holders.at(-1)!.value)
      return 'handed-over'
    }
    const restored = restoreHeader({ ...record.original, value: inEffect })
    removeFolder = restored === 'removed-file' && record.original.createdFolder
    return restored
  })
  // After the lock is gone: its folder sits beside the file.
  if (removeFolder) removeFolderIfEmpty(dirname(filePath))
  return outcome
}

async function underLock<T>(filePath: string, action: () => T): Promise<T> {
  const target = recordPath(filePath)
  const release = await lock(target, {
    realpath: false,
    lockfilePath: `${target}.lock`,
    // A job killed while holding the lock leaves its folder; after 30 s without an update it is taken over.
    stale: 30_000,
    retries: { retries: 60, minTimeout: 50, maxTimeout: 1000 },
    // The edit is a few milliseconds of synchronous work: a lock lost meanwhile has nothing left to protect.
    onCompromised: () => {}
  }).catch((error: NodeJS.ErrnoException) => {
    throw new DockerConfigError(`Cannot lock ${target}.lock (${error.code ?? error.message}) to change ${filePath}; nothing was changed`)
  })
  try {
    return action()
  } finally {
    await release()
  }
}

function readRecord(filePath: string): HoldersRecord | undefined {
  const path = recordPath(filePath)
  if (!existsSync(path)) return undefined
  try {
    const record = JSON.parse(readFileSync(path, 'utf8')) as HoldersRecord
    if (record && Array.isArray(record.holders) && record.holders.length > 0 && typeof record.original?.header === 'string') return record
  } catch {
    // Unreadable: handled as none, below.
  }
  throw new DockerConfigError(`${path} is not a record this action wrote; remove it once no job on this runner uses source-client, then run again`)
}

function writeRecord(filePath: string, record: HoldersRecord): void {
  writeFileAtomic(recordPath(filePath), `${JSON.stringify(record, null, '\t')}\n`, 0o600)
}
