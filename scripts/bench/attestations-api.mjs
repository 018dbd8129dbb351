// The fake attestations API of the tests (test/support/attestations-api.ts),
// as a process of its own for `npm run bench`: the bench times steps with
// spawnSync, which would stall a server in its own event loop. Reads
// {token, scope, digest, bundle} as JSON on stdin, prints its URL, serves
// until stdin closes.
import { startAttestationsApi } from '../../test/support/attestations-api.ts'

let input = ''
for await (const chunk of process.stdin) {
  input += chunk
  if (input.includes('\n')) break
}
const { token, scope, digest, bundle } = JSON.parse(input)
const api = await startAttestationsApi({ token })
api.add(scope, digest, bundle)
process.stdout.write(`${api.url}\n`)
process.stdin.on('end', () => void api.stop().then(() => process.exit(0)))
process.stdin.resume()
