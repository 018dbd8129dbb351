// The relay's log lines on their own: batched into few writes, each line JSON
// with its time, none lost at exit.
import fc from 'fast-check'
import { Writable } from 'node:stream'
import { describe, expect, test } from 'vitest'
import { createLogWriter, logTime } from '../../src/relay/server.js'

function collect() {
  const writes: string[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      writes.push(String(chunk))
      done()
    }
  })
  return { stream, writes }
}

describe('createLogWriter', () => {
  test('a burst of lines is one write, in order, each a JSON object with its time', async () => {
    const { stream, writes } = collect()
    const logger = createLogWriter(stream)
    for (let i = 0; i < 3; i++) logger.log({ method: 'POST', status: 202, n: i })
    expect(writes).toHaveLength(0)
    await new Promise(resolve => setTimeout(resolve, 100))
    expect(writes).toHaveLength(1)
    const lines = writes[0]!
      .trimEnd()
      .split('\n')
      .map(line => JSON.parse(line))
    expect(lines.map(line => line.n)).toEqual([0, 1, 2])
    for (const line of lines) expect(Date.parse(line.time)).not.toBeNaN()
  })

  test('flush writes what is pending at once, as at exit', () => {
    const { stream, writes } = collect()
    const logger = createLogWriter(stream)
    logger.log({ message: 'SIGTERM: finishing requests under way' })
    logger.flush()
    expect(writes.map(text => JSON.parse(text).message)).toEqual(['SIGTERM: finishing requests under way'])
    logger.flush()
    expect(writes).toHaveLength(1)
  })

  test('past 64 KiB pending, lines are written without waiting', () => {
    const { stream, writes } = collect()
    const logger = createLogWriter(stream)
    const padding = 'x'.repeat(1024)
    for (let i = 0; i < 70; i++) logger.log({ i, padding })
    const written = writes
      .join('')
      .split('\n')
      .filter(Boolean)
      .map(line => JSON.parse(line).i)
    expect(written.length).toBeGreaterThanOrEqual(60)
    expect(written).toEqual(written.map((_, index) => index))
  })
})

describe('logTime', () => {
  test('is what toISOString gives, whichever millisecond comes next', () => {
    const near = fc.integer({ min: 1_700_000_000_000, max: 1_700_000_003_000 })
    const anywhere = fc.integer({ min: -8_640_000_000_000, max: 8_640_000_000_000_000 })
    fc.assert(
      fc.property(fc.array(fc.oneof(near, anywhere), { minLength: 1, maxLength: 50 }), times => {
        for (const ms of times) expect(logTime(ms)).toBe(new Date(ms).toISOString())
      })
    )
  })

  test('a log line carries the time first and the entry after it, even an empty entry', async () => {
    const { stream, writes } = collect()
    const logger = createLogWriter(stream)
    const before = Date.now()
    logger.log({})
    logger.log({ message: 'listening', port: 8080 })
    logger.flush()
    const [empty, listening] = writes[0]!.trimEnd().split('\n')
    expect(Object.keys(JSON.parse(empty!))).toEqual(['time'])
    expect(JSON.parse(listening!)).toEqual({ time: expect.any(String), message: 'listening', port: 8080 })
    expect(Date.parse(JSON.parse(listening!).time)).toBeGreaterThanOrEqual(before)
  })
})
