// One statement compiled once: action patterns to matchers over the lower-cased action,
// resource patterns to matchers (variable-bearing ones to templates whose substituted
// forms are cached), conditions through lib/policy/conditions' compileConditionTest.

import { compileConditionTest, parseConditionOperator } from '../conditions/index'
import { compileActionPattern } from '../match/action-matcher'
import { escapeForCondition, parseTemplate, resolveTemplate, type ContextLookup, type Template } from '../match/policy-variables'
import { compilePrincipal, type CompiledPrincipal } from '../match/principal-matcher'
import { compileResourcePattern } from '../match/resource-matcher'
import { protectWildcards, type StringMatcher } from '../match/wildcard'
import type { ContextKeyType, PolicyInput, PolicyType, Statement } from '../types'
import { BoundedCache } from './bounded-cache'

export type ConditionTest = (requestValues: string[] | undefined, requestType?: ContextKeyType) => boolean

/** A resource pattern: a fixed matcher, or a template resolved per request. */
export interface CompiledResourcePattern {
  /** Set when the pattern has no variables: the matcher itself, called directly. */
  fixed?: StringMatcher
  /** Matches, or undefined when a variable has no value (`onMissing` hears its key). */
  test(resource: string, lookup: ContextLookup, onMissing?: (key: string) => void): boolean | undefined
}

export interface CompiledConditionKey {
  /** The operator, key and values as the policy writes them (for explanations). */
  operator: string
  key: string
  policyValues: string[]
  lowerKey: string
  /** Set when the values have no policy variables: the test on the request's values alone. */
  plain?: ConditionTest
  test(lookup: ContextLookup, requestValues: string[] | undefined, requestType: ContextKeyType | undefined, onMissing?: (key: string) => void): boolean
}

export interface CompiledStatement {
  statement: Statement
  /** Lower-cased action patterns, as written (for the index). */
  actionPatterns: string[]
  actionMatchers: StringMatcher[]
  notAction: boolean
  /** Neither Action nor NotAction: matches no action. */
  noAction: boolean
  resources?: CompiledResourcePattern[]
  notResources?: CompiledResourcePattern[]
  conditions: CompiledConditionKey[]
  /** The Principal element, classified once (see match/principal-matcher.ts). */
  principal?: CompiledPrincipal
  /**
   * The MatchedStatement reported for this statement, per policy type (evaluate's
   * explanations): built once, frozen, shared by every result that cites it.
   */
  reported: (MatchedStatementShape | undefined)[]
}

type MatchedStatementShape = import('../types').MatchedStatement

/** Policy types as small numbers, the index into CompiledStatement.reported. */
export const POLICY_TYPE_NUMBER: Record<PolicyType, number> = { identity: 0, resource: 1, trust: 2, permissionsBoundary: 3, sessionPolicy: 4, serviceControlPolicy: 5, resourceControlPolicy: 6 }

/** The statement as a MatchedStatement of this policy type: built once, frozen, shared. */
export function matchedStatementFor(cs: CompiledStatement, type: PolicyType, input: PolicyInput): MatchedStatementShape {
  const t = POLICY_TYPE_NUMBER[type]
  let m = cs.reported[t]
  if (!m) {
    const st = cs.statement
    const r: MatchedStatementShape = { policyType: type, policyName: input.name, statementIndex: st.index, effect: st.effect, position: st.position }
    if (input.versionId !== undefined) r.versionId = input.versionId
    if (st.sid !== undefined) r.sid = st.sid
    if (st.end !== undefined) r.end = st.end
    m = cs.reported[t] = Object.freeze(r)
  }
  return m
}

// The substituted form of a template depends only on the values of its variables. When
// there is just one variable (the common case: ${aws:username}, ${aws:PrincipalTag/team})
// the compiled result is cached under that value itself, a string the request already
// holds, so a hit builds no string at all.
const NO_VALUE = '\u0000no value'

function onlyVariable(templates: Template[]): { key: string; lowerKey: string } | undefined {
  let found: { key: string; lowerKey: string } | undefined
  for (const t of templates) {
    for (const p of t.parts) {
      if (p.kind !== 'variable') continue
      if (found && found.lowerKey !== p.lowerKey) return undefined
      found ??= { key: p.key, lowerKey: p.lowerKey }
    }
  }
  return found
}

function variableCacheKey(lookup: ContextLookup, v: { key: string; lowerKey: string }): string {
  const values = lookup(v.key, v.lowerKey)
  return values !== undefined && values.length === 1 ? values[0] : NO_VALUE
}

