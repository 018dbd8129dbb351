// Nothing from the payload may reach the runner's command stream. These tests
// read the action's stdout the way the runner reads it (test/support/runner-commands.ts)
// and the outputs file the way it parses that.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, test, vi } from 'vitest'
import { parseCommandFile } from '../../scripts/runner.mjs'
import { run } from '../../src/action/main.js'
import {
  commandSafe,
  fail,
  getState,
  info,
  jsonForRunner,
  maskSecret,
  notice,
  outputProblem,
  prepareOutputs,
  saveState,
  warning,
  writeSummaryTable
} from '../../src/action/runner-output.js'
import { cloneFixture, fixtureNames } from '../support/fixtures.js'
import { runnerCommands } from '../support/runner-commands.js'

/** The only commands the action itself issues. */
const OWN_COMMANDS = new Set(['group', 'endgroup', 'error', 'notice', 'warning'])
/** The documented character sets (docs/security.md). */
const OUTPUT_CHARACTERS = /^[A-Za-z0-9._:/@+-]*$/
const HOST_OUTPUT_CHARACTERS = /^(?:\[[0-9a-fA-F:.]+\])?[A-Za-z0-9._:/@+-]*$/
const INJECTION = '##[set-output name=tag;]$(id)#'

/** The next UUID the module draws, when a test sets it; a fresh random one otherwise. */
const nextUuid = vi.hoisted(() => ({ value: undefined as string | undefined }))
vi.mock('node:crypto', async importOriginal => {
  const crypto = await importOriginal<typeof import('node:crypto')>()
  return { ...crypto, randomUUID: () => nextUuid.value ?? crypto.randomUUID() }
})

