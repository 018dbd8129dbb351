// Every byte the action sends to the runner goes through this module: step
// outputs, log lines, annotations, the job summary and saved state. The runner
// reads a line of a step's stdout as a command when, after leading white
// space, it starts with `::`, and (the old syntax it still honours) when
// `##[` stands anywhere in it; `\r` and `\n` each end a line. So:
// - outputs other than `json` must match their grammar's characters, checked
//   here again whatever the caller did;
// - `json`, the one output that carries free text, has every `#` and every
//   line break JSON.stringify leaves raw (U+0085, U+2028, U+2029) written as a
//   JSON escape (they can only stand inside a JSON string, so the text stays
//   the same JSON), and JSON.stringify has already escaped \r and \n, so no
//   `##[` and no line start can come out of it;
// - any other text is made command-safe before it is printed.
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'
import type { Outputs, SummaryRow } from './outputs.js'

/** The characters a grammar-checked output may hold (docs/security.md). */
const OUTPUT_CHARACTERS = /^[A-Za-z0-9._:/@+-]*$/
/** registry, image and pinned-image may also hold an IPv6 literal in brackets, and only at their start. */
const HOST_OUTPUT_CHARACTERS = /^(?:\[[0-9a-fA-F:.]+\])?[A-Za-z0-9._:/@+-]*$/
const HOST_OUTPUTS: ReadonlySet<string> = new Set(['registry', 'image', 'pinned-image'])
/** platforms: os/architecture[/variant] names joined by commas, which no shell reads as anything but text. */
const PLATFORMS_CHARACTERS = /^[A-Za-z0-9._/,-]*$/

/** JSON text that no runner can read as a command, for the `json` output and saved state. */
export function jsonForRunner(value: unknown): string {
  return JSON.stringify(value).replace(/[#\u0085\u2028\u2029]/g, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * Text made safe to print as one log line or annotation: line breaks (and the
 * characters some viewers take for one) become visible escapes, `##[` is
 * broken, and a leading `::` loses its first colon.
 */
export function commandSafe(text: string): string {
  return text
    .replace(/[\r\n\u0085\u2028\u2029]/g, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/##\[/g, '#\\u0023[')
    .replace(/^(\s*):/, '$1\\u003a')
}

/** Why a value may not be set as an output, or undefined when it may. */
export function outputProblem(name: string, value: string): string | undefined {
  if (name === 'json') {
    return /[#\r\n\u0085\u2028\u2029]/.test(value) ? 'holds a raw "#" or line break' : undefined
  }
  // A path from the job's own DOCKER_CONFIG, not from the payload: any file name, but one command-safe line.
  if (name === 'docker-config') return commandSafe(value) === value ? undefined : 'is not one command-safe line'
  if (name === 'platforms') return PLATFORMS_CHARACTERS.test(value) ? undefined : 'holds a character outside its grammar'
  const characters = HOST_OUTPUTS.has(name) ? HOST_OUTPUT_CHARACTERS : OUTPUT_CHARACTERS
  return characters.test(value) ? undefined : 'holds a character outside its grammar'
}

export interface PreparedOutputs {
  /** Sets every output at once and prints them in a log group. */
  publish(): void
}

/**
 * Checks every output before any is set, so that a value outside its grammar
 * (a bug, never a payload: the parser refuses those) fails the step with no
 * output set. Call publish() only once nothing else can fail.
 */
export function prepareOutputs(outputs: Outputs, groupTitle: string): PreparedOutputs {
  const entries = Object.entries(outputs).filter((entry): entry is [string, string] => entry[1] !== undefined)
  for (const [name, value] of entries) {
    const problem = outputProblem(name, value)
    if (problem) throw new Error(`Internal error: output "${name}" ${problem}; no output was set`)
  }
  return {
    publish: () => {
      writeOutputs(entries)
      core.startGroup(commandSafe(groupTitle))
      for (const [name, value] of entries) core.info(`${name}=${value}`)
      core.endGroup()
    }
  }
}

/**
 * One append for all outputs, in the runner's name<<delimiter format, so that
 * a failure cannot leave some outputs set and others not. Outside a runner
 * (no GITHUB_OUTPUT) @actions/core prints set-output commands instead.
 */
function writeOutputs(entries: ReadonlyArray<[string, string]>): void {
  const file = process.env.GITHUB_OUTPUT
  if (!file) {
    for (const [name, value] of entries) core.setOutput(name, value)
    return
  }
  const delimiter = `ghadelimiter_${randomUUID()}`
  const text = entries.map(([name, value]) => `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`).join('')
  // A value holding the delimiter would end its own heredoc early; the grammar rules make that impossible.
  if (entries.some(([, value]) => value.includes(delimiter))) throw new Error('Internal error: an output holds the output delimiter')
  appendFileSync(file, text)
}

export function info(text: string): void {
  core.info(commandSafe(text))
}

export function notice(text: string): void {
  core.notice(commandSafe(text))
}

export function warning(text: string): void {
  core.warning(commandSafe(text))
}

/** The action's one failure: a red step, with the message as its error annotation. */
export function fail(text: string): void {
  core.setFailed(commandSafe(text))
}

/**
 * Tells the runner to hide a secret (a password, a token) wherever it would
 * appear in the log from now on. core.setSecret escapes line breaks, so a
 * secret cannot end its own command line.
 */
export function maskSecret(secret: string): void {
  if (secret !== '') core.setSecret(secret)
}

export function saveState(name: string, value: unknown): void {
  core.saveState(name, typeof value === 'string' ? commandSafe(value) : jsonForRunner(value))
}

export function getState(name: string): string {
  return core.getState(name)
}

/**
 * A table in the job summary; no-op outside a runner (no GITHUB_STEP_SUMMARY).
 * Values are HTML-escaped. Appended synchronously: core.summary.write() goes
 * through fs.promises, and starting libuv's thread pool for it cost a plain
 * step about 5 ms (npm run bench).
 */
export function writeSummaryTable(heading: string, rows: readonly SummaryRow[]): void {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) return
  const cells = rows.map(row => [{ data: escapeHtml(row.label), header: true }, escapeHtml(row.value)])
  const html = core.summary.addHeading(escapeHtml(heading), 3).addTable(cells).stringify()
  core.summary.emptyBuffer()
  appendFileSync(file, `${html}${EOL}`)
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, ch => `&#${ch.charCodeAt(0)};`)
}
