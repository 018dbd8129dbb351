// A TUF repository on loopback, as tuf-repo.github.com serves GitHub's
// Sigstore trusted root: metadata and targets built by @tufjs/repo-mock
// (a test-only root key, made here), served by a plain HTTP server so that
// a child process (the bundled action) reaches it too. `requests` records
// every path asked, and `reachable` turns the server into one that refuses.
import { writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { initializeTUFRepo, tufHandlers } from '@tufjs/repo-mock'

export interface LocalTufRepository {
  /** http://127.0.0.1:<port>, the mirror URL. */
  readonly url: string
  /** The initial root.json (version 1), written to a file: what a client starts from. */
  readonly rootPath: string
  /** The repository's version-1 root, as JSON. */
  readonly root: object
  readonly requests: string[]
  stop(): Promise<void>
}

/** A repository whose one target is `trusted_root.json`, holding `trustedRoot`. */
export async function startTufRepository(trustedRoot: object, directory: string): Promise<LocalTufRepository> {
  const repository = initializeTUFRepo([{ name: 'trusted_root.json', content: JSON.stringify(trustedRoot) }])
  const handlers = tufHandlers(repository, { metadataPathPrefix: '', targetPathPrefix: '/targets' })
  const requests: string[] = []
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '')
    const handler = handlers.find(candidate => candidate.path === request.url)
    if (!handler) return response.writeHead(404).end()
    const { statusCode, response: body, contentType } = handler.fn()
    response.writeHead(statusCode, contentType ? { 'content-type': contentType } : {}).end(body)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const root = repository.rootMeta.toJSON()
  const rootPath = join(directory, `tuf-root-${(server.address() as AddressInfo).port}.json`)
  writeFileSync(rootPath, JSON.stringify(root))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    rootPath,
    root,
    requests,
    stop: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
