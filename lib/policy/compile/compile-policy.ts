// A policy compiled once per version: its statements compiled, then indexed by the
// actions they name so that a request looks at only the statements that can apply.
//
// The index has three buckets (minio's updateActionIndex, OPA's rule indexing): exact
// lower-cased actions, service prefixes (for patterns like "s3:Get*" whose wildcard stays
// after the colon), and a wildcard bucket for everything else ("*", "s3*", NotAction).
// The first request for an action builds that action's candidate list from the buckets,
// filtered by the real matchers and kept in statement order, split into Deny and Allow;
// later requests for the action reuse it. Deny candidates are checked first.

import { hasWildcard } from '../match/wildcard'
import type { PolicyInput } from '../types'
import { BoundedCache } from './bounded-cache'
import { compileStatement, statementCoversAction, type CompiledStatement } from './compile-statement'

export interface ActionCandidates {
  /** Every statement that covers the action, in statement order (explain mode). */
  all: CompiledStatement[]
  denies: CompiledStatement[]
  allows: CompiledStatement[]
}

export interface CompiledPolicy {
  input: PolicyInput
  statements: CompiledStatement[]
  /** Statements whose Action/NotAction covers the lower-cased action, in statement order. */
  candidates(lowerAction: string): ActionCandidates
  /** The same, by the action's number from actionId() (one array read on the hot path). */
  candidatesById(id: number, lowerAction: string): ActionCandidates
}

// Every lower-cased action seen gets a small integer, so that each compiled policy can
// keep its candidate lists in an array indexed by it instead of a string-keyed map: a
// request then costs one map lookup for the action, not one per policy. The registry is
// bounded (request actions come from callers); when it is reset, the generation changes
// and every policy drops its arrays.
const MAX_ACTIONS = 50_000
let actionIds = new Map<string, number>()
let generation = 0

export function actionId(lowerAction: string): number {
  let id = actionIds.get(lowerAction)
  if (id === undefined) {
    if (actionIds.size >= MAX_ACTIONS) {
      actionIds = new Map()
      generation++
    }
    id = actionIds.size
    actionIds.set(lowerAction, id)
  }
  return id
}

/** What the evaluator needs to know of a request's action, looked up once per request. */
export interface ActionFacts {
  /** The action lower-cased (actions match case-insensitively). */
  lower: string
  /** Its number from actionId(). */
  id: number
  generation: number
}

// Keyed by the action as the caller spells it ("s3:GetObject"): one lookup per request
// instead of lower-casing, then numbering, the same string again and again.
let factsByAction = new Map<string, ActionFacts>()

/** Changes whenever action numbers are handed out anew: facts of an older one are stale. */
export function actionNumbering(): number {
  return generation
}

export function actionFacts(action: string): ActionFacts {
  let f = factsByAction.get(action)
  if (f === undefined || f.generation !== generation) {
    if (factsByAction.size >= MAX_ACTIONS) factsByAction = new Map()
    const lower = action.toLowerCase()
    const id = actionId(lower)
    f = { lower, id, generation }
    factsByAction.set(action, f)
  }
  return f
}

export function compilePolicy(input: PolicyInput): CompiledPolicy {
  const variables = input.policy.version === '2012-10-17'
  const statements = input.policy.statements.map((s) => compileStatement(s, variables))
  const exact = new Map<string, CompiledStatement[]>()
  const byService = new Map<string, CompiledStatement[]>()
  const wildcard: CompiledStatement[] = []
  const add = (m: Map<string, CompiledStatement[]>, k: string, cs: CompiledStatement) => {
    const list = m.get(k)
    if (!list) m.set(k, [cs])
    else if (list[list.length - 1] !== cs) list.push(cs)
  }
  for (const cs of statements) {
    if (cs.noAction) continue
    if (cs.notAction) { wildcard.push(cs); continue }
    for (const p of cs.actionPatterns) {
      const colon = p.indexOf(':')
      if (!hasWildcard(p)) add(exact, p, cs)
      else if (colon > 0 && !hasWildcard(p.slice(0, colon))) add(byService, p.slice(0, colon), cs)
      else { if (wildcard[wildcard.length - 1] !== cs) wildcard.push(cs); }
    }
  }
  const order = new Map(statements.map((cs, i) => [cs, i]))
  const memo = new BoundedCache<string, ActionCandidates>(4096)
  let byId: ActionCandidates[] = []
  let byIdGeneration = generation
  const policy: CompiledPolicy = {
    input,
    statements,
    candidatesById(id, lowerAction) {
      if (byIdGeneration !== generation) {
        byId = []
        byIdGeneration = generation
      }
      return (byId[id] ??= policy.candidates(lowerAction))
    },
    candidates(lowerAction) {
      let c = memo.get(lowerAction)
      if (c) return c
      const colon = lowerAction.indexOf(':')
      const pool = new Set<CompiledStatement>([
        ...(exact.get(lowerAction) ?? []),
        ...(colon > 0 ? byService.get(lowerAction.slice(0, colon)) ?? [] : []),
        ...wildcard,
      ])
      const hits = [...pool].filter((cs) => statementCoversAction(cs, lowerAction)).sort((a, b) => order.get(a)! - order.get(b)!)
      c = { all: hits, denies: hits.filter((cs) => cs.statement.effect === 'Deny'), allows: hits.filter((cs) => cs.statement.effect === 'Allow') }
      memo.set(lowerAction, c)
      return c
    },
  }
  return policy
}
