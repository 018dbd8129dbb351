// What the deployment steps rely on in the repository itself: the Azure
// Functions copy step leaves git status clean, and the container image's
// default base is pinned by digest, as the workflows pin actions by SHA.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { repoRoot } from '../scripts/runner.mjs'

const git = (...args: string[]) => spawnSync('git', ['-C', repoRoot, ...args], { encoding: 'utf8' })

describe('deploy/azure-functions', () => {
  // The documented step: cp dist/relay-function/*.js deploy/azure-functions/
  const copied = readdirSync(join(repoRoot, 'dist/relay-function')).filter(name => name.endsWith('.js'))

  test.each(copied)('a copied %s is ignored by git, so the copy step leaves the tree clean', name => {
    expect(copied).toContain('index.js')
    expect(git('check-ignore', '--no-index', `deploy/azure-functions/${name}`).status).toBe(0)
  })

  test.each(['host.json', 'package.json'])('%s, which is committed there, is not ignored', name => {
    expect(git('check-ignore', '--no-index', `deploy/azure-functions/${name}`).status).toBe(1)
  })
})

describe('Dockerfile', () => {
  const dockerfile = readFileSync(join(repoRoot, 'Dockerfile'), 'utf8')

  test('the default base image is a Node 24 Alpine tag pinned by digest', () => {
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:24[\w.-]*-alpine[\w.]*@sha256:[0-9a-f]{64}$/m)
  })
})
