/** Escape every RegExp metacharacter so a literal span matches itself. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

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

type Token = string | { wildcard: '*' | '?' }

/** Split an IAM pattern into literal runs and wildcards. */
function tokenize(pattern: string, specialVariables: boolean): Token[] {
  const tokens: Token[] = []
  let literal = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    const special = specialVariables ? specialCharacterAt(pattern, i) : undefined
    if (special !== undefined) {
      literal += special
      i += 3
    } else if (c === '*' || c === '?') {
      if (literal !== '') tokens.push(literal)
      literal = ''
      tokens.push({ wildcard: c })
    } else {
      literal += c
    }
  }
  if (literal !== '' || tokens.length === 0) tokens.push(literal)
  return tokens
}

export interface CompiledPattern {
  /** The value to compare with ===, when the pattern has no wildcard. */
  literal?: string
  /** RegExp source, anchors excluded; `anyChar` is what a wildcard may stand for. */
  source(anyChar?: string): string
  /** True when the pattern is a lone `*`. */
  matchesEverything: boolean
}

/**
 * One IAM pattern: `*` is any run of characters and `?` exactly one, newlines included.
 * With `specialVariables`, `${*}` `${?}` `${$}` are literal characters.
 */
export function compilePattern(pattern: string, specialVariables = false): CompiledPattern {
  const tokens = tokenize(pattern, specialVariables)
  const only = tokens.length === 1 ? tokens[0] : undefined
  return {
    literal: typeof only === 'string' ? only : undefined,
    matchesEverything: only !== undefined && typeof only !== 'string' && only.wildcard === '*',
    source: (anyChar = '[\\s\\S]') =>
      tokens.map((t) => (typeof t === 'string' ? escapeRegExp(t) : t.wildcard === '*' ? `${anyChar}*` : anyChar)).join(''),
  }
}

/**
 * One matcher for all of a key's patterns (OR'ed): a Set lookup when none has a wildcard,
 * otherwise one anchored RegExp with an alternation, so a request value is tested once however
 * many patterns the policy lists. No `m` flag: `^`/`$` anchor the whole value, so a value with a
 * newline cannot match a pattern on one of its lines.
 */
export function compileWildcardPatterns(patterns: readonly string[], specialVariables = false): (value: string) => boolean {
  const compiled = patterns.map((p) => compilePattern(p, specialVariables))
  if (compiled.length === 0) return () => false
  if (compiled.some((c) => c.matchesEverything)) return () => true
  const literals = compiled.filter((c) => c.literal !== undefined).map((c) => c.literal as string)
  const wild = compiled.filter((c) => c.literal === undefined)
  if (wild.length === 0) {
    if (literals.length === 1) {
      const only = literals[0]
      return (value) => value === only
    }
    const set = new Set(literals)
    return (value) => set.has(value)
  }
  const regExp = new RegExp(`^(?:${compiled.map((c) => c.source()).join('|')})$`)
  return (value) => regExp.test(value)
}
