import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from '../../scripts/runner.mjs'

export const fixturesDir = join(repoRoot, 'test/fixtures')

export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(join(fixturesDir, name), 'utf8'))
}

export function fixtureNames(): string[] {
  return readdirSync(fixturesDir).filter(name => name.endsWith('.json'))
}

/** A deep copy, so that a test can change a fixture without touching another test's copy. */
export function cloneFixture<T = Record<string, any>>(name: string): T {
  return structuredClone(fixture(name)) as T
}
