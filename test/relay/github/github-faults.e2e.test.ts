// GitHub failing, systematically: the relay as a process, a fake GitHub that
// fails one chosen request of an event's life (its App token mint, its
// dispatch), a sender that delivers again after a 503 once its Retry-After
// has passed (scripts/github-faults.mjs). Every request of the four lives (in
// memory and storage mode, with a token and with an App) gets two kinds of
// fault, the kinds taking turns; `npm run bench:github-faults` runs every
// request with every kind, the minute-long waits of limits that name no time
// included.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startAzurite, type Azurite } from '../../support/azurite.js'
import { LIVES, lifeName, recordLife, runCase, SHORT_KINDS } from '../../../scripts/github-faults.mjs'

type Life = { mode: 'memory' | 'storage'; auth: 'token' | 'app' }
interface CaseResult {
  held: boolean
  fired: boolean
  acknowledged: boolean
  dispatched: number
  listed: boolean
  exception: boolean
  early: number
  recovered: boolean
  answers: number[]
}
const record = recordLife as (life: Life, azurite: Azurite) => Promise<Array<{ endpoint: string; occurrence: number }>>
const run = runCase as (life: Life, fault: { endpoint: string; occurrence: number; kind: string }, azurite: Azurite) => Promise<CaseResult>

/** The requests to GitHub of one event's life, in order, as a run without faults makes them (checked by the first tests). */
const POINTS: Record<string, string[]> = {
  'memory, token': ['dispatch#1'],
  'memory, app': ['token#1', 'dispatch#1'],
  'storage, token': ['dispatch#1'],
  'storage, app': ['token#1', 'dispatch#1']
}

const kinds = SHORT_KINDS
let turn = 0
const cases = (LIVES as Life[]).flatMap(life =>
  POINTS[lifeName(life)]!.flatMap(point => {
    const [endpoint, occurrence] = point.split('#') as [string, string]
    return [0, 1].map(() => ({ life, name: lifeName(life), endpoint, occurrence: Number(occurrence), kind: kinds[turn++ % kinds.length]! }))
  })
)

let azurite: Azurite
beforeAll(async () => {
  azurite = await startAzurite()
}, 60_000)
afterAll(() => azurite.stop())

describe('GitHub faults: acknowledged ⇒ dispatched once or listed; nothing before GitHub’s named time; dispatching again after it recovers', () => {
  test.concurrent.each(LIVES as Life[])(
    'the life $mode, $auth without faults makes the requests the table lists',
    async life => {
      const points = await record(life, azurite)
      expect(points.map(point => `${point.endpoint}#${point.occurrence}`)).toEqual(POINTS[lifeName(life)])
    },
    90_000
  )

  test.concurrent.each(cases)(
    '$name: $endpoint#$occurrence answers $kind',
    async ({ life, endpoint, occurrence, kind }) => {
      const result = await run(life, { endpoint, occurrence, kind }, azurite)
      expect(result.fired).toBe(true)
      expect({ early: result.early, recovered: result.recovered }).toEqual({ early: 0, recovered: true })
      if (result.acknowledged) {
        if (result.exception) expect(result.dispatched).toBeLessThanOrEqual(2)
        else expect(result.dispatched === 1 || (result.dispatched === 0 && result.listed), JSON.stringify(result)).toBe(true)
      } else expect(result.dispatched).toBeLessThanOrEqual(1)
      expect(result.held).toBe(true)
    },
    180_000
  )
})
