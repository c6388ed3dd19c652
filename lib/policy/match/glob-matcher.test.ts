// The glob matcher against IAM's wildcard rules written as a plain recursion
// (wildcard-rules.reference.ts), on small alphabets so that matches are frequent and every
// shape of star run, `?` and ":" meets every other: plain globs (actions, StringLike), the
// resource segment rule (reference_policies_elements_resource.html) and ArnLike's six parts.
// The hostile cases below once froze the engine (backtracking regular expressions); they have
// no timing assertion: a hang fails on the test timeout, and `npm run bench:wildcards`
// prints the figures.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileArnComparison } from '../conditions/arn/compile-arn-comparison'
import { compileWildcardPatterns } from '../conditions/string/compile-wildcard-patterns'
import { compileGlobCodes, globCodes } from './glob-matcher'
import { compileResourcePattern } from './resource-matcher'
import { arnLikeByRule, matchesByRule, resourceByRule } from './wildcard-rules.reference'

const RUNS = 100_000

const letter = fc.constantFrom('a', 'b', ':')
const patternChar = fc.constantFrom('a', 'b', ':', '*', '?')
const value = fc.array(letter, { maxLength: 12 }).map((xs) => xs.join(''))
const glob = fc.array(patternChar, { maxLength: 10 }).map((xs) => xs.join(''))
const arnGlob = fc.tuple(fc.boolean(), glob).map(([arn, p]) => (arn ? 'arn:' : '') + p)
const arnValue = fc.tuple(fc.boolean(), value).map(([arn, v]) => (arn ? 'arn:' : '') + v)

/** A value made from the pattern by filling each wildcard with a short run, so it often matches. */
function filledFrom(pattern: fc.Arbitrary<string>): fc.Arbitrary<[string, string]> {
  return pattern.chain((p) =>
    fc.array(fc.constantFrom('', 'a', 'b', ':', 'ab', 'a:b'), { minLength: 4, maxLength: 4 }).map((fill): [string, string] => {
      let k = 0
      return [p, p.replace(/[*?]/g, () => fill[k++ % fill.length])]
    }),
  )
}

const plainCases = fc.oneof(fc.tuple(glob, value), filledFrom(glob))
const resourceCases = fc.oneof(fc.tuple(arnGlob, arnValue), filledFrom(arnGlob))
const arnPart = fc.array(fc.constantFrom('a', 'b', '*', '?'), { maxLength: 3 }).map((xs) => xs.join(''))
const arnLikePattern = fc.array(arnPart, { minLength: 6, maxLength: 7 }).map((xs) => xs.join(':'))
const arnLikeCases = fc.oneof(fc.tuple(arnLikePattern, arnValue), filledFrom(arnLikePattern))

// Stretches of `?` and letters longer than one and two 32-bit words between the stars, so the
// Shift-And search (fixed-piece.ts) carries its state across words, on values long enough to
// hold several of them.
const LONG_RUNS = 5_000
const longStretch = fc.array(fc.constantFrom('a', 'b', '?', '?', '?'), { minLength: 30, maxLength: 80 }).map((xs) => xs.join(''))
const longGlob = fc
  .array(fc.oneof(longStretch, fc.constantFrom('*', '*', 'a', '?', ':')), { minLength: 1, maxLength: 5 })
  .map((xs) => xs.join(''))
const longValue = fc.array(fc.constantFrom('a', 'a', 'b', ':'), { maxLength: 240 }).map((xs) => xs.join(''))
const longCases = fc.oneof(fc.tuple(longGlob, longValue), filledFrom(longGlob))
// In an ARN's first five segments the stars here all end their segment (so they stay free)
// and each `?` is a segment `?`, which must not take a ":".
const longArnGlob = fc
  .array(fc.tuple(longStretch, fc.constantFrom('*:', ':', '')), { minLength: 1, maxLength: 3 })
  .map((parts) => 'arn:' + parts.map(([stretch, end]) => stretch + end).join(''))
