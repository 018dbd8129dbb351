import * as core from '@actions/core'
import { existsSync, readFileSync } from 'node:fs'
import { parseEvent } from './event/parse.js'
import { selectEventSource, type RunnerEvent } from './event/source.js'
import { matchFilters } from './filter.js'
import { getInputs } from './inputs.js'
import { buildOutputs, summaryRows } from './outputs.js'
import type { AcrEvent } from './event/types.js'
import type { Match } from './filter.js'

/** The action's one error boundary: every failure ends here, as a failed step with no outputs. */
export async function run(): Promise<void> {
  try {
    await runMain()
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}

async function runMain(): Promise<void> {
  const inputs = getInputs()
  const source = selectEventSource(inputs.payload, readRunnerEvent())
  const event = parseEvent(source.payload, source.path)
  const match = matchFilters(event, inputs.filters, Date.now())
  if (!match.matched && inputs.onMismatch === 'fail') {
    throw new Error(`The ${event.action} event did not pass the filters: ${match.reason}`)
  }
  const outputs = buildOutputs(event, match)

  core.startGroup(`ACR ${event.action} event: outputs`)
  for (const [name, value] of Object.entries(outputs)) {
    core.setOutput(name, value)
    core.info(`${name}=${value}`)
  }
  core.endGroup()
  if (!match.matched) core.notice(`Skipped: ${match.reason}. No deploy output (repository, tag, digest, image…) was set.`)
  await writeSummary(event, match)
}

/** The triggering event as the runner hands it over, read the way @actions/github's Context reads it. */
function readRunnerEvent(): RunnerEvent {
  const name = process.env.GITHUB_EVENT_NAME ?? ''
  const path = process.env.GITHUB_EVENT_PATH
  if (!path || !existsSync(path)) return { name, payload: {} }
  try {
    return { name, payload: JSON.parse(readFileSync(path, 'utf8')) }
  } catch (error) {
    throw new Error(`Cannot read the triggering event at GITHUB_EVENT_PATH (${path}): ${(error as Error).message}`)
  }
}

async function writeSummary(event: AcrEvent, match: Match): Promise<void> {
  // Outside a runner (a local run without GITHUB_STEP_SUMMARY) there is nowhere to write it.
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const rows = summaryRows(event, match).map(row => [{ data: row.label, header: true }, escapeHtml(row.value)])
  await core.summary.addHeading('ACR event', 3).addTable(rows).write()
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, ch => `&#${ch.charCodeAt(0)};`)
}

