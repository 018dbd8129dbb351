// Where the Docker CLI keeps config.json. A module of its own so that the
// source-client chunk and the verify chunk share it without loading each other.
import { homedir } from 'node:os'
import { join } from 'node:path'

export function dockerConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  const folder = env.DOCKER_CONFIG ? env.DOCKER_CONFIG : join(homedir(), '.docker')
  return join(folder, 'config.json')
}
