// npm run bench:policy — decisions per second of this engine (lib/policy's compiled
// evaluate, with explanations) against @cloud-copilot/iam-simulate on the shared workload
// (seed 42, 10,000 requests), both in this process. Prints every decision on which the two
// disagree, the rate of each, and last the ratio. See ../shared/bench/policy/README.md.

import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
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
const oursPass = () => {
  const t = process.hrtime.bigint()
  for (let i = 0; i < N; i++) {
    const { request, policies } = buildRequest(pw, w.requests[i])
    ours[i] = evaluate(request, policies, { explain: true }).decision
  }
  return Number(process.hrtime.bigint() - t) / 1e9
}

const sim = await loadIamSimulate(repoRoot, w)
const theirs: SimDecision[] = new Array(N)
const simPass = () => {
  const t = process.hrtime.bigint()
  for (let i = 0; i < N; i++) theirs[i] = sim.decide(i)
  return Number(process.hrtime.bigint() - t) / 1e9
}

// One warm-up pass each, then the timed passes alternate between the two engines so that
// both see the same machine (other processes share its cores); the median pass counts.
oursPass()
simPass()
const oursRates: number[] = []
const simRates: number[] = []
for (let k = 0; k < PASSES; k++) {
  oursRates.push(N / oursPass())
  simRates.push(N / simPass())
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const oursRate = median(oursRates)
const simRate = median(simRates)

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
console.log(`sandbox-iam (compiled, indexed, explain on): ${oursRate.toFixed(0)} decisions/s (median of ${PASSES})`)
console.log(`iam-simulate (core authorize, policies preloaded): ${simRate.toFixed(0)} decisions/s (median of ${PASSES})`)
console.log(`ratio (sandbox-iam / iam-simulate): ${(oursRate / simRate).toFixed(1)}x`)
