// The baseline for `npm run bench:relay`: a bare Node http server that forwards
// each body unchanged to the dispatch endpoint, with the same client as the
// relay (Node's http, keep-alive) and the headers GitHub requires, and answers
// with GitHub's status. It checks nothing, which is what the relay adds.
import { Agent, createServer, request } from 'node:http'

const target = new URL(`${process.env.GITHUB_API_URL}/repos/org/deploy/dispatches`)
const agent = new Agent({ keepAlive: true })
const headers = {
  accept: 'application/vnd.github+json',
  authorization: `Bearer ${process.env.GITHUB_TOKEN}`,
  'content-type': 'application/json',
  'user-agent': 'bare-forwarder',
  'x-github-api-version': '2022-11-28'
}
// The body is read with events, as the relay reads it, so that the two differ only in what the relay adds.
const server = createServer((req, res) => {
  const chunks = []
  req.on('data', chunk => chunks.push(chunk))
  req.on('end', () => forward(Buffer.concat(chunks), res))
})

function forward(body, res) {
  const upstream = request(target, { method: 'POST', agent, headers: { ...headers, 'content-length': body.length } }, answer => {
    answer.resume()
    answer.on('end', () => {
      res.writeHead(answer.statusCode === 204 ? 202 : 502)
      res.end()
    })
  })
  upstream.on('error', () => {
    res.writeHead(502)
    res.end()
  })
  upstream.end(body)
}
server.listen(0, '127.0.0.1', () => process.stdout.write(`${JSON.stringify({ message: 'listening', port: server.address().port })}\n`))
process.on('SIGTERM', () => {
  server.close(() => process.exit(0))
  // The load generator may keep its connections open: a baseline need not wait for them.
  server.closeAllConnections()
})
