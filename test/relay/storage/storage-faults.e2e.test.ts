// Storage mode under injected storage faults: the relay as a process, Azurite
// behind a proxy that fails one chosen storage request, a fake GitHub, a
// sender that delivers again after any answer but 2xx (scripts/storage-faults.mjs).
// Every storage request of an event's life gets a case; the kinds of fault
// take turns across the points, so that each kind meets each part of the
// life; `npm run bench:faults` runs every point with every kind.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startAzurite, type Azurite } from '../../support/azurite.js'
import { FAULT_KINDS, recordLife, runCase } from '../../../scripts/storage-faults.mjs'

type Life = 'dispatch' | 'poison'
interface CaseResult {
  held: boolean
  fired: boolean
  acknowledged: boolean
  dispatched: number
  listed: boolean
  poisonedFirst?: boolean
}
const recordLifeOf = recordLife as (azurite: Azurite, life: Life) => Promise<Array<{ label: string; occurrence: number }>>
const runFaultCase = runCase as (azurite: Azurite, life: Life, fault: { label: string; occurrence: number; kind: string }) => Promise<CaseResult>

/**
 * The storage requests of one event's life, in order, as a run without faults
 * makes them (the first test checks that this list is still what the relay does).
 */
const LIVES: Record<Life, string[]> = {
  // Record, enqueue, take the message, read the row, claim it, read the shared GitHub budget and take a permit
  // of it, mark it dispatched, delete the message.
  dispatch: [
    'table:insert#1',
    'queue:send#1',
    'queue:receive#1',
    'table:get#1',
    'table:merge#1',
    'budget:read#1',
    'budget:take#1',
    'table:merge#2',
    'queue:delete#1'
  ],
  // GitHub answers 404: the poison message, the row marked poisoned; the operator's replay (takes the poison
  // message, reads the row, sets it pending, enqueues, deletes the poison message); then dispatched as above.
  poison: [
    'table:insert#1',
    'queue:send#1',
    'queue:receive#1',
    'table:get#1',
    'table:merge#1',
    'budget:read#1',
    'budget:take#1',
    'poison:send#1',
    'table:merge#2',
    'queue:delete#1',
    'poison:receive#1',
    'table:get#2',
    'table:merge#3',
    'queue:send#2',
    'poison:delete#1',
    'queue:receive#2',
    'table:get#3',
    'table:merge#4',
    'budget:read#2',
    'budget:take#2',
    'table:merge#5',
    'queue:delete#2'
  ]
}

const cases = (Object.keys(LIVES) as Life[]).flatMap((life, lifeIndex) =>
  LIVES[life].map((point, index) => {
    const [label, occurrence] = point.split('#') as [string, string]
    return { life, label, occurrence: Number(occurrence), kind: FAULT_KINDS[(index + lifeIndex) % FAULT_KINDS.length] as string }
  })
)

let azurite: Azurite
beforeAll(async () => {
  azurite = await startAzurite()
}, 60_000)
afterAll(() => azurite.stop())

describe('storage faults: an acknowledged event is dispatched exactly once or listed by poison list', () => {
  test.concurrent.each(Object.keys(LIVES) as Life[])(
    'the %s life without faults makes the storage requests the table lists',
    async life => {
      const points = await recordLifeOf(azurite, life)
      expect(points.map(point => `${point.label}#${point.occurrence}`)).toEqual(LIVES[life])
    },
    90_000
  )

  test.concurrent.each(cases)(
    '$life: $label#$occurrence fails ($kind)',
    async ({ life, label, occurrence, kind }) => {
      const result = await runFaultCase(azurite, life, { label, occurrence, kind })
      expect(result.fired).toBe(true)
      // A single fault never keeps the sender from an acknowledgement for long: every case is acknowledged.
      expect(result.acknowledged).toBe(true)
      if (life === 'dispatch') expect({ dispatched: result.dispatched, listed: result.listed }).toEqual({ dispatched: 1, listed: false })
      // Listed while GitHub refused it; dispatched once after the replay, and no longer listed.
      else
        expect({ poisonedFirst: result.poisonedFirst, dispatched: result.dispatched, listed: result.listed }).toEqual({
          poisonedFirst: true,
          dispatched: 1,
          listed: false
        })
      expect(result.held).toBe(true)
    },
    120_000
  )
})
