// JSON text -> typed Policy, keeping the AST so that validation (lib/policy/validate)
// can locate every element.
//
// `policy` is present exactly when `errors` is empty.
//
// Lenient on purpose: the typed Policy is built whenever the JSON shape allows it, and
// only what makes a typed Policy impossible is reported here. Every other rule of the
// grammar (unknown elements, missing Effect, Action with NotAction, bad ARNs, ...) is
// the validator's job. The findings this module emits, all ERRORs:
//   JSON_SYNTAX_ERROR  invalid JSON, or a key that occurs twice in one object
//   DATA_TYPE_MISMATCH a value of the wrong JSON type (the document is not an object,
//                      Statement is neither object nor array, Action is a number, ...)
//   INVALID_VERSION    a Version that is a string but neither 2012-10-17 nor 2008-10-17
//                      (the typed Policy needs one of the two to know whether policy
//                      variables apply)
// Statements whose Effect is missing or is neither "Allow" nor "Deny" (case-sensitive,
// as IAM is) are left out of `policy.statements`: they cannot be evaluated, and the
// validator reports them (MISSING_EFFECT / INVALID_EFFECT).
//
// Element names are matched case-sensitively, as AWS does: "action" is not "Action".

import type { ConditionBlock, Finding, Policy, PolicyLanguageVersion, PrincipalElement, SourcePosition, Statement } from '../types'
import { parseJsonWithPositions, type JsonNode, type JsonObjectEntry } from './json-with-positions'

export interface ParsedPolicy {
  policy?: Policy
  ast?: JsonNode
  errors: Finding[]
}

type ObjectNode = Extract<JsonNode, { kind: 'object' }>

export function parsePolicy(text: string): ParsedPolicy {
  const parsed = parseJsonWithPositions(text)
  if (!parsed.ok) {
    return {
      errors: [{
        findingType: 'ERROR',
        issueCode: 'JSON_SYNTAX_ERROR',
        findingDetails: `Fix the JSON syntax error: ${parsed.message}.`,
        path: '',
        start: parsed.position,
        end: parsed.position,
      }],
    }
  }
  const ast = parsed.node
  const errors: Finding[] = []
  const ctx = new Context(errors)
  ctx.reportDuplicateKeys(ast, '')
  if (ast.kind !== 'object') {
    ctx.mismatch(ast, '', 'object')
    return { ast, errors }
  }
  let version: PolicyLanguageVersion = '2008-10-17'
  let id: string | undefined
  let statements: Statement[] = []
  for (const e of lastEntries(ast)) {
    if (e.key === 'Version') {
      if (e.value.kind !== 'string') ctx.mismatch(e.value, 'Version', 'string')
      else if (e.value.value === '2012-10-17' || e.value.value === '2008-10-17') version = e.value.value
      else ctx.error(e.value, 'Version', 'INVALID_VERSION', `The version ${e.value.value} is not valid. Use one of the following versions: 2012-10-17, 2008-10-17.`)
    } else if (e.key === 'Id') {
      if (e.value.kind !== 'string') ctx.mismatch(e.value, 'Id', 'string')
      else id = e.value.value
    } else if (e.key === 'Statement') {
      statements = ctx.statements(e.value)
    }
  }
  if (errors.length) return { ast, errors }
  const policy: Policy = { version, statements }
  if (id !== undefined) policy.id = id
  return { policy, ast, errors }
}

/** When a key is duplicated, the typed Policy uses the last occurrence, as JSON.parse does. */
function lastEntries(node: ObjectNode): JsonObjectEntry[] {
  const byKey = new Map<string, JsonObjectEntry>()
  for (const e of node.entries) byKey.set(e.key, e)
  return [...byKey.values()]
}

class Context {
  constructor(readonly errors: Finding[]) {}

  error(node: JsonNode, path: string, issueCode: string, findingDetails: string): void {
    this.errors.push({ findingType: 'ERROR', issueCode, findingDetails, path, start: node.start, end: node.end })
  }

  mismatch(node: JsonNode, path: string, dataType: string): void {
    this.error(node, path, 'DATA_TYPE_MISMATCH', `The text does not match the expected JSON data type ${dataType}.`)
  }

  reportDuplicateKeys(node: JsonNode, path: string): void {
    if (node.kind === 'array') node.items.forEach((item, i) => this.reportDuplicateKeys(item, `${path}[${i}]`))
    if (node.kind !== 'object') return
    const seen = new Set<string>()
    for (const e of node.entries) {
      const p = path ? `${path}.${e.key}` : e.key
      if (seen.has(e.key)) {
        this.errors.push({
          findingType: 'ERROR',
          issueCode: 'JSON_SYNTAX_ERROR',
          findingDetails: `Fix the JSON syntax error: the key ${JSON.stringify(e.key)} occurs more than once in the same object at line ${e.keyStart.line}, column ${e.keyStart.column}.`,
          path: p,
          start: e.keyStart,
          end: e.keyEnd,
        })
      } else seen.add(e.key)
      this.reportDuplicateKeys(e.value, p)
    }
  }

  statements(node: JsonNode): Statement[] {
    if (node.kind === 'object') {
      const s = this.statement(node, 'Statement', 0)
      return s ? [s] : []
    }
    if (node.kind !== 'array') {
      this.mismatch(node, 'Statement', 'array')
      return []
    }
    const out: Statement[] = []
    node.items.forEach((item, i) => {
      const path = `Statement[${i}]`
      if (item.kind !== 'object') {
        this.mismatch(item, path, 'object')
        return
      }
      const s = this.statement(item, path, i)
      if (s) out.push(s)
    })
    return out
  }

