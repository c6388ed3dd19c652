// npm run bench:wildcards: how long hostile wildcard patterns take. Before the glob matcher,
// patterns became backtracking regular expressions, and a policy whose Action was `iam:` +
// ten `*` + `-` kept `npm run simulate` busy for over 100 s. Prints, for each shape, the
// median time of one match (compiled once beforehand, as the policy cache holds it) and of
// one compile, with the target beside it; then the ten-star policy through the simulator
// and the validator (which the console's policy editor also runs in the browser).
import { performance } from 'node:perf_hooks'
import { clearCompiledPolicyCache, simulateCustomPolicy, validatePolicy } from '../lib/policy/index'
import { compileWildcardPatterns } from '../lib/policy/conditions/string/compile-wildcard-patterns'
import { compileActionPattern } from '../lib/policy/match/action-matcher'
import { compileResourcePattern } from '../lib/policy/match/resource-matcher'
import type { StringMatcher } from '../lib/policy/match/glob-matcher'

const RUNS = 101
const TARGET_MS = 1

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

function timeMs(run: () => unknown): number {
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now()
    run()
    times.push(performance.now() - t)
  }
  return median(times)
}

const fmt = (ms: number) => `${ms.toFixed(3)} ms`

// 10,000 characters: `*a*b*a*b…` (5,000 stars, 5,000 letters), against 16 KB.
const alternating = Array.from({ length: 5_000 }, (_, i) => `*${'ab'[i % 2]}`).join('')
const matching = 'ab'.repeat(8_192)
const lacking = 'a'.repeat(16_384)
// Every piece but the last pair is found, then the search runs to the end of the value.
const nearly = 'ab'.repeat(2_498) + 'a'.repeat(16_384 - 4_996 - 1) + 'b'

// A star, then 5,001 characters of `?` and letters: placed at the end (its only place) it
// is compared once; between two stars it is searched for by Shift-And over the whole value,
// 16 KB x ceil(5,001 / 32) = 2.6 M word operations (it once took seconds: every start was
// re-checked letter by letter, pattern x value).
const questions = `${'a?'.repeat(2_499)}b`
const allA = 'a'.repeat(16_384)
const endsInB = 'a'.repeat(16_383) + 'b'
const distinctLetters = Array.from({ length: 6_000 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('')

interface Shape {
  name: string
  /** The target (issue 10) is for a pattern of alternating `*` and letters; other shapes print their time beside their bound. */
  targeted: boolean
  compile: () => StringMatcher
  values: [label: string, value: string, expected: boolean][]
}

const shapes: Shape[] = [
  {
    name: 'StringLike, 10,000-char alternating * and letters',
    targeted: true,
    compile: () => compileWildcardPatterns([alternating]),
    values: [['16 KB that matches', matching, true], ['16 KB without a "b"', lacking, false], ['16 KB that fails at its end', nearly, false]],
  },
  {
    name: 'Action, iam: + the same pattern',
    targeted: true,
    compile: () => compileActionPattern(`iam:${alternating}`),
    values: [['iam: + 16 KB that matches', `iam:${matching}`, true], ['iam: + 16 KB that fails at its end', `iam:${nearly}`, false]],
  },
  {
    name: 'Resource, the pattern as the resource part',
    targeted: true,
    compile: () => compileResourcePattern(`arn:aws:s3:::${alternating}`),
    values: [['ARN with 16 KB that matches', `arn:aws:s3:::${matching}`, true], ['ARN with 16 KB that fails at its end', `arn:aws:s3:::${nearly}`, false]],
  },
  {
    // In an ARN's region the stars may not cross a colon: the general two-pointer loop.
    name: 'Resource, the pattern in the region (segment stars)',
    targeted: true,
    compile: () => compileResourcePattern(`arn:aws:s3:${alternating}:111122223333:x`),
    values: [['ARN with a 16 KB region that matches', `arn:aws:s3:${matching}:111122223333:x`, true], ['ARN with a 16 KB region that fails at its end', `arn:aws:s3:${nearly}:111122223333:x`, false]],
  },
  {
    name: 'StringLike, * + (a?) x 2,499 + b (5,001 chars)',
    targeted: false,
    compile: () => compileWildcardPatterns([`*${questions}`]),
    values: [['8 KB of "a"', 'a'.repeat(8_192), false], ['16 KB of "a"', allA, false], ['16 KB of "a" ending in "b"', endsInB, true]],
  },
  {
    name: 'StringLike, the same between two stars (Shift-And, 16 KB x 157 words)',
    targeted: false,
    compile: () => compileWildcardPatterns([`*${questions}*`]),
    values: [['16 KB of "a"', allA, false], ['16 KB of "a" ending in "b"', endsInB, true]],
  },
  {
    // Shift-And keeps one mask per distinct letter of the piece: the costliest compile.
    name: 'StringLike, * + ? + 6,000 distinct letters + * (compile: 6,000 masks x 188 words)',
    targeted: false,
    compile: () => compileWildcardPatterns([`*?${distinctLetters}*`]),
    values: [['16 KB of "a"', allA, false], ['16 KB ending in the piece', 'a'.repeat(16_384 - 6_001) + `b${distinctLetters}`, true]],
  },
]

console.log(`wildcards: median of ${RUNS} runs; target under ${TARGET_MS} ms per match of the alternating * and letters pattern`)
let worst = 0
let worstOther = 0
for (const shape of shapes) {
  const compileMs = timeMs(shape.compile)
  const matcher = shape.compile()
  console.log(`${shape.name} (compile ${fmt(compileMs)})`)
  for (const [label, value, expected] of shape.values) {
    if (matcher(value) !== expected) throw new Error(`${shape.name}, ${label}: expected ${expected}`)
    const ms = timeMs(() => matcher(value))
    if (shape.targeted) worst = Math.max(worst, ms)
    else worstOther = Math.max(worstOther, ms)
    console.log(`  ${label}: ${fmt(ms)}${shape.targeted ? ` (target < ${TARGET_MS} ms)` : ''}`)
  }
}
console.log(`slowest match of alternating * and letters: ${fmt(worst)} (target < ${TARGET_MS} ms): ${worst < TARGET_MS ? 'met' : 'NOT met'}`)
console.log(`slowest match of the other shapes: ${fmt(worstOther)} (no target; a piece of ? and letters between stars is found by Shift-And: |value| x ceil(|piece| / 32) word operations, linear in the value)`)

// The ten-star policy of issue 10: simulated for iam:GetUser (parse, compile, evaluate; the
// cache cleared each run so nothing is reused) and validated.
const tenStars = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: `iam:${'*'.repeat(10)}-`, Resource: '*' }] })
const simulateMs = timeMs(() => {
  clearCompiledPolicyCache()
  return simulateCustomPolicy({ PolicyInputList: [tenStars], ActionNames: ['iam:GetUser'] })
})
const validateMs = timeMs(() => validatePolicy(tenStars, 'identity'))
console.log(`ten-star action iam:**********- simulated: ${fmt(simulateMs)}, validated: ${fmt(validateMs)} (before: over 100 s)`)