describe('the runner-output module', () => {
  test.each([
    ['##[set-output name=tag;]x', '#\\u0023[set-output name=tag;]x'],
    ['a ###[b', 'a ##\\u0023[b'],
    ['::error::x', '\\u003a:error::x'],
    ['  ::warning::x', '  \\u003a:warning::x'],
    ['a\nb\rc\u2028d\u0085e', 'a\\u000ab\\u000dc\\u2028d\\u0085e'],
    ['plain text: fine', 'plain text: fine']
  ])('commandSafe(%j) prints no command', (text, expected) => {
    expect(commandSafe(text)).toBe(expected)
    expect(runnerCommands(commandSafe(text))).toEqual([])
  })

  test('jsonForRunner escapes every "#" and line break and stays the same JSON', () => {
    const value = { userAgent: `${INJECTION}\n::set-output name=x::y`, tags: ['#', '[#]'] }
    const text = jsonForRunner(value)
    expect(text).not.toMatch(/#|\n/)
    expect(JSON.parse(text)).toEqual(value)
    expect(runnerCommands(text)).toEqual([])
  })

  test('jsonForRunner escapes the line breaks JSON.stringify leaves raw (U+0085, U+2028, U+2029): json may carry them', () => {
    const value = { subject: 'CN=a\u0085::error::b\u2028::warning::c\u2029::notice::d\r\n::debug::e' }
    const text = jsonForRunner(value)
    expect(JSON.stringify(value)).toMatch(/[\u0085\u2028\u2029]/)
    expect(text).toBe('{"subject":"CN=a\\u0085::error::b\\u2028::warning::c\\u2029::notice::d\\r\\n::debug::e"}')
    expect(outputProblem('json', text)).toBeUndefined()
    expect(JSON.parse(text)).toEqual(value)
    expect(runnerCommands(text)).toEqual([])
  })

  const OUTSIDE = 'holds a character outside its grammar'
  test.each([
    ['tag', 'v1.4.2', undefined],
    ['tag', 'v1$(id)', OUTSIDE],
    ['registry', '[::1]:5000', undefined],
    ['registry', 'myregistry.azurecr.io:443', undefined],
    ['pinned-image', `myregistry.azurecr.io/team/web@sha256:${'a'.repeat(64)}`, undefined],
    ['image', '[::1]:5000/team/web:v1', undefined],
    ['repository', '[::1]', OUTSIDE],
    ['registry', 'a[b]', OUTSIDE],
    ['json', '{"a":"#"}', 'holds a raw "#" or line break'],
    ['json', '{"a":"\\u0023"}', undefined],
    ['docker-config', '/home/runner/my docker/config.json', undefined],
    ['docker-config', '/tmp/x\n::error::y', 'is not one command-safe line'],
    ['platforms', 'linux/amd64,linux/arm64/v8', undefined],
    ['platforms', 'linux/amd64;id', OUTSIDE],
    ['tag', 'linux,amd64', OUTSIDE]
  ])('output %s=%j: %s', (name, value, problem) => {
    expect(outputProblem(name, value)).toBe(problem)
  })
})

// In-process runs of the action's main step, so that thousands of payloads cost seconds.
const work = mkdtempSync(join(tmpdir(), 'acr-runner-output-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

interface StepResult {
  readonly stdout: string
  readonly failed: boolean
  readonly outputs: Record<string, string>
}

async function runMainInProcess(clientPayload: unknown): Promise<StepResult> {
  const files = {
    GITHUB_OUTPUT: join(work, 'output'),
    GITHUB_STATE: join(work, 'state'),
    GITHUB_STEP_SUMMARY: join(work, 'summary'),
    GITHUB_EVENT_PATH: join(work, 'event.json')
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify({ action: 'acr-push', client_payload: clientPayload }))
  const saved = { ...process.env }
  Object.assign(process.env, files, { GITHUB_EVENT_NAME: 'repository_dispatch', INPUT_PAYLOAD: '' })
  let stdout = ''
  const write = vi.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout += String(chunk)
    return true
  })
  try {
    await run()
  } finally {
    write.mockRestore()
    process.env = saved
  }
  const failed = process.exitCode === 1
  process.exitCode = 0
  return { stdout, failed, outputs: parseCommandFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')) }
}

function checkRunnerSees(result: StepResult): void {
  const commands = runnerCommands(result.stdout)
  for (const command of commands) {
    expect(command.syntax, command.line).toBe('v2')
    expect(OWN_COMMANDS.has(command.name), command.line).toBe(true)
  }
  expect(commands.filter(c => c.name === 'error')).toHaveLength(result.failed ? 1 : 0)
  if (result.failed) expect(result.outputs).toEqual({})
  for (const [name, value] of Object.entries(result.outputs)) {
    if (name === 'json') {
      expect(value).not.toMatch(/[#\r\n]/)
      expect(() => JSON.parse(value)).not.toThrow()
    } else {
      expect(value, name).toMatch(['registry', 'image', 'pinned-image'].includes(name) ? HOST_OUTPUT_CHARACTERS : OUTPUT_CHARACTERS)
    }
  }
}

const TOKENS = [
  '##[',
  '::',
  '%0A',
  '%25',
  '\r',
  '\n',
  '\r\n',
  '\u2028',
  '\u0085',
  '[',
  ']',
  '#',
  ':',
  ';',
  'set-output name=tag',
  'save-state name=isPost',
  ' ',
  '$(id)',
  'v1',
  'a'
]
const hostile = fc.oneof(
  fc.constant(INJECTION),
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 12 }).map(parts => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.integer({ min: 900, max: 3000 }).map(n => `##[set-output name=tag;]${'x'.repeat(n)}`)
)
// Hosts with brackets and ports, some valid ([::1]:5000) and most not.
const host = fc.oneof(
  fc.constantFrom('[::1]:5000', '[2001:db8::1]', 'localhost:65535', 'myregistry.azurecr.io'),
  fc
    .tuple(
      fc.constantFrom('[', '', 'a'),
      fc.stringMatching(/^[0-9a-f:.%*#]{0,12}$/),
      fc.constantFrom(']', '', ']]'),
      fc.constantFrom('', ':', ':0', ':5000', ':65536', ':0443', '::')
    )
    .map(parts => parts.join(''))
)
const deep = fc.integer({ min: 1, max: 2000 }).map(depth => {
  let value: unknown = INJECTION
  for (let i = 0; i < depth; i++) value = [value]
  return value
})
const FIELDS = [
  ['request', 'useragent'],
  ['request', 'id'],
  ['request', 'method'],
  ['request', 'host'],
  ['target', 'tag'],
  ['target', 'repository'],
  ['target', 'mediaType'],
  ['target', 'annotations'],
  ['id'],
  ['timestamp'],
  ['action']
] as const

describe("whatever the payload holds, the runner reads only the action's own commands", () => {
  test('arbitrary hostile values in every field, hosts with brackets and ports, deep nesting', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...fixtureNames()),
        fc.array(fc.tuple(fc.constantFrom(...FIELDS), fc.oneof(hostile, host, deep)), { minLength: 1, maxLength: 4 }),
        async (name, changes) => {
          const payload = cloneFixture(name)
          for (const [path, value] of changes) {
            const parent = path.length === 2 ? (payload[path[0]] ??= {}) : payload
            parent[path.at(-1)!] = value
          }
          checkRunnerSees(await runMainInProcess(payload))
        }
      ),
      { numRuns: 400 }
    )
  })

  test('registry hosts with brackets and ports: accepted ones keep to the host characters', async () => {
    let bracketHostsSet = 0
    await fc.assert(
      fc.asyncProperty(host, async value => {
        const payload = cloneFixture('native-push.json')
        payload.request.host = value
        const result = await runMainInProcess(payload)
        checkRunnerSees(result)
        if (result.outputs.registry?.startsWith('[')) bracketHostsSet++
      }),
      { numRuns: 200 }
    )
    // The generator reaches accepted IPv6 hosts, so the bracket rule is exercised, not only refused.
    expect(bracketHostsSet).toBeGreaterThan(0)
  })
})

describe('what the step hands the runner, in process', () => {
  /** Runs `body` with the runner's files and captures stdout; returns what the runner would read. */
  function asStep(body: () => void, env: Record<string, string | undefined> = {}) {
    const dir = mkdtempSync(join(work, 'step-'))
    const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STATE: join(dir, 'state'), GITHUB_STEP_SUMMARY: join(dir, 'summary') }
    for (const file of Object.values(files)) writeFileSync(file, '')
    const saved = { ...process.env }
    Object.assign(process.env, files)
    for (const [name, value] of Object.entries(env)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    let stdout = ''
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      stdout += String(chunk)
      return true
    })
    let failed: boolean
    try {
      body()
    } finally {
      write.mockRestore()
      process.env = saved
      failed = process.exitCode === 1
      process.exitCode = 0
    }
    const read = (name: keyof typeof files) => readFileSync(files[name], 'utf8')
    return {
      stdout,
      failed,
      outputs: parseCommandFile(read('GITHUB_OUTPUT')),
      state: parseCommandFile(read('GITHUB_STATE')),
      summary: read('GITHUB_STEP_SUMMARY')
    }
  }

  test('outputs are set all at once, undefined ones left out, and listed in a group', () => {
    const step = asStep(() => prepareOutputs({ tag: 'v1', digest: undefined, json: '{"a":1}' }, 'ACR push event: outputs').publish())
    expect(step.outputs).toEqual({ tag: 'v1', json: '{"a":1}' })
    expect(step.stdout).toBe('::group::ACR push event: outputs\ntag=v1\njson={"a":1}\n::endgroup::\n')
  })

  test('one output outside its grammar: an error before any output is set', () => {
    expect(() => prepareOutputs({ tag: 'v1', repository: 'a b' } as any, 'x')).toThrow(
      'Internal error: output "repository" holds a character outside its grammar; no output was set'
    )
    expect(() => prepareOutputs({ platforms: 'linux/amd64 ' } as any, 'x')).toThrow(
      'Internal error: output "platforms" holds a character outside its grammar'
    )
  })

  test('a value holding the delimiter of the outputs file would end its own value early: refused, and no output is set', () => {
    nextUuid.value = '00000000-0000-4000-8000-000000000000'
    try {
      const outputs = { tag: 'v1', json: '{"a":"ghadelimiter_00000000-0000-4000-8000-000000000000"}' }
      let thrown: unknown
      const step = asStep(() => {
        try {
          prepareOutputs(outputs, 'outputs').publish()
        } catch (error) {
          thrown = error
        }
      })
      expect(String(thrown)).toBe('Error: Internal error: an output holds the output delimiter')
      expect(step.outputs).toEqual({})
      expect(step.stdout).toBe('')
    } finally {
      nextUuid.value = undefined
    }
  })

  test('a group title cannot start a command', () => {
    const step = asStep(() => prepareOutputs({ tag: 'v1' }, '::x\n::error::y').publish())
    expect(runnerCommands(step.stdout).map(c => c.name)).toEqual(['group', 'endgroup'])
  })

  test('outside a runner (no GITHUB_OUTPUT) the outputs are printed as commands', () => {
    const step = asStep(() => prepareOutputs({ tag: 'v1' }, 'outputs').publish(), { GITHUB_OUTPUT: undefined })
    expect(step.stdout).toContain('::set-output name=tag::v1')
  })

  test.each([
    ['info', info, 'a\nb', 'a\\u000ab\n'],
    ['notice', notice, '::x', '::notice::\\u003a:x\n'],
    ['warning', warning, 'w', '::warning::w\n']
  ])('%s prints one command-safe line', (_name, print, text, expected) => {
    expect(asStep(() => print(text)).stdout).toBe(expected)
  })

  test('fail marks the step failed, with a command-safe message', () => {
    const step = asStep(() => fail('bad\n::set-output name=x::y'))
    expect(step.failed).toBe(true)
    expect(runnerCommands(step.stdout).map(c => c.name)).toEqual(['error'])
  })

  test('maskSecret masks a secret, and an empty one not at all (that would mask every empty string)', () => {
    expect(asStep(() => maskSecret('s3cret')).stdout).toBe('::add-mask::s3cret\n')
    expect(asStep(() => maskSecret('')).stdout).toBe('')
  })

  test('state: text made command-safe, anything else as JSON no runner reads as a command; read back by getState', () => {
    const step = asStep(() => {
      saveState('text', 'a\nb')
      saveState('object', { value: '#x' })
    })
    expect(step.state).toEqual({ text: 'a\\u000ab', object: '{"value":"\\u0023x"}' })
    expect(asStep(() => expect(getState('object')).toBe('saved'), { STATE_object: 'saved' }).failed).toBe(false)
  })

  test('the summary: a heading and a table of header cells and values, HTML-escaped', () => {
    const step = asStep(() => writeSummaryTable('ACR <event>', [{ label: 'Tag', value: '<b>"v1"&</b>' }]))
    expect(step.summary).toBe(
      '<h3>ACR &#60;event&#62;</h3>\n<table><tr><th>Tag</th><td>&#60;b&#62;&#34;v1&#34;&#38;&#60;/b&#62;</td></tr></table>\n\n'
    )
    // Once: the library's buffer is emptied after each table.
    const twice = asStep(() => {
      writeSummaryTable('one', [])
      writeSummaryTable('two', [])
    })
    expect(twice.summary).toBe('<h3>one</h3>\n<table>\n\n<h3>two</h3>\n<table>\n\n')
  })

  test('the summary outside a runner (no GITHUB_STEP_SUMMARY): nothing, and no failure', () => {
    expect(asStep(() => writeSummaryTable('x', [{ label: 'a', value: 'b' }]), { GITHUB_STEP_SUMMARY: undefined }).summary).toBe('')
  })
})
