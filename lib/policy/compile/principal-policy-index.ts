// The principal's side of a policy set (its identity policies, then its permissions
// boundary) indexed as one unit: for each action, the statements of all those policies
// that cover it, in policy order, in one flat list. A request then makes one lookup for
// the principal's side instead of one per attached policy, and touches only the
// statements that can apply (the per-policy walk chases several objects per policy).
//
// Keyed by the identity array the caller passes (a WeakMap: nothing leaks). A hit is used
// only if the same PolicyInput objects are still in it and the boundary array holds the
// same ones too, and no invalidation happened since it was built; anything else rebuilds.
// lib/iam can keep one PolicyInput[] per principal and policy version to benefit.

import { describePrincipalCached, type PrincipalIdentity } from '../match/principal-matcher'
import type { MatchedStatement, PolicyInput, RequestPrincipal } from '../types'
import { actionFacts, actionNumbering, type ActionFacts, type CompiledPolicy } from './compile-policy'
import type { StringMatcher } from '../match/wildcard'
import { matchedStatementFor, type CompiledConditionKey, type CompiledStatement } from './compile-statement'
import { compiledCacheGeneration, compiledPolicyFor } from './policy-cache'

export interface FlatCandidates {
  /** The action these candidates are for (lower-cased, numbered). */
  facts: ActionFacts
  /** Parallel arrays, one entry per statement (identity statements first, then boundary ones). */
  statements: CompiledStatement[]
  /** 1 where the statement's effect is Deny. */
  deny: Uint8Array
  /** What each statement reports when it applies (identity or boundary type), shared. */
  reported: MatchedStatement[]
  /** Index of the first boundary statement (identity statements come first). */
  firstBoundary: number
  /**
   * The statement's whole Resource / NotResource test as one matcher when its patterns have
   * no variables (null when some have: the general path resolves them per request), and
   * its conditions: the loop then decides the statement without visiting its compiled
   * objects, each of them one more fetch from memory on a request's path.
   */
  resourceMatcher: (StringMatcher | null)[]
  conditions: CompiledConditionKey[][]
  anyIdentityDeny: boolean
  anyBoundaryDeny: boolean
}

export interface PrincipalPolicyIndex {
  identity: PolicyInput[]
  boundary: PolicyInput[] | undefined
  generation: number
  compiled: CompiledPolicy[]
  boundaryCount: number
  /** By the action as callers spell it: one lookup per request gives the action's facts too. */
  byAction: Map<string, FlatCandidates>
  /** The principal last seen with these policies (a session's requests all share it). */
  who: PrincipalIdentity | undefined
}

// Actions a principal's index remembers before it starts afresh (request actions come from callers).
const MAX_ACTIONS_PER_INDEX = 4096

const cache = new WeakMap<PolicyInput[], PrincipalPolicyIndex>()

function sameInputs(a: PolicyInput[] | undefined, b: PolicyInput[] | undefined): boolean {
  if (a === b) return true
  if (!a || !b || a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

export function principalPolicyIndex(identity: PolicyInput[], boundary: PolicyInput[] | undefined): PrincipalPolicyIndex {
  const hit = cache.get(identity)
  if (hit && hit.generation === compiledCacheGeneration() && sameInputs(hit.identity, identity) && sameInputs(hit.boundary, boundary)) return hit
  const b = boundary?.length ? boundary : undefined
  const index: PrincipalPolicyIndex = {
    identity: [...identity],
    boundary: boundary ? [...boundary] : undefined,
    generation: compiledCacheGeneration(),
    compiled: [...identity.map(compiledPolicyFor), ...(b ?? []).map(compiledPolicyFor)],
    boundaryCount: b?.length ?? 0,
    byAction: new Map(),
    who: undefined,
  }
  cache.set(identity, index)
  return index
}

/** The principal's identity as the policies see it (describePrincipalCached, kept on the index). */
export function principalFor(index: PrincipalPolicyIndex, p: RequestPrincipal): PrincipalIdentity {
  const w = index.who
  if (w !== undefined && w.arn === p.arn && (w.kind !== 'other' || w.accountId === p.accountId)) return w
  return (index.who = describePrincipalCached(p))
}

export function flatCandidates(index: PrincipalPolicyIndex, action: string): FlatCandidates {
  let c = index.byAction.get(action)
  if (c !== undefined && c.facts.generation === actionNumbering()) return c
  c = buildFlatCandidates(index, actionFacts(action))
  if (index.byAction.size >= MAX_ACTIONS_PER_INDEX) index.byAction.clear()
  index.byAction.set(action, c)
  return c
}

function buildFlatCandidates(index: PrincipalPolicyIndex, facts: ActionFacts): FlatCandidates {
  const lowerAction = facts.lower
  const statements: CompiledStatement[] = []
  const denies: number[] = []
  const reported: MatchedStatement[] = []
  const resourceMatcher: (StringMatcher | null)[] = []
  const conditions: CompiledConditionKey[][] = []
  let firstBoundary = -1
  let anyIdentityDeny = false
  let anyBoundaryDeny = false
  const identityCount = index.compiled.length - index.boundaryCount
  index.compiled.forEach((p, i) => {
    const isBoundary = i >= identityCount
    if (isBoundary && firstBoundary < 0) firstBoundary = statements.length
    for (const cs of p.candidates(lowerAction).all) {
      statements.push(cs)
      denies.push(cs.statement.effect === 'Deny' ? 1 : 0)
      reported.push(matchedStatementFor(cs, isBoundary ? 'permissionsBoundary' : 'identity', p.input))
      resourceMatcher.push(wholeResourceMatcher(cs))
      conditions.push(cs.conditions)
      if (cs.statement.effect === 'Deny') {
        if (isBoundary) anyBoundaryDeny = true
        else anyIdentityDeny = true
      }
    }
  })
  return { facts, statements, deny: Uint8Array.from(denies), reported, firstBoundary: firstBoundary < 0 ? statements.length : firstBoundary, resourceMatcher, conditions, anyIdentityDeny, anyBoundaryDeny }
}

const ANY_RESOURCE: StringMatcher = () => true

/** Resource: some pattern matches; NotResource: none does; neither: every resource. */
function wholeResourceMatcher(cs: CompiledStatement): StringMatcher | null {
  const patterns = cs.resources ?? cs.notResources
  if (patterns === undefined) return ANY_RESOURCE
  const fixed: StringMatcher[] = []
  for (const p of patterns) {
    if (p.fixed === undefined) return null
    fixed.push(p.fixed)
  }
  const any: StringMatcher = fixed.length === 1 ? fixed[0] : (v) => {
    for (let i = 0; i < fixed.length; i++) if (fixed[i](v)) return true
    return false
  }
  return cs.resources ? any : (v) => !any(v)
}
