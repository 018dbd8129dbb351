import { parseEvent } from '../../src/event/parse.js'
import type { AcrEvent } from '../../src/event/types.js'
import type { Descriptor } from './registry.js'

/** An ACR push event for what the test pushed, parsed as the action parses any event. */
export function registryEvent(host: string, repository: string, pushed: Descriptor, tag?: string, action = 'push'): AcrEvent {
  return parseEvent(
    {
      id: 'cb8c3971-9adc-488b-b1f6-43cbb4974ff5',
      timestamp: new Date().toISOString(),
      action,
      target: { mediaType: pushed.mediaType, size: pushed.size, digest: pushed.digest, repository, ...(tag ? { tag } : {}) },
      request: { id: '3cbb6949-7549-4fa1-b8e3-a6d5451dffc7', host, method: 'PUT', useragent: 'docker/27.3.1' }
    },
    'client_payload'
  )
}