function compileResource(pattern: string, variables: boolean): CompiledResourcePattern {
  const t = variables ? parseTemplate(pattern) : undefined
  if (!t || !t.hasVariables) {
    const m = compileResourcePattern(pattern)
    return { fixed: m, test: (r) => m(r) }
  }
  const only = onlyVariable([t])
  if (only) {
    // Per variable value: the matcher, or the keys that had no value.
    const cache = new BoundedCache<string, { m?: StringMatcher; missing: string[] }>(1024)
    return {
      test(resource, lookup, onMissing) {
        const k = variableCacheKey(lookup, only)
        let entry = cache.get(k)
        if (!entry) {
          const missing: string[] = []
          const resolved = resolveTemplate(t, lookup, protectWildcards, (key) => missing.push(key))
          entry = resolved === undefined ? { missing } : { m: compileResourcePattern(resolved), missing }
          cache.set(k, entry)
        }
        if (!entry.m) {
          if (onMissing) for (const key of entry.missing) onMissing(key)
          return undefined
        }
        return entry.m(resource)
      },
    }
  }
  const cache = new BoundedCache<string, StringMatcher>(512)
  return {
    test(resource, lookup, onMissing) {
      const resolved = resolveTemplate(t, lookup, protectWildcards, onMissing)
      if (resolved === undefined) return undefined
      let m = cache.get(resolved)
      if (!m) {
        m = compileResourcePattern(resolved)
        cache.set(resolved, m)
      }
      return m(resource)
    },
  }
}

const NEVER: ConditionTest = () => false

function compileConditionKey(opName: string, key: string, rawValues: string[], variables: boolean): CompiledConditionKey {
  const op = parseConditionOperator(opName)
  const lowerKey = key.toLowerCase()
  let templates: Template[] | undefined = variables && rawValues.some((v) => v.includes('${')) ? rawValues.map(parseTemplate) : undefined
  // Only ${*} ${?} ${$}: nothing to substitute per request; the operators read them.
  if (templates && templates.every((t) => t.parts.every((p) => p.kind !== 'variable'))) templates = undefined
  if (!templates) {
    // An unknown operator matches nothing; the validator rejects the policy anyway.
    const test = op ? compileConditionTest(op, rawValues, { specialCharacterVariables: variables }) : NEVER
    return { operator: opName, key, policyValues: rawValues, lowerKey, plain: test, test: (_l, values, type) => test(values, type) }
  }
  // A variable with no value makes its value null, which nothing equals or is like: it
  // drops out of the operator's values (see match/policy-variables.ts).
  const compileResolved = (lookup: ContextLookup, missing: (k: string) => void): ConditionTest => {
    const resolved: string[] = []
    for (const t of templates!) {
      const v = resolveTemplate(t, lookup, escapeForCondition, missing)
      if (v !== undefined) resolved.push(v)
    }
    return op ? compileConditionTest(op, resolved, { specialCharacterVariables: true }) : NEVER
  }
  const only = onlyVariable(templates)
  if (only) {
    const byValue = new BoundedCache<string, { test: ConditionTest; missing: string[] }>(1024)
    return {
      operator: opName,
      key,
      policyValues: rawValues,
      lowerKey,
      test(lookup, values, type, onMissing) {
        const k = variableCacheKey(lookup, only)
        let entry = byValue.get(k)
        if (!entry) {
          const missing: string[] = []
          entry = { test: compileResolved(lookup, (m) => missing.push(m)), missing }
          byValue.set(k, entry)
        }
        if (onMissing) for (const m of entry.missing) onMissing(m)
        return entry.test(values, type)
      },
    }
  }
  const cache = new BoundedCache<string, ConditionTest>(512)
  return {
    operator: opName,
    key,
    policyValues: rawValues,
    lowerKey,
    test(lookup, values, type, onMissing) {
      const resolved: string[] = []
      for (const t of templates) {
        const v = resolveTemplate(t, lookup, escapeForCondition, onMissing)
        if (v !== undefined) resolved.push(v)
      }
      const cacheKey = resolved.join('\u0000') + '\u0001' + resolved.length
      let test = cache.get(cacheKey)
      if (!test) {
        test = op ? compileConditionTest(op, resolved, { specialCharacterVariables: true }) : NEVER
        cache.set(cacheKey, test)
      }
      return test(values, type)
    },
  }
}

export function compileStatement(statement: Statement, variables: boolean): CompiledStatement {
  const patterns = (statement.action ?? statement.notAction ?? []).map((p) => p.toLowerCase())
  const conditions: CompiledConditionKey[] = []
  for (const [opName, keys] of Object.entries(statement.condition ?? {})) {
    for (const [key, values] of Object.entries(keys)) conditions.push(compileConditionKey(opName, key, values, variables))
  }
  const cs: CompiledStatement = {
    statement,
    actionPatterns: patterns,
    actionMatchers: patterns.map(compileActionPattern),
    notAction: !statement.action && !!statement.notAction,
    noAction: !statement.action && !statement.notAction,
    conditions,
    reported: [],
  }
  if (statement.principal) cs.principal = compilePrincipal(statement.principal)
  if (statement.resource) cs.resources = statement.resource.map((p) => compileResource(p, variables))
  else if (statement.notResource) cs.notResources = statement.notResource.map((p) => compileResource(p, variables))
  return cs
}

/** Does the statement's Action / NotAction cover this lower-cased action? */
export function statementCoversAction(cs: CompiledStatement, lowerAction: string): boolean {
  if (cs.noAction) return false
  let hit = false
  for (const m of cs.actionMatchers) if (m(lowerAction)) { hit = true; break }
  return cs.notAction ? !hit : hit
}
