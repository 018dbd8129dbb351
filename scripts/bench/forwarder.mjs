// The baseline for `npm run bench:relay`: a bare Node http server that forwards
// each body unchanged to the dispatch endpoint, with the same HTTP client as
// the relay (fetch) and the headers GitHub requires, and answers with GitHub's
// status. It checks nothing, which is what the relay adds.
import { createServer } from 'node:http'

const target = `${process.env.GITHUB_API_URL}/repos/org/deploy/dispatches`
const headers = {
  accept: 'application/vnd.github+json',
  authorization: `Bearer ${process.env.GITHUB_TOKEN}`,
  'content-type': 'application/json',
  'user-agent': 'bare-forwarder',
  'x-github-api-version': '2022-11-28'
}
const server = createServer(async (req, res) => {
  const chunks = []
  for await (const chunk of req) chunks.push(chunk)
  const upstream = await fetch(target, { method: 'POST', headers, body: Buffer.concat(chunks) })
  await upstream.arrayBuffer()
  res.writeHead(upstream.status === 204 ? 202 : 502)
  res.end()
})
server.listen(0, '127.0.0.1', () => process.stdout.write(`${JSON.stringify({ message: 'listening', port: server.address().port })}\n`))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