  statement(node: ObjectNode, path: string, index: number): Statement | undefined {
    const s: Partial<Statement> & { index: number; position: SourcePosition; end: SourcePosition } = { index, position: node.start, end: node.end }
    let effectOk = false
    for (const e of lastEntries(node)) {
      const p = `${path}.${e.key}`
      switch (e.key) {
        case 'Sid':
          if (e.value.kind !== 'string') this.mismatch(e.value, p, 'string')
          else s.sid = e.value.value
          break
        case 'Effect':
          if (e.value.kind !== 'string') this.mismatch(e.value, p, 'string')
          else if (e.value.value === 'Allow' || e.value.value === 'Deny') {
            s.effect = e.value.value
            effectOk = true
          }
          break
        case 'Action': s.action = this.stringList(e.value, p); break
        case 'NotAction': s.notAction = this.stringList(e.value, p); break
        case 'Resource': s.resource = this.stringList(e.value, p); break
        case 'NotResource': s.notResource = this.stringList(e.value, p); break
        case 'Principal': s.principal = this.principal(e.value, p); break
        case 'NotPrincipal': s.notPrincipal = this.principal(e.value, p); break
        case 'Condition': s.condition = this.condition(e.value, p); break
      }
    }
    return effectOk ? (s as Statement) : undefined
  }

  stringList(node: JsonNode, path: string): string[] {
    if (node.kind === 'string') return [node.value]
    if (node.kind !== 'array') {
      this.mismatch(node, path, 'array of strings')
      return []
    }
    const out: string[] = []
    node.items.forEach((item, i) => {
      if (item.kind === 'string') out.push(item.value)
      else this.mismatch(item, `${path}[${i}]`, 'string')
    })
    return out
  }

  principal(node: JsonNode, path: string): PrincipalElement {
    if (node.kind === 'string') {
      // Only "*" is a principal written as a bare string; anything else is reported by
      // the validator. It is kept as a key-less map so that it matches nobody.
      if (node.value === '*') return '*'
      return {}
    }
    if (node.kind !== 'object') {
      this.mismatch(node, path, 'object')
      return {}
    }
    const out: Record<string, string[]> = {}
    for (const e of lastEntries(node)) out[e.key] = this.stringList(e.value, `${path}.${e.key}`)
    return out
  }

  condition(node: JsonNode, path: string): ConditionBlock {
    if (node.kind !== 'object') {
      this.mismatch(node, path, 'object')
      return {}
    }
    const out: ConditionBlock = {}
    for (const op of lastEntries(node)) {
      const opPath = `${path}.${op.key}`
      if (op.value.kind !== 'object') {
        this.mismatch(op.value, opPath, 'object')
        continue
      }
      const keys: Record<string, string[]> = {}
      for (const k of lastEntries(op.value)) keys[k.key] = this.conditionValues(k.value, `${opPath}.${k.key}`)
      out[op.key] = keys
    }
    return out
  }

  /** Condition values may be written as strings, numbers or booleans; the engine compares their text. */
  conditionValues(node: JsonNode, path: string): string[] {
    const one = (n: JsonNode, p: string): string | undefined => {
      if (n.kind === 'string') return n.value
      if (n.kind === 'number') return n.raw
      if (n.kind === 'boolean') return String(n.value)
      this.mismatch(n, p, 'string')
      return undefined
    }
    if (node.kind !== 'array') {
      const v = one(node, path)
      return v === undefined ? [] : [v]
    }
    const out: string[] = []
    node.items.forEach((item, i) => {
      const v = one(item, `${path}[${i}]`)
      if (v !== undefined) out.push(v)
    })
    return out
  }
}

export interface PathLocation {
  start: SourcePosition
  end: SourcePosition
  /** Where the element's key is written, when the path ends in an object key. */
  keyStart?: SourcePosition
  keyEnd?: SourcePosition
}

/**
 * Locates a JSON path such as `Statement[0].Condition.StringEquals.aws:username` or
 * `Statement[2].Action[1]` in the AST. `[0]` on a single (non-array) Statement or
 * Action refers to that single value, because IAM treats both spellings alike.
 * Object keys may contain dots (condition keys rarely do): the longest key that
 * matches is taken.
 */
export function positionOfPath(ast: JsonNode, path: string): PathLocation | undefined {
  let node: JsonNode = ast
  let loc: PathLocation = { start: ast.start, end: ast.end }
  let rest = path
  while (rest.length) {
    if (rest.startsWith('[')) {
      const close = rest.indexOf(']')
      if (close < 0) return undefined
      const index = Number(rest.slice(1, close))
      rest = rest.slice(close + 1)
      if (!Number.isInteger(index) || index < 0) return undefined
      if (node.kind === 'array') {
        const item: JsonNode | undefined = node.items[index]
        if (!item) return undefined
        node = item
        loc = { start: item.start, end: item.end }
      } else if (index !== 0) return undefined
      continue
    }
    if (rest.startsWith('.')) rest = rest.slice(1)
    if (node.kind !== 'object') return undefined
    // Longest matching key first, so that keys containing '.' or '[' are found.
    let found: JsonObjectEntry | undefined
    for (const e of node.entries) {
      if (rest.startsWith(e.key) && (rest.length === e.key.length || rest[e.key.length] === '.' || rest[e.key.length] === '[')) {
        if (!found || e.key.length > found.key.length) found = e
      }
    }
    if (!found) return undefined
    rest = rest.slice(found.key.length)
    node = found.value
    loc = { start: found.value.start, end: found.value.end, keyStart: found.keyStart, keyEnd: found.keyEnd }
  }
  return loc
}
