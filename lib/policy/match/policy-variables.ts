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
//   as policy variables") leaves the variable unresolved ("Policy variables with no
//   value", #policy-vars-no-value): "the value is effectively null. There is no equal or
//   like value."
//   - In Resource and NotResource, "the resource that includes a policy variable with no
//     value will not match any resource": such a pattern matches nothing.
//   - In a condition value, the null value equals and is like nothing, so it drops out of
//     the operator's values and the others still count. Positive operators
//     (StringEquals, StringLike, ArnLike, ...) then "do not match" unless another value
//     does; inverted ones (StringNotEquals, StringNotEqualsIgnoreCase, StringNotLike,
//     ArnNotEquals, ArnNotLike) "do match against a null value, as the value of the
//     condition key they are testing against is not equal to or like the effectively null
//     value": a Deny guarded by StringNotEquals {"s3:ExistingObjectTag/Team":
//     "${aws:PrincipalTag/Team}"} denies a principal without the tag, AWS's own example.
//   - Everything else follows from the operator's rules applied to the values that are
//     left: a missing request key still goes by the missing-key rule (negated true,
//     positive false, IfExists true); IfExists only changes the missing-key case, so
//     StringNotEqualsIfExists is true and StringEqualsIfExists false when the key is
//     present. AWS says nothing specific of the set operators here; applied per request
//     value, the same null is equal to no value: ForAnyValue:StringNotEquals holds when
//     the request has at least one value, ForAllValues:StringNotEquals always, while
//     ForAnyValue:StringEquals never does and ForAllValues:StringEquals only vacuously
//     (key absent or empty), as ForAllValues always is.
//   - AWS takes variables only in string, Bool and ARN operators; the Numeric, Date and
//     IP ones do not support them (reference_policies_elements_condition_operators). The
//     evaluator substitutes them everywhere and applies the same rule; the validator is
//     where such a policy should be questioned.

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
