// Drives @cloud-copilot/iam-simulate over the workload exactly as
// ../shared/bench/policy/anchor-iam-simulate.mjs does: its core authorize(), every policy
// loaded once with iam-policy's loadPolicy(), a fresh request object per request, Strict
// mode. The package is AGPL and a devDependency: only this benchmark runs it, from
// node_modules, and nothing under lib/ imports it.

import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Workload } from './workload'

export type SimDecision = 'Allowed' | 'ImplicitlyDenied' | 'ExplicitlyDenied'

export interface IamSimulateRunner {
  version: string
  decide(i: number): SimDecision
}

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function loadIamSimulate(repoRoot: string, w: Workload): Promise<IamSimulateRunner> {
  const req = createRequire(join(repoRoot, 'noop.js'))
  const cjsIndex = req.resolve('@cloud-copilot/iam-simulate')
  const esmRoot = join(dirname(cjsIndex), '..', 'esm')
  const esm = (p: string): Promise<any> => import(pathToFileURL(join(esmRoot, p)).href)
  const { authorize } = await esm('core_engine/CoreSimulatorEngine.js')
  const { AwsRequestImpl } = await esm('request/request.js')
  const { RequestContextImpl } = await esm('requestContext.js')
  const { DiscoveryContextKeyConstraints } = await esm('context_keys/discoveryContextKeyConstraints.js')
  const { isWildcardOnlyAction } = await esm('util.js')
  const reqFromSim = createRequire(cjsIndex)
  const policyCjs = reqFromSim.resolve('@cloud-copilot/iam-policy')
  const { loadPolicy } = await import(pathToFileURL(join(dirname(policyCjs), '..', 'esm', 'index.js')).href)
  const version = (JSON.parse(readFileSync(join(dirname(cjsIndex), '..', '..', 'package.json'), 'utf8')) as { version: string }).version

  const account = w.account.id
  const toSimValue = (v: unknown) => (Array.isArray(v) ? v.map(String) : String(v))
  const simContext = (pctx: Record<string, unknown>, rctx: Record<string, unknown>) => {
    const out: Record<string, string | string[]> = {}
    for (const [k, v] of Object.entries(pctx)) out[k] = toSimValue(v)
    for (const [k, v] of Object.entries(rctx)) out[k] = toSimValue(v)
    return out
  }
  const managed = w.policies.map((p) => loadPolicy(p.document, { name: p.arn }))
  const principals = w.principals.map((p) => ({
    arn: p.arn,
    context: p.context,
    identity: [...p.policies.map((i) => managed[i]), ...p.inline.map((x) => loadPolicy(x.document, { name: `${p.arn}#${x.name}` }))],
    boundaries: p.boundary === null ? undefined : [managed[p.boundary]],
  }))
  const resourcePolicies = w.resourcePolicies.map((r) => loadPolicy(r.document, { name: r.resource }))
  const wildcardOnly = new Map<string, boolean>()
  for (const r of w.requests) {
    if (!wildcardOnly.has(r.action)) {
      const [s, a] = r.action.split(':')
      wildcardOnly.set(r.action, await isWildcardOnlyAction(s, a))
    }
  }
  const simulationParameters = { simulationMode: 'Strict', discoveryContextKeyConstraints: new DiscoveryContextKeyConstraints([]) }
  const serviceSettings = { s3: { blockPublicAccess: undefined } }
  const none: unknown[] = []
  return {
    version,
    decide(i) {
      const r = w.requests[i]
      const p = principals[r.principal]
      const request = new AwsRequestImpl(p.arn, { resource: r.resource, accountId: account }, r.action,
        new RequestContextImpl(simContext(p.context, r.context)), wildcardOnly.get(r.action))
      return authorize({
        request,
        sessionPolicy: undefined,
        identityPolicies: p.identity,
        serviceControlPolicies: none,
        resourceControlPolicies: none,
        resourcePolicy: r.resourcePolicy === undefined ? undefined : resourcePolicies[r.resourcePolicy],
        permissionBoundaries: p.boundaries,
        vpcEndpointPolicies: undefined,
        simulationParameters,
        serviceSettings,
      }).result as SimDecision
    },
  }
}
