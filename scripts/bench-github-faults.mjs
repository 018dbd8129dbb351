// `npm run bench:github-faults`: the whole fault table of the relay's other
// half, GitHub. Records the requests to GitHub of one event's life in each
// mode and credential (in memory, storage; a token, a GitHub App), then runs a
// fresh case for every request with every kind of fault
// (scripts/github-faults.mjs), and prints whether every invariant held for
// each. Exits 1 when any case broke one.
// BENCH_GITHUB_FAULT_KINDS=500,hang narrows the kinds; BENCH_GITHUB_FAULT_LIVES="memory, token" the lives;
// BENCH_FAULT_CONCURRENCY (default 6) sets how many cases run at once; FAULTS_RELAY_DIR runs another build.
import { startAzurite } from './azurite.mjs'
import { FAULT_KINDS, LIVES, lifeName, recordLife, runAll, runCase } from './github-faults.mjs'
import './check-node.mjs'

const kinds = (process.env.BENCH_GITHUB_FAULT_KINDS ?? FAULT_KINDS.join(',')).split(',')
const lives = LIVES.filter(life => !process.env.BENCH_GITHUB_FAULT_LIVES || process.env.BENCH_GITHUB_FAULT_LIVES.split(';').includes(lifeName(life)))
const concurrency = Number(process.env.BENCH_FAULT_CONCURRENCY ?? 6)

const azurite = await startAzurite()
const started = Date.now()
let broken = 0
try {
  const rows = []
  for (const life of lives) {
    const points = await recordLife(life, azurite)
    console.log(`${lifeName(life)}: ${points.length} requests to GitHub: ${points.map(point => `${point.endpoint}#${point.occurrence}`).join(' ')}`)
    for (const point of points) for (const kind of kinds) rows.push({ life, point, kind })
  }
  const results = await runAll(
    rows.map(
      ({ life, point, kind }) =>
        () =>
          runCase(life, { ...point, kind }, azurite)
    ),
    concurrency
  )
  console.log('')
  console.log('| life | request | fault | acknowledged | dispatched | poison list | early requests | recovered | invariant | s |')
  console.log('|---|---|---|---|---|---|---|---|---|---|')
  for (const result of results) {
    if (!result.held) broken++
    const { life, fault } = result
    console.log(
      `| ${lifeName(life)} | ${fault.endpoint}#${fault.occurrence} | ${fault.kind} | ${result.acknowledged ? 'yes' : 'no'} (${result.answers.join(' ')}) | ${result.dispatched}${result.exception ? ' (the exception)' : ''} | ${result.listed ? 'listed' : '-'} | ${result.early} | ${result.recovered ? 'yes' : 'NO'} | ${result.held ? 'held' : 'BROKEN'} | ${(result.ms / 1000).toFixed(1)} |`
    )
  }
  for (const result of results.filter(result => !result.held)) {
    console.log(`\nBROKEN ${lifeName(result.life)} ${result.fault.endpoint}#${result.fault.occurrence} ${result.fault.kind}`)
    console.log(`  requests: ${result.requests.map(request => `${request.endpoint}@${request.at}`).join(' ')}`)
  }
  console.log('')
  console.log(
    `${results.length} cases (${lives.map(lifeName).join('; ')} × ${kinds.join(', ')}), ${results.length - broken} held, ${broken} broken, in ${Math.round((Date.now() - started) / 1000)} s`
  )
} finally {
  await azurite.stop()
}
process.exit(broken > 0 ? 1 : 0)
