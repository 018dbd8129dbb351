// Instruction counts under valgrind's callgrind, shared by the benchmarks.
//
// V8 picks a random hash seed at every start and then searches for primes
// derived from it (HashSeed::InitializeRoots): that search alone moved one
// subject's count by up to 5 million instructions between runs. It is the
// same work, of random length, in every Node process, so it is left out of
// the count: callgrind stops collecting while inside it.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export const CALLGRIND_ARGS = ['--tool=callgrind', '--toggle-collect=*HashSeed*InitializeRoots*', '--collect-atstart=yes']

/**
 * How to start valgrind with the step's environment intact. Debian's
 * /usr/bin/valgrind is a /bin/sh wrapper around valgrind.bin, and dash drops
 * every variable whose name holds a "-": INPUT_SOURCE-CLIENT,
 * INPUT_SIGNER-WORKFLOW... never reached the step, which then measured a step
 * without those inputs. The wrapper's own settings are applied here instead.
 */
export function valgrindCommand(env) {
  if (!existsSync('/usr/bin/valgrind.bin')) return { command: 'valgrind', env }
  const debug = '/usr/lib/debug'
  const libraryPath = env.LD_LIBRARY_PATH ? `${env.LD_LIBRARY_PATH}:${debug}` : debug
  return { command: '/usr/bin/valgrind.bin', env: { ...env, LD_LIBRARY_PATH: libraryPath, GLIBCPP_FORCE_NEW: '1', GLIBCXX_FORCE_NEW: '1' } }
}

export function hasValgrind() {
  return spawnSync('valgrind', ['--version'], { stdio: 'ignore' }).status === 0
}

/** The total a callgrind run printed on its stderr. */
export function collectedInstructions(stderr) {
  const collected = /Collected : (\d+)/.exec(stderr)
  return collected ? Number(collected[1]) : undefined
}

// What V8 spends a cold start on, told apart by the name of the function that
// executed each instruction (its self cost). Order matters: the first match wins.
const KINDS = [
  ['regular expressions', /RegExp|Irregexp|TextNode|ChoiceNode|Trace::|QuickCheck|LoopChoice|BoyerMoore|CharacterRange/],
  ['parsing JavaScript', /Scanner|Parser|PreParse|AstValue|AstRaw|Scope|Variable|FuncNameInferrer|CharacterStream|find_if|ParseInfo|AstNode/],
  ['bytecode generation', /interpreter::|Bytecode|SourcePosition|ConstantArray/],
  ['garbage collection', /Heap|Scavenge|Mark|Sweep|Evacuat|Remembered|Slot/],
  ['snapshot', /Deserializer/],
  ['malloc and memcpy', /malloc|free|_int_|memcpy|memset|memmove|strlen/],
  ['builtins and JIT code', /Builtins_|\?\?\?:0x/]
]

/**
 * Self cost per kind of work, in instructions, from a callgrind output file
 * (callgrind_annotate, which valgrind installs beside callgrind).
 */
export function instructionsByKind(outFile) {
  const annotated = spawnSync('callgrind_annotate', ['--threshold=100', outFile], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  if (annotated.status !== 0) return undefined
  const totals = Object.fromEntries([...KINDS.map(([kind]) => [kind, 0]), ['everything else', 0]])
  for (const line of annotated.stdout.split('\n')) {
    const row = /^\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)$/.exec(line)
    if (!row || row[2].includes('PROGRAM TOTALS')) continue
    const kind = KINDS.find(([, pattern]) => pattern.test(row[2]))?.[0] ?? 'everything else'
    totals[kind] += Number(row[1].replaceAll(',', ''))
  }
  return totals
}
