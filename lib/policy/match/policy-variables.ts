// Policy variables: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
// - Only in Version 2012-10-17 policies; in 2008-10-17 "${aws:username}" is literal text
//   ("Policy variables ... were introduced in version 2012-10-17").
// - `${key}` is replaced by the request's value of the context key (keys case-insensitive).
// - `${*}`, `${?}`, `${$}` stand for the literal characters `*`, `?`, `$` ("Special
//   characters"), so a policy can match a literal asterisk.
// - `${key, 'default'}`: "surround the default value with single quotes and separate the
//   variable text and the default value with a comma and space"; spaces around the key and
//   the quoted default are ignored, `''` inside the default is one quote.
// - A key with no value (absent, or multivalued: "you can't use multivalued context keys
//   as policy variables") leaves the variable unresolved: "If AWS cannot resolve a
//   variable, this might cause the entire statement to be invalid ... To avoid variables
//   causing invalid statements, use the ...IfExists condition operator." So a Resource
//   pattern holding it matches nothing, and a condition value holding it matches no
//   request value ("the value is effectively null. There is no equal or like value"):
//   for a positive operator that value is dropped and the others still count; for a
//   negated operator (StringNotEquals, ArnNotLike, NotIpAddress, ...) the condition cannot
//   hold when the request has the key, so a Deny guarded by StringNotEquals
//   {"k": "${missing}"} does not fire. When the request lacks the key itself, the
//   operator's missing-key rule decides as usual (a negated operator is then true).

/** A pattern split into literal text and variables. */
export type TemplatePart =
  | { kind: 'text'; text: string }
  /** `literal` is true for ${*}, ${?}, ${$}: the text must not act as a wildcard. */
  | { kind: 'literal'; text: string }
  | { kind: 'variable'; key: string; lowerKey: string; default?: string }

export interface Template {
  source: string
  parts: TemplatePart[]
  hasVariables: boolean
}

// ${ key } or ${ key , 'default' } — key chars are those of context keys.
const VARIABLE = /\$\{\s*([^,}'\s]+)\s*(?:,\s*'((?:[^']|'')*)'\s*)?\}/g

export function parseTemplate(source: string): Template {
  const parts: TemplatePart[] = []
  let last = 0
  let hasVariables = false
  if (source.includes('${')) {
    VARIABLE.lastIndex = 0
    for (let m = VARIABLE.exec(source); m; m = VARIABLE.exec(source)) {
      if (m.index > last) parts.push({ kind: 'text', text: source.slice(last, m.index) })
      const key = m[1]
      if ((key === '*' || key === '?' || key === '$') && m[2] === undefined) {
        parts.push({ kind: 'literal', text: key })
      } else {
        const part: TemplatePart = { kind: 'variable', key, lowerKey: key.toLowerCase() }
        if (m[2] !== undefined) part.default = m[2].replace(/''/g, "'")
        parts.push(part)
      }
      hasVariables = true
      last = m.index + m[0].length
    }
  }
  if (last < source.length) parts.push({ kind: 'text', text: source.slice(last) })
  return { source, parts, hasVariables }
}

/** Looks a context key up (as written, and lower-cased); undefined when absent. */
export type ContextLookup = (key: string, lowerKey: string) => string[] | undefined

/**
 * Substitutes the variables. `escapeLiteral` turns a value that must be taken literally
 * (a substituted value or a ${*}-style character) into the matcher's syntax, e.g. a
 * wildcard-escaped form for resource patterns. Returns undefined when a variable has no
 * value and no default. `missing` collects the keys that had no value.
 */
export function resolveTemplate(
  t: Template,
  lookup: ContextLookup,
  escapeLiteral: (s: string) => string = (s) => s,
  missing?: (key: string) => void,
): string | undefined {
  if (!t.hasVariables) return t.source
  let out = ''
  let ok = true
  for (const p of t.parts) {
    if (p.kind === 'text') out += p.text
    else if (p.kind === 'literal') out += escapeLiteral(p.text)
    else {
      const v = lookup(p.key, p.lowerKey)
      if (v !== undefined && v.length === 1) out += escapeLiteral(v[0])
      else if (p.default !== undefined) out += escapeLiteral(p.default)
      else {
        missing?.(p.key)
        ok = false
      }
    }
  }
  return ok ? out : undefined
}

/** Keys of the variables in a template, as written. */
export function templateKeys(t: Template): string[] {
  return t.parts.flatMap((p) => (p.kind === 'variable' ? [p.key] : []))
}

/**
 * For condition values: lib/policy/conditions reads `${*}`, `${?}`, `${$}` itself (as
 * literal characters, never wildcards) when compiled with specialCharacterVariables, so
 * they are written back in that form, and a substituted value is made literal the same way.
 */
export function escapeForCondition(s: string): string {
  if (s.indexOf('$') < 0 && s.indexOf('*') < 0 && s.indexOf('?') < 0) return s
  return s.replace(/\$/g, '${$}').replace(/\*/g, '${*}').replace(/\?/g, '${?}')
}

/** Whether an unresolved variable among an operator's values makes the whole condition false. */
export function isNegatedOperatorBase(base: string): boolean {
  return base.includes('Not')
}
