// `npm test` runs this before anything slow: the Docker and registry suites
// start a dockerd (which needs root) and Debian's docker-registry of their
// own. Without them the run would only fail minutes later, in those suites;
// here it stops at once, saying what is missing and what to do.
// ACR_SKIP_DOCKER_TESTS=1 leaves those suites out instead (vitest.config.ts
// skips every suite tagged needs-dockerd or needs-docker-registry). CI never
// sets it.
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const SKIP_SWITCH = 'ACR_SKIP_DOCKER_TESTS'

/** Whether this run leaves out the suites that need dockerd or docker-registry. */
export function dockerTestsLeftOut(env = process.env) {
  return env[SKIP_SWITCH] === '1'
}

/** The path of the executable `name` in the folders of `path` (a PATH value), or undefined. */
export function findOnPath(name, path = process.env.PATH ?? '') {
  for (const folder of path.split(delimiter)) {
    if (folder === '') continue
    const candidate = join(folder, name)
    try {
      accessSync(candidate, constants.X_OK)
      if (statSync(candidate).isFile()) return candidate
    } catch {
      // Not in this folder.
    }
  }
  return undefined
}

/** The distribution registry the tests start: DOCKER_REGISTRY_BINARY, or docker-registry on PATH. */
export function registryBinary(env = process.env) {
  return env.DOCKER_REGISTRY_BINARY || findOnPath('docker-registry', env.PATH)
}

/**
 * Where Debian and Ubuntu install programs: dockerd is in /usr/sbin, which a
 * non-root user's PATH often lacks. A program found here but not on PATH is
 * installed, and only needs PATH.
 */
export const SYSTEM_PATH = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'].join(delimiter)

/** The line for a program missing from PATH: not on your PATH when it is installed, else the package to install. */
function notOnPath(name, env, systemPath, install) {
  const installed = findOnPath(name, systemPath)
  if (installed) {
    const folder = installed.slice(0, installed.length - name.length - 1)
    return `${name} is installed (${installed}) but not on your PATH: add ${folder} to it (sudo env "PATH=$PATH:${folder}" npm test)`
  }
  return `${name} on PATH (${install})`
}

/** What the Docker and registry suites need that this machine lacks, one line each. */
export function missingDockerPrerequisites(env = process.env, systemPath = SYSTEM_PATH) {
  const missing = []
  if (process.getuid?.() !== 0)
    missing.push(`root: the tests start a dockerd of their own, which runs as root (this is uid ${process.getuid?.() ?? '?'})`)
  for (const name of ['dockerd', 'docker']) {
    if (!findOnPath(name, env.PATH)) missing.push(notOnPath(name, env, systemPath, 'Debian and Ubuntu package docker.io'))
  }
  if (!registryBinary(env)) {
    const line = notOnPath('docker-registry', env, systemPath, 'the CNCF distribution registry: Debian and Ubuntu package docker-registry')
    missing.push(line.startsWith('docker-registry on PATH') ? `${line.slice(0, -1)}, or DOCKER_REGISTRY_BINARY)` : line)
  }
  return missing
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (dockerTestsLeftOut()) {
    console.log(`${SKIP_SWITCH}=1: the suites that need dockerd or docker-registry are left out of this run`)
  } else {
    const missing = missingDockerPrerequisites()
    if (missing.length > 0) {
      console.error(
        [
          'npm test: the Docker and registry suites cannot run on this machine. Missing:',
          ...missing.map(line => `  - ${line}`),
          '',
          'Install what they need, then run the tests as root (keeping PATH, so that npm finds Node 24):',
          '  sudo apt-get install docker.io docker-registry',
          '  sudo env "PATH=$PATH" npm test',
          `Or leave those suites out (the run says how many it left out at its end; CI never does):`,
          `  ${SKIP_SWITCH}=1 npm test`
        ].join('\n')
      )
      process.exit(1)
    }
  }
}