const longResourceCases = fc.oneof(
  fc.tuple(longArnGlob, longValue.map((v) => `arn:${v}`)),
  filledFrom(longArnGlob),
)

describe('the glob matcher agrees with the wildcard rules', () => {
  it(`plain * and ? (actions, StringLike), ${RUNS} cases`, () => {
    fc.assert(fc.property(plainCases, ([p, v]) => compileGlobCodes(globCodes(p))(v) === matchesByRule(p, v)), { numRuns: RUNS })
  })

  it(`the resource segment rule, ${RUNS} cases`, () => {
    fc.assert(fc.property(resourceCases, ([p, v]) => compileResourcePattern(p)(v) === resourceByRule(p, v)), { numRuns: RUNS })
  })

  it(`long stretches of ? and letters between stars, ${LONG_RUNS} cases`, () => {
    fc.assert(fc.property(longCases, ([p, v]) => compileGlobCodes(globCodes(p))(v) === matchesByRule(p, v)), { numRuns: LONG_RUNS })
  })

  it(`long stretches of segment ? in an ARN's first segments, ${LONG_RUNS} cases`, () => {
    fc.assert(fc.property(longResourceCases, ([p, v]) => compileResourcePattern(p)(v) === resourceByRule(p, v)), { numRuns: LONG_RUNS })
  })

  it(`StringLike over several patterns at once`, () => {
    fc.assert(
      fc.property(fc.array(glob, { minLength: 1, maxLength: 3 }), value, (ps, v) => compileWildcardPatterns(ps)(v) === ps.some((p) => matchesByRule(p, v))),
      { numRuns: 20_000 },
    )
  })

  it(`ArnLike, part by part`, () => {
    fc.assert(
      fc.property(arnLikeCases, ([p, v]) => (compileArnComparison([p], {}).compare(v) === true) === arnLikeByRule(p, v)),
      { numRuns: 20_000 },
    )
  })
})

// Hostile shapes: each made a backtracking expression run for seconds to hours.
const alternating = Array.from({ length: 5_000 }, (_, i) => `*${'ab'[i % 2]}`).join('')
const sixteenKB = 'ab'.repeat(8_192)
describe('hostile patterns answer', () => {
  it.each([
    ['ten stars and a dash (iam:**********-) on an action', 'iam:**********-', 'iam:getuser', false],
    ['ten stars and a dash on an action ending in "-"', 'iam:**********-', 'iam:get-', true],
    ['a 10,000-character pattern of alternating * and letters on 16 KB', alternating, sixteenKB, true],
    ['the same pattern on 16 KB that lacks its last letter', alternating, 'a'.repeat(16_384), false],
    ['stars and ? on a value of the wrong length', '*?'.repeat(2_000) + 'c', 'a'.repeat(16_384), false],
    ['a 5,001-character stretch of a? between stars on 16 KB of "a"', `*${'a?'.repeat(2_499)}b*`, 'a'.repeat(16_384), false],
    ['the same stretch on 16 KB of "a" ending in "b"', `*${'a?'.repeat(2_499)}b*`, 'a'.repeat(16_383) + 'b', true],
  ])('%s', (_name, pattern, v, expected) => {
    expect(compileGlobCodes(globCodes(pattern))(v)).toBe(expected)
  })

  it.each([
    ['segment stars in the region of a long ARN', `arn:aws:s3:${'*a'.repeat(2_000)}b:123456789012:x`, `arn:aws:s3:${'a'.repeat(8_000)}:123456789012:x`, false],
    ['segment ? runs against colons', `arn:aws:s3:${'?*'.repeat(2_000)}:1:x`, `arn:aws:s3:${'a:'.repeat(4_000)}1:x`, false],
    ['free stars in the resource part', `arn:aws:s3:::${alternating}`, `arn:aws:s3:::${sixteenKB}`, true],
  ])('%s', (_name, pattern, resource, expected) => {
    expect(compileResourcePattern(pattern)(resource)).toBe(expected)
  })
})
