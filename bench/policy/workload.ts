// The shared benchmark workload (format iam-policy-bench/1, see ../shared/bench/policy/README.md)
// turned into this engine's inputs: every document parsed once into a PolicyInput with a
// cache key, the way lib/iam's loaders hand policies to the gate.

import { parsePolicy } from '../../lib/policy/index'
import type { ContextKeyType, ContextValue, EvaluationRequest, PolicyInput, PolicySet } from '../../lib/policy/index'

export interface Workload {
  format: string
  seed: number
  account: { id: string; partition: string }
  contextKeyTypes: Record<string, string>
  policies: { name: string; arn: string; path: string; document: unknown }[]
  principals: {
    name: string
    arn: string
    context: Record<string, unknown>
    policies: number[]
    inline: { name: string; document: unknown }[]
    boundary: number | null
  }[]
  resourcePolicies: { resource: string; kind: string; document: unknown }[]
  requests: { principal: number; action: string; resource: string; context: Record<string, unknown>; resourcePolicy?: number }[]
}

export function toPolicyInput(name: string, document: unknown, cacheKey: string): PolicyInput {
  const parsed = parsePolicy(JSON.stringify(document))
  if (!parsed.policy) throw new Error(`${name}: ${parsed.errors.map((e) => `${e.issueCode} ${e.findingDetails}`).join('; ')}`)
  return { name, cacheKey, policy: parsed.policy }
}

export interface PreparedPrincipal {
  arn: string
  identity: PolicyInput[]
  permissionsBoundary?: PolicyInput[]
  /** The principal's own context keys, typed once: a signed-in session holds these. */
  context: Record<string, ContextValue>
}

export interface PreparedWorkload {
  account: string
  types: Map<string, ContextKeyType>
  principals: PreparedPrincipal[]
  resourcePolicies: PolicyInput[]
}

export function prepareWorkload(w: Workload): PreparedWorkload {
  if (w.format !== 'iam-policy-bench/1') throw new Error(`unexpected workload format ${w.format}`)
  const managed = w.policies.map((p) => toPolicyInput(p.arn, p.document, `${p.arn}#v1`))
  return {
    account: w.account.id,
    types: new Map(Object.entries(w.contextKeyTypes) as [string, ContextKeyType][]),
    principals: w.principals.map((p) => ({
      arn: p.arn,
      identity: [...p.policies.map((i) => managed[i]), ...p.inline.map((x) => toPolicyInput(`${p.arn}#${x.name}`, x.document, `${p.arn}#inline#${x.name}`))],
      ...(p.boundary === null ? {} : { permissionsBoundary: [managed[p.boundary]] }),
      context: Object.fromEntries(Object.entries(p.context).map(([k, v]) => [k, contextValue((w.contextKeyTypes[k] ?? 'string') as ContextKeyType, v)])),
    })),
    resourcePolicies: w.resourcePolicies.map((r, i) => toPolicyInput(r.resource, r.document, `resource#${i}#${r.resource}`)),
  }
}

function contextValue(type: ContextKeyType, v: unknown): ContextValue {
  return { type, values: typeof v === 'string' ? [v] : Array.isArray(v) ? v.map(String) : [String(v)] }
}

// The same conversion for one request's keys, written out again on purpose: V8 decides per
// allocation site (per literal in the code) whether to allocate straight into the old
// generation, and it does so for a site whose objects survive, as the principals' values
// above do. Sharing that site made every request's short-lived values old-generation
// garbage (5 MB promoted per scavenge, ten times the scavenge cost, and full collections).
function requestContextValue(type: ContextKeyType, v: unknown): ContextValue {
  return { type, values: typeof v === 'string' ? [v] : Array.isArray(v) ? v.map(String) : [String(v)] }
}

/**
 * The README's "Deciding one request": the union of the principal's and the request's
 * context. The request's keys are typed per request; the principal's are typed once and
 * passed as EvaluationRequest.principalContext, the way the gate holds them per session.
 */
export function buildRequest(pw: PreparedWorkload, r: Workload['requests'][number]): { request: EvaluationRequest; policies: PolicySet } {
  const p = pw.principals[r.principal]
  const context: Record<string, ContextValue> = {}
  for (const k in r.context) context[k] = requestContextValue(pw.types.get(k) ?? 'string', r.context[k])
  const policies: PolicySet = { identity: p.identity }
  if (p.permissionsBoundary) policies.permissionsBoundary = p.permissionsBoundary
  if (r.resourcePolicy !== undefined) policies.resource = pw.resourcePolicies[r.resourcePolicy]
  return {
    request: { principal: { arn: p.arn, accountId: pw.account }, action: r.action, resource: r.resource, resourceAccountId: pw.account, context, principalContext: p.context },
    policies,
  }
}
