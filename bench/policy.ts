// npm run bench:policy — decisions per second of this engine (lib/policy's compiled
// evaluate, with explanations) against @cloud-copilot/iam-simulate on the shared workload
// (seed 42, 10,000 requests), both in this process. Prints every decision on which the two
// disagree, the rate of each, the cost of explaining (explain mode against gate mode), and
// last the ratio. See ../shared/bench/policy/README.md.

import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { evaluate } from '../lib/policy/index'
import type { Decision } from '../lib/policy/index'
import type { SimDecision } from './policy/iam-simulate-runner'
import { startIamSimulateWorker } from './policy/iam-simulate-worker'
import { buildRequest, prepareWorkload, type Workload } from './policy/workload'

const repoRoot = path.resolve(import.meta.dirname, '..')
const generator = path.resolve(repoRoot, '../shared/bench/policy/generate.mjs')
const workFile = path.join(repoRoot, 'bench/.work/workload.json')
const PASSES = Number(process.env.BENCH_PASSES ?? 3)

mkdirSync(path.dirname(workFile), { recursive: true })
execFileSync(process.execPath, [generator, '--seed', '42', '--out', workFile], { stdio: 'ignore' })
const w = JSON.parse(readFileSync(workFile, 'utf8')) as Workload
const N = w.requests.length

const SIM_NAME: Record<Decision, SimDecision> = { allowed: 'Allowed', implicitDeny: 'ImplicitlyDenied', explicitDeny: 'ExplicitlyDenied' }

// Compile before the clock starts: what the policy cache holds in a running server.
const pw = prepareWorkload(w)
const ours: Decision[] = new Array(N)
// Each pass is timed twice: wall clock, and CPU time of this process (user + system). The
// machine is shared (other sessions' builds and tests run beside this one), and wall time
// then counts the moments the scheduler gives the cores to someone else; CPU time does
// not, so the ratio is taken from CPU time and the wall-clock figures are printed beside it.
interface PassTime { wall: number; cpu: number }
function timed(run: () => void): PassTime {
  const t = process.hrtime.bigint()
  const c = process.cpuUsage()
  run()
  const cu = process.cpuUsage(c)
  return { wall: Number(process.hrtime.bigint() - t) / 1e9, cpu: (cu.user + cu.system) / 1e6 }
}

const oursPass = () => timed(() => {
  for (let i = 0; i < N; i++) {
    const { request, policies } = buildRequest(pw, w.requests[i])
    ours[i] = evaluate(request, policies, { explain: true }).decision
  }
})

// The same requests in gate mode (no explanation), for the price of explaining: the gate
// decides every request this way, the simulator and the AccessDenied explanation the
// other.
const plainPass = () => timed(() => {
  for (let i = 0; i < N; i++) {
    const { request, policies } = buildRequest(pw, w.requests[i])
    if (evaluate(request, policies).decision !== ours[i]) throw new Error(`gate mode and explain mode disagree on request #${i}`)
  }
})

const theirs: SimDecision[] = new Array(N)

// Warm-up before iam-simulate is loaded: JIT and this engine's caches settle, and the figure
// "alone" (this engine with nothing else in the heap) is printed for reference.
for (let k = 0; k < 15; k++) oursPass()
for (let k = 0; k < 15; k++) plainPass()
const aloneTimes: PassTime[] = []
const plainTimes: PassTime[] = []
// Interleaved, so that a drift in the machine's speed lands on both.
for (let k = 0; k < PASSES * 3; k++) {
  aloneTimes.push(oursPass())
  plainTimes.push(plainPass())
}

