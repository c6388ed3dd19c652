import { ANY_ONE, ANY_RUN, appendLiteral, compileGlobCodes, type StringMatcher } from '../../match/glob-matcher'

/**
 * The special-character variables of 2012-10-17 policies: `${*}`, `${?}` and `${$}` stand for a
 * literal `*`, `?` and `$`, so a StringLike value can match a real asterisk.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html (special characters)
 */
function specialCharacterAt(pattern: string, i: number): string | undefined {
  if (pattern.charCodeAt(i) !== 36 /* $ */ || pattern.charCodeAt(i + 1) !== 123 /* { */ || pattern.charCodeAt(i + 3) !== 125 /* } */) return undefined
  const c = pattern[i + 2]
  return c === '*' || c === '?' || c === '$' ? c : undefined
}

/** Replace `${*}`, `${?}` and `${$}` by the characters they stand for. */
export function replaceSpecialCharacterVariables(value: string): string {
  return value.includes('${') ? value.replace(/\$\{([*?$])\}/g, '$1') : value
}

export interface CompiledPattern {
  /** The value to compare with ===, when the pattern has no wildcard. */
  literal?: string
  /** The pattern for the glob matcher: literal characters and the wildcards `*` and `?`. */
  codes: number[]
  /** True when the pattern is a lone `*`. */
  matchesEverything: boolean
}

/**
 * One IAM pattern: `*` is any run of characters and `?` exactly one, newlines included.
 * With `specialVariables`, `${*}` `${?}` `${$}` are literal characters.
 */
export function compilePattern(pattern: string, specialVariables = false): CompiledPattern {
  const codes: number[] = []
  let literal = ''
  let wildcards = 0
  for (let i = 0; i < pattern.length; i++) {
    const special = specialVariables ? specialCharacterAt(pattern, i) : undefined
    const c = pattern.charCodeAt(i)
    if (special !== undefined) {
      appendLiteral(codes, special)
      literal += special
      i += 3
    } else if (c === 42 /* * */ || c === 63 /* ? */) {
      codes.push(c === 42 ? ANY_RUN : ANY_ONE)
      wildcards++
    } else {
      codes.push(c)
      literal += pattern[i]
    }
  }
  return {
    literal: wildcards === 0 ? literal : undefined,
    codes,
    matchesEverything: wildcards > 0 && codes.every((c) => c === ANY_RUN),
  }
}

/**
 * One matcher for all of a key's patterns (OR'ed): a Set lookup for the patterns without a
 * wildcard, then the glob matcher of each of the others. No pattern can match one line of a
 * multi-line value: every match is of the whole value.
 */
export function compileWildcardPatterns(patterns: readonly string[], specialVariables = false): StringMatcher {
  const compiled = patterns.map((p) => compilePattern(p, specialVariables))
  if (compiled.length === 0) return () => false
  if (compiled.some((c) => c.matchesEverything)) return () => true
  const literals = compiled.filter((c) => c.literal !== undefined).map((c) => c.literal as string)
  const wild = compiled.filter((c) => c.literal === undefined).map((c) => compileGlobCodes(c.codes))
  if (wild.length === 0) {
    if (literals.length === 1) {
      const only = literals[0]
      return (value) => value === only
    }
    const set = new Set(literals)
    return (value) => set.has(value)
  }
  const set = new Set(literals)
  return (value) => set.has(value) || wild.some((m) => m(value))
}
