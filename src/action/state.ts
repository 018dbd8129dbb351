// What the main step hands to the post step. The runner keeps it as STATE_*
// variables; both steps run the same bundle and tell themselves apart by it.
import type { HeaderClaim } from './docker-config/holders.js'
import { getState, saveState } from './runner-output.js'

const IS_POST = 'isPost'
const DOCKER_CONFIG = 'dockerConfig'

/** True in the post step: the main step of this job saved the marker. */
export function isPost(): boolean {
  return getState(IS_POST) === 'true'
}

export function markMainStarted(): void {
  saveState(IS_POST, 'true')
}

export function saveHeaderClaim(claim: HeaderClaim): void {
  saveState(DOCKER_CONFIG, claim)
}

export function loadHeaderClaim(): HeaderClaim | undefined {
  const saved = getState(DOCKER_CONFIG)
  return saved ? (JSON.parse(saved) as HeaderClaim) : undefined
}