// The ratio is measured in rounds that interleave the two engines: each round runs this
// engine over the whole workload ROUND_PASSES times, then iam-simulate over the next
// N / CHUNKS requests. The machine is shared and its speed drifts by tens of percent from
// one second to the next (other sessions' builds and tests run beside this one); timing the
// engines one after the other let such a drift land on one side of the ratio only. In
// rounds of under a second both see the same moments. iam-simulate runs in a worker thread
// of this process, with its own heap (see policy/iam-simulate-worker.ts). Rates come from
// the totals of CPU time over all rounds (see timed()), with wall clock beside them.
const sim = await startIamSimulateWorker(repoRoot, workFile)
const warm = await sim.run(0, N)
for (let i = 0; i < N; i++) theirs[i] = warm.decisions[i]
const CHUNKS = 10
const ROUND_PASSES = 3
const oursTimes: PassTime[] = []
const simTimes: PassTime[] = []
for (let pass = 0; pass < PASSES; pass++) {
  for (let c = 0; c < CHUNKS; c++) {
    for (let k = 0; k < ROUND_PASSES; k++) oursTimes.push(oursPass())
    const from = Math.floor((c * N) / CHUNKS)
    const chunk = await sim.run(from, Math.floor(((c + 1) * N) / CHUNKS))
    chunk.decisions.forEach((d, j) => (theirs[from + j] = d))
    simTimes.push({ wall: chunk.wall, cpu: chunk.cpu })
  }
}
await sim.stop()
const total = (ts: PassTime[], k: keyof PassTime) => ts.reduce((sum, t) => sum + t[k], 0)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
// Decisions per second over all the rounds: decisions made / seconds spent.
const oursRateOf = (k: keyof PassTime) => (oursTimes.length * N) / total(oursTimes, k)
const simRateOf = (k: keyof PassTime) => (PASSES * N) / total(simTimes, k)
const oursRate = oursRateOf('cpu')
const simRate = simRateOf('cpu')

console.log(`workload: seed ${w.seed}, ${w.principals.length} principals, ${w.policies.length} managed policies, ${w.resourcePolicies.length} resource policies, ${N} requests`)
const mix = (ds: string[]) => Object.entries(ds.reduce<Record<string, number>>((m, d) => ((m[d] = (m[d] ?? 0) + 1), m), {})).map(([k, v]) => `${k} ${v}`).join(', ')
console.log(`sandbox-iam decisions: ${mix(ours.map((d) => SIM_NAME[d]))}`)
console.log(`iam-simulate ${sim.version} decisions: ${mix(theirs)}`)
let disagreements = 0
for (let i = 0; i < N; i++) {
  if (SIM_NAME[ours[i]] !== theirs[i]) {
    disagreements++
    const r = w.requests[i]
    console.log(`disagree #${i} ${r.action} ${r.resource}: sandbox-iam ${SIM_NAME[ours[i]]}, iam-simulate ${theirs[i]}`)
  }
}
console.log(`disagreements: ${disagreements} of ${N}`)
const load = os.loadavg()[0]
console.log(`machine: ${os.cpus().length} cores, load average ${load.toFixed(1)} (wall-clock rates suffer from the load, CPU-time rates much less)`)
const plainRate = median(plainTimes.map((t) => N / t.cpu))
const explainedRate = median(aloneTimes.map((t) => N / t.cpu))
console.log(`sandbox-iam alone, before iam-simulate was loaded: ${explainedRate.toFixed(0)} decisions per CPU-second (median of ${aloneTimes.length} passes)`)
console.log(`sandbox-iam gate mode (no explanation), same requests: ${plainRate.toFixed(0)} decisions per CPU-second (median of ${plainTimes.length} passes)`)
console.log(`cost of explaining (explain on / gate mode, matched and unmatched statements with their reasons): ${(plainRate / explainedRate).toFixed(2)}x the CPU time of a plain evaluation`)
console.log(`rounds: ${oursTimes.length / ROUND_PASSES} (each: sandbox-iam over all ${N} requests ${ROUND_PASSES} times, then iam-simulate over the next ${N / CHUNKS})`)
console.log(`sandbox-iam (compiled, indexed, explain on): ${oursRate.toFixed(0)} decisions per CPU-second, ${oursRateOf('wall').toFixed(0)} decisions/s wall clock (${oursTimes.length * N} decisions)`)
console.log(`iam-simulate (core authorize, policies preloaded): ${simRate.toFixed(0)} decisions per CPU-second, ${simRateOf('wall').toFixed(0)} decisions/s wall clock (${PASSES * N} decisions)`)
console.log(`sandbox-iam passes (decisions per CPU-second): min ${Math.min(...oursTimes.map((t) => N / t.cpu)).toFixed(0)}, median ${median(oursTimes.map((t) => N / t.cpu)).toFixed(0)}, max ${Math.max(...oursTimes.map((t) => N / t.cpu)).toFixed(0)}`)
console.log(`wall-clock ratio: ${(oursRateOf('wall') / simRateOf('wall')).toFixed(1)}x`)
console.log(`ratio (sandbox-iam / iam-simulate): ${(oursRate / simRate).toFixed(1)}x`)
