// The transport under answers that lie about their size: a blob longer than
// its descriptor says, on a kept-alive connection, must be an error the
// caller catches (AnswerTooLarge), never an 'error' event on a socket no one
// listens to, which ended the step with "Unhandled 'error' event" whenever
// the whole answer came in one piece. Real HTTP on loopback.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { AnswerTooLarge, RegistryClient } from '../../../src/action/registry/client.js'

let server: Server
let host: string

beforeAll(async () => {
  // /blob/<size>/<chunked|length>: that many bytes, in one write with a length, or chunked in two.
  server = createServer((request, response) => {
    const [, , size = '0', how = 'length'] = (request.url ?? '').split('/')
    const body = Buffer.alloc(Number(size), 0x61)
    if (how === 'chunked') {
      response.writeHead(200)
      response.write(body.subarray(0, 1))
      response.end(body.subarray(1))
    } else response.writeHead(200, { 'content-length': body.length }).end(body)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => {
  server.closeAllConnections()
  server.close()
})

describe('an answer larger than the cap', () => {
  test.each([
    ['a few bytes over, in one piece with its length', 5, 200, 'length'],
    ['a descriptor of size 0', 0, 50, 'length'],
    ['one byte over', 100, 101, 'length'],
    ['chunked', 5, 200, 'chunked'],
    ['streamed in many pieces', 1000, 256 * 1024, 'length']
  ])('%s: AnswerTooLarge, nothing uncaught, and the next request on the client works', async (_, cap, size, how) => {
    const client = new RegistryClient(host, { kind: 'anonymous' })
    const uncaught: unknown[] = []
    const onUncaught = (error: unknown) => uncaught.push(error)
    process.on('uncaughtException', onUncaught)
    try {
      for (let round = 0; round < 3; round++) {
        const refused = await client.get('team/web', `/blob/${size}/${how}`, '*/*', cap).catch((error: unknown) => error)
        expect(refused).toBeInstanceOf(AnswerTooLarge)
        expect((refused as Error).message).toBe(
          `The registry ${host} answered GET /blob/${size}/${how} with more than ${cap} bytes; nothing was assumed verified`
        )
        const next = await client.get('team/web', '/blob/3/length', '*/*', cap + 3)
        expect(next.body.toString()).toBe('aaa')
      }
      // Whatever a destroyed socket would raise is raised by now.
      await new Promise(resolve => setTimeout(resolve, 50))
    } finally {
      process.off('uncaughtException', onUncaught)
      client.close()
    }
    expect(uncaught).toEqual([])
  })
})
