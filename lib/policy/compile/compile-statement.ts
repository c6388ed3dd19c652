// One statement compiled once: action patterns to matchers over the lower-cased action,
// resource patterns to matchers (variable-bearing ones to templates whose substituted
// forms are cached), conditions through lib/policy/conditions' compileConditionTest.

import { compileConditionTest, parseConditionOperator } from '../conditions/index'
import { compileActionPattern } from '../match/action-matcher'
import { escapeForCondition, isNegatedOperatorBase, parseTemplate, resolveTemplate, type ContextLookup, type Template } from '../match/policy-variables'
import { compileResourcePattern } from '../match/resource-matcher'
import { protectWildcards, type StringMatcher } from '../match/wildcard'
import type { ContextKeyType, Statement } from '../types'
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
  key: string
  lowerKey: string
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
}

function compileResource(pattern: string, variables: boolean): CompiledResourcePattern {
  const t = variables ? parseTemplate(pattern) : undefined
  if (!t || !t.hasVariables) {
    const m = compileResourcePattern(pattern)
    return { fixed: m, test: (r) => m(r) }
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
    return { key, lowerKey, test: (_l, values, type) => test(values, type) }
  }
  const cache = new BoundedCache<string, ConditionTest>(512)
  const negated = !op || isNegatedOperatorBase(op.base)
  return {
    key,
    lowerKey,
    test(lookup, values, type, onMissing) {
      const resolved: string[] = []
      let unresolved = false
      for (const t of templates) {
        const v = resolveTemplate(t, lookup, escapeForCondition, onMissing)
        if (v !== undefined) resolved.push(v)
        else unresolved = true
      }
      // With the key absent, the operator's missing-key rule decides, values unseen.
      if (unresolved && negated && values !== undefined) return false
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
  }
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
