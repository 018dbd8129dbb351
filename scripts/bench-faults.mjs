// `npm run bench:faults`: the whole fault table of the relay's storage mode.
// Records the storage requests of an event's whole life (dispatched; and
// refused by GitHub, poisoned, replayed), then runs a fresh case for every
// request with every kind of fault (scripts/storage-faults.mjs), and prints
// whether the invariant held for each. Exits 1 when any point broke it.
// BENCH_FAULT_LIVES=dispatch, BENCH_FAULT_KINDS=503,hang narrow the table;
// BENCH_FAULT_POINTS=poison:send#1 to some points; BENCH_FAULT_CONCURRENCY (default 6) sets how many
// cases run at once; FAULTS_RELAY_DIR runs another build of the relay (an older commit's dist/relay).
import { startAzurite } from './azurite.mjs'
import { FAULT_KINDS, LIVES, recordLife, runAll, runCase } from './storage-faults.mjs'
import './check-node.mjs'

const lives = (process.env.BENCH_FAULT_LIVES ?? LIVES.join(',')).split(',')
const kinds = (process.env.BENCH_FAULT_KINDS ?? FAULT_KINDS.join(',')).split(',')
const concurrency = Number(process.env.BENCH_FAULT_CONCURRENCY ?? 6)
const only = process.env.BENCH_FAULT_POINTS?.split(',')

const azurite = await startAzurite()
const started = Date.now()
let broken = 0
try {
  const rows = []
  for (const life of lives) {
    const points = await recordLife(azurite, life)
    console.log(`${life}: ${points.length} storage requests: ${points.map(point => `${point.label}#${point.occurrence}`).join(' ')}`)
    for (const point of points) {
      if (only && !only.includes(`${point.label}#${point.occurrence}`)) continue
      for (const kind of kinds) rows.push({ life, point, kind })
    }
  }
  const results = await runAll(
    rows.map(
      ({ life, point, kind }) =>
        () =>
          runCase(azurite, life, { ...point, kind })
    ),
    concurrency
  )
  console.log('')
  console.log('| life | storage request | fault | fired | acknowledged | dispatched | poison list | invariant | s |')
  console.log('|---|---|---|---|---|---|---|---|---|')
  for (const result of results) {
    if (!result.held) broken++
    const { life, fault } = result
    const listed =
      life === 'poison'
        ? `${result.poisonedFirst ? 'listed' : 'NOT listed'}, then ${result.listed ? 'listed' : 'empty'}`
        : result.listed
          ? 'listed'
          : 'empty'
    console.log(
      `| ${life} | ${fault.label}#${fault.occurrence} | ${fault.kind} | ${result.fired ? 'yes' : 'no'} | ${result.acknowledged ? 'yes' : 'no'} | ${result.dispatched} | ${listed} | ${result.held ? 'held' : 'BROKEN'} | ${(result.ms / 1000).toFixed(1)} |`
    )
  }
  for (const result of results.filter(result => !result.held)) {
    console.log(
      `\nBROKEN ${result.life} ${result.fault.label}#${result.fault.occurrence} ${result.fault.kind}: replays ${JSON.stringify(result.replays)}`
    )
    console.log(
      `  storage requests: ${result.log.map(entry => `${entry.label}#${entry.occurrence ?? ''}:${entry.status}${entry.injected ? '!' : ''}`).join(' ')}`
    )
  }
  console.log('')
  console.log(
    `${results.length} cases (${lives.join(', ')} × ${kinds.join(', ')}), ${results.length - broken} held, ${broken} broken, in ${Math.round((Date.now() - started) / 1000)} s`
  )
} finally {
  await azurite.stop()
}
process.exit(broken > 0 ? 1 : 0)
