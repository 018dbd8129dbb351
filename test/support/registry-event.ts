import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseEvent } from '../../src/event/parse.js'
import type { AcrEvent } from '../../src/event/types.js'
import type { Descriptor } from './registry.js'

/** The ACR webhook payload of a push (or `action`) of what the test pushed, sent now. */
export function registryPayload(host: string, repository: string, pushed: Descriptor, tag?: string, action = 'push') {
  return {
    id: 'cb8c3971-9adc-488b-b1f6-43cbb4974ff5',
    timestamp: new Date().toISOString(),
    action,
    target: { mediaType: pushed.mediaType, size: pushed.size, digest: pushed.digest, repository, ...(tag ? { tag } : {}) },
    request: { id: '3cbb6949-7549-4fa1-b8e3-a6d5451dffc7', host, method: 'PUT', useragent: 'docker/27.3.1' }
  }
}

/** That payload, parsed as the action parses any event. */
export function registryEvent(host: string, repository: string, pushed: Descriptor, tag?: string, action = 'push'): AcrEvent {
  return parseEvent(registryPayload(host, repository, pushed, tag, action), 'client_payload')
}

/** A DOCKER_CONFIG folder below `parent` holding `config` as config.json, replacing one of that name; returns the folder. */
export function writeDockerConfig(parent: string, name: string, config: object): string {
  const folder = join(parent, name)
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true })
  writeFileSync(join(folder, 'config.json'), JSON.stringify(config, null, '\t'))
  return folder
}
