// The run's last line when ACR_SKIP_DOCKER_TESTS=1 left suites out, so that a
// green run is not mistaken for one that proved everything.
import { relative } from 'node:path'
import type { Reporter, TestModule, TestSuite } from 'vitest/node'
import { DOCKER_TESTS_LEFT_OUT, NEEDS_DOCKER_REGISTRY, NEEDS_DOCKERD, SKIP_SWITCH } from './docker-tests.js'

const needsDocker = (suite: TestSuite | TestModule) =>
  suite.type === 'suite' && (suite.options.tags ?? []).some(tag => tag === NEEDS_DOCKERD || tag === NEEDS_DOCKER_REGISTRY)

export default class LeftOutReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    if (!DOCKER_TESTS_LEFT_OUT) return
    // The outermost tagged suites: a suite inside one is part of it.
    const leftOut = testModules.flatMap(module =>
      [...module.children.allSuites()].filter(suite => needsDocker(suite) && suite.state() === 'skipped' && !needsDocker(suite.parent))
    )
    if (leftOut.length === 0) return
    const tests = leftOut.reduce((count, suite) => count + [...suite.children.allTests()].length, 0)
    const files = [...new Set(leftOut.map(suite => relative(process.cwd(), suite.module.moduleId)))].sort()
    process.stdout.write(
      `\n left out: ${leftOut.length} suites (${tests} tests) that need dockerd/docker-registry (${SKIP_SWITCH}=1), in ${files.join(', ')}\n\n`
    )
  }
}
