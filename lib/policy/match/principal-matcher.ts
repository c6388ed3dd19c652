// Principal / NotPrincipal in resource-based and trust policies:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
//
// How a Principal entry matches the caller decides what the match is worth (see
// evaluate/decide.ts): naming the caller itself (its user ARN, its role-session ARN, a
// service or federated provider) is a `direct` grant; naming the role whose session is
// calling is a `role` grant; naming the account (the 12-digit id or its `:root` ARN) only
// delegates to the account's own identity-based policies ("When you specify an AWS account
// ... you delegate authority to the account").
// Wildcards inside principal ARNs are not wildcards: "You cannot use a wildcard to match
// part of a principal name or ARN"; only "*" and {"AWS": "*"} mean everyone.

import type { PrincipalElement, RequestPrincipal } from '../types'

export type PrincipalMatch = 'wildcard' | 'direct' | 'role' | 'account'

export type PrincipalKind = 'user' | 'root' | 'role' | 'assumedRole' | 'federatedUser' | 'other'

export interface PrincipalIdentity {
  kind: PrincipalKind
  accountId: string
  arn: string
  /** For an assumed-role session: the role's name (its ARN's last path element). */
  roleName?: string
}

const ARN = /^arn:([^:]+):(iam|sts)::(\d{12}):(.*)$/

export function describePrincipal(p: RequestPrincipal): PrincipalIdentity {
  const m = ARN.exec(p.arn)
  if (!m) return { kind: 'other', accountId: p.accountId, arn: p.arn }
  const [, , service, accountId, rest] = m
  if (service === 'iam') {
    if (rest === 'root') return { kind: 'root', accountId, arn: p.arn }
    if (rest.startsWith('user/')) return { kind: 'user', accountId, arn: p.arn }
    if (rest.startsWith('role/')) return { kind: 'role', accountId, arn: p.arn, roleName: rest.slice(rest.lastIndexOf('/') + 1) }
  } else {
    if (rest.startsWith('assumed-role/')) {
      const [, roleName] = rest.split('/')
      return { kind: 'assumedRole', accountId, arn: p.arn, roleName }
    }
    if (rest.startsWith('federated-user/')) return { kind: 'federatedUser', accountId, arn: p.arn }
  }
  return { kind: 'other', accountId, arn: p.arn }
}

// The gate sees the same few callers over and over; their ARNs are parsed once.
const described = new Map<string, PrincipalIdentity>()

export function describePrincipalCached(p: RequestPrincipal): PrincipalIdentity {
  let d = described.get(p.arn)
  // A non-ARN principal (a service) takes its account from the request, not the ARN.
  if (!d || (d.kind === 'other' && d.accountId !== p.accountId)) {
    d = describePrincipal(p)
    if (described.size > 10_000) described.clear()
    described.set(p.arn, d)
  }
  return d
}

const ACCOUNT_ID = /^\d{12}$/
const ROOT_ARN = /^arn:[^:]+:iam::(\d{12}):root$/
const ROLE_ARN = /^arn:[^:]+:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/

/** How one value of Principal's "AWS" list matches the caller, if at all. */
function matchAwsValue(value: string, who: PrincipalIdentity): PrincipalMatch | undefined {
  return matchClassifiedAwsValue(classifyPrincipalValue('AWS', value), who)
}

const STRENGTH: Record<PrincipalMatch, number> = { account: 0, role: 1, wildcard: 2, direct: 3 }

/** The strongest way the Principal element names the caller, or undefined. */
export function matchPrincipal(element: PrincipalElement, who: PrincipalIdentity): PrincipalMatch | undefined {
  return matchCompiledPrincipal(compilePrincipal(element), who)
}

/** One value of a Principal element, classified once (compiled statements hold these). */
export interface CompiledPrincipalValue {
  /** "AWS", "Service", "Federated", "CanonicalUser" (another type matches nothing). */
  type: string
  value: string
  arnLike: boolean
  /** A bare account id, or the account of an account-root ARN. */
  account?: string
  /** A role ARN's account and name (matches that role's sessions). */
  roleAccount?: string
  roleName?: string
}

