// The suites that start a dockerd or Debian's docker-registry carry one of
// these tags. vitest.config.ts defines them, skipping every suite so tagged
// when ACR_SKIP_DOCKER_TESTS=1, and left-out-reporter.ts says at the end of
// the run how many it left out.
import { dockerTestsLeftOut, SKIP_SWITCH } from '../../scripts/check-test-prerequisites.mjs'

export const NEEDS_DOCKERD = 'needs-dockerd'
export const NEEDS_DOCKER_REGISTRY = 'needs-docker-registry'

export const DOCKER_TESTS_LEFT_OUT = dockerTestsLeftOut()
export { SKIP_SWITCH }

/** The tag definitions for vitest.config.ts. */
export const dockerTags = [
  { name: NEEDS_DOCKERD, description: `starts a dockerd of its own (root); left out with ${SKIP_SWITCH}=1`, skip: DOCKER_TESTS_LEFT_OUT },
  { name: NEEDS_DOCKER_REGISTRY, description: `starts Debian's docker-registry; left out with ${SKIP_SWITCH}=1`, skip: DOCKER_TESTS_LEFT_OUT }
]
