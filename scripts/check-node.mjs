// The action runs on the runner's node24; refuse to test it on anything else.
const major = Number(process.versions.node.split('.')[0])
if (major !== 24) {
  console.error(
    [
      `Node ${process.version} is running these scripts, not Node 24, which the runner uses for this action.`,
      'Run them through npm (npm test, npm run bench): npm puts node_modules/.bin/node first on PATH, and npm ci installs',
      'Node 24 there from the registry on Linux x64 and arm64 and on Windows x64 (the node-<platform> optional packages).',
      'On other machines (macOS), install Node 24 yourself (for example nvm install 24) and run npm from it.'
    ].join('\n')
  )
  process.exit(1)
}