/** "*", or the element's values classified: matchPrincipal without parsing per request. */
export type CompiledPrincipal = '*' | CompiledPrincipalValue[]

export function compilePrincipal(element: PrincipalElement): CompiledPrincipal {
  if (element === '*') return '*'
  const out: CompiledPrincipalValue[] = []
  for (const [type, values] of Object.entries(element)) for (const value of values) out.push(classifyPrincipalValue(type, value))
  return out
}

function classifyPrincipalValue(type: string, value: string): CompiledPrincipalValue {
  const v: CompiledPrincipalValue = { type, value, arnLike: value.startsWith('arn:') }
  if (type !== 'AWS') return v
  const root = ROOT_ARN.exec(value)
  if (ACCOUNT_ID.test(value)) v.account = value
  else if (root) v.account = root[1]
  const role = ROLE_ARN.exec(value)
  if (role) {
    v.roleAccount = role[1]
    v.roleName = role[2]
  }
  return v
}

/** How one classified value of the "AWS" list names the caller, if at all. */
function matchClassifiedAwsValue(v: CompiledPrincipalValue, who: PrincipalIdentity): PrincipalMatch | undefined {
  const value = v.value
  if (value === '*') return 'wildcard'
  // A service name ("lambda.amazonaws.com") under "AWS" names no AWS principal.
  if (value === who.arn) return who.kind === 'role' ? 'role' : v.arnLike ? 'direct' : undefined
  // The 12-digit id or the account's root ARN: the account itself.
  if (v.account !== undefined) return v.account === who.accountId ? 'account' : undefined
  // The role whose session is calling.
  if (who.kind === 'assumedRole' && v.roleAccount === who.accountId && v.roleName !== undefined && v.roleName === who.roleName) return 'role'
  return undefined
}

/** The strongest way a compiled Principal element names the caller, or undefined. */
export function matchCompiledPrincipal(element: CompiledPrincipal, who: PrincipalIdentity): PrincipalMatch | undefined {
  if (element === '*') return 'wildcard'
  let best: PrincipalMatch | undefined
  for (let i = 0; i < element.length; i++) {
    const v = element[i]
    let m: PrincipalMatch | undefined
    if (v.type === 'AWS') m = matchClassifiedAwsValue(v, who)
    else if (v.type === 'Service' || v.type === 'Federated' || v.type === 'CanonicalUser') m = v.value === who.arn ? 'direct' : undefined
    if (m !== undefined && (best === undefined || STRENGTH[m] > STRENGTH[best])) best = m
  }
  return best
}

/**
 * NotPrincipal excludes the caller only when every identity the caller carries is listed:
 * the account, and the user, or the role and the role session. AWS: "When you use
 * NotPrincipal with Deny, you must also specify the account ARN of the not-denied
 * principal", and for a role session both the role ARN and the assumed-role session ARN
 * (reference_policies_elements_notprincipal.html). So {"AWS": userArn} alone still
 * denies that user: the account identity is not excluded.
 */
export function isExcludedByNotPrincipal(element: PrincipalElement, who: PrincipalIdentity): boolean {
  if (element === '*') return true
  const listed = (want: (m: PrincipalMatch | undefined, type: string, v: string) => boolean): boolean => {
    for (const [type, values] of Object.entries(element)) {
      for (const v of values) if (want(type === 'AWS' ? matchAwsValue(v, who) : v === who.arn ? 'direct' : undefined, type, v)) return true
    }
    return false
  }
  if (listed((m) => m === 'wildcard')) return true
  if (who.kind === 'other') return listed((m) => m === 'direct')
  const account = listed((m) => m === 'account')
  if (who.kind === 'root') return account
  if (who.kind === 'assumedRole') return account && listed((m) => m === 'role') && listed((m) => m === 'direct')
  if (who.kind === 'role') return account && listed((m) => m === 'role')
  return account && listed((m) => m === 'direct')
}
