// The request context of an IAM call, filled the way AWS fills it (IAM User Guide,
// "AWS global condition context keys" and "IAM condition context keys"). The operation
// passes the keys that come from its request (aws:RequestTag/*, aws:TagKeys,
// iam:PermissionsBoundary, iam:PolicyARN, iam:PassedToService); the gate adds the
// principal's keys, the resource's keys and the request's network and time keys.
import type { ContextValue } from '@/lib/policy/types'
import type { Caller } from './caller'

export type RequestContext = Record<string, ContextValue>

export const str = (value: string): ContextValue => ({ type: 'string', values: [value] })
export const strList = (values: string[]): ContextValue => ({ type: 'stringList', values })
export const bool = (value: boolean): ContextValue => ({ type: 'boolean', values: [String(value)] })
export const num = (value: number): ContextValue => ({ type: 'numeric', values: [String(value)] })
export const arnValue = (value: string): ContextValue => ({ type: 'string', values: [value] })

/** aws:RequestTag/* and aws:TagKeys for a request that sets tags. */
export function requestTagContext(tags: { Key: string; Value: string }[] | undefined): RequestContext {
  if (!tags || tags.length === 0) return {}
  const context: RequestContext = { 'aws:TagKeys': strList(tags.map((t) => t.Key)) }
  for (const t of tags) context[`aws:RequestTag/${t.Key}`] = str(t.Value)
  return context
}

/** aws:TagKeys for a request that removes tags (UntagUser, UntagRole, UntagPolicy). */
export function tagKeysContext(keys: string[]): RequestContext {
  return keys.length ? { 'aws:TagKeys': strList(keys) } : {}
}

/** AWS writes aws:CurrentTime as ISO 8601 to the second. */
function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

interface PrincipalFacts {
  tags: Record<string, string>
}

export function principalContext(caller: Caller, facts: PrincipalFacts, now: Date): RequestContext {
  const context: RequestContext = {
    // A role session's aws:PrincipalArn is the role's ARN, not the session's (global
    // condition keys, aws:PrincipalArn).
    'aws:PrincipalArn': arnValue(caller.kind === 'assumed-role' ? caller.roleArn : caller.arn),
    'aws:PrincipalAccount': str(caller.accountId),
    'aws:CurrentTime': { type: 'date', values: [isoSeconds(now)] },
    'aws:EpochTime': { type: 'numeric', values: [String(Math.floor(now.getTime() / 1000))] },
    // IAM is a global service: its requests are made in us-east-1.
    'aws:RequestedRegion': str('us-east-1'),
    // Always in the context: the console's calls are made by the principal itself, not
    // by an AWS service on its behalf (so Deny ... Bool aws:ViaAWSService false applies).
    'aws:ViaAWSService': bool(false),
    'aws:PrincipalIsAWSService': bool(false),
  }
  switch (caller.kind) {
    case 'root':
      context['aws:PrincipalType'] = str('Account')
      context['aws:userid'] = str(caller.accountId)
      break
    case 'user':
      context['aws:PrincipalType'] = str('User')
      context['aws:userid'] = str(caller.userId)
      context['aws:username'] = str(caller.userName)
      break
    case 'assumed-role':
      context['aws:PrincipalType'] = str('AssumedRole')
      context['aws:userid'] = str(`${caller.roleId}:${caller.sessionName}`)
      if (caller.session.sourceIdentity !== undefined) context['aws:SourceIdentity'] = str(caller.session.sourceIdentity)
      break
  }
  // To the millisecond: AWSRevokeOlderSessions compares it with the moment of revocation,
  // and a session issued later in the same second must stay valid.
  if (caller.tokenIssuedAt !== undefined) context['aws:TokenIssueTime'] = { type: 'date', values: [caller.tokenIssuedAt.toISOString()] }
  for (const [key, value] of Object.entries(facts.tags)) context[`aws:PrincipalTag/${key}`] = str(value)
  // aws:MultiFactorAuthPresent is in the context only for temporary credentials (a
  // console session is one); long-term access keys leave it out entirely, which is why
  // AWS recommends BoolIfExists for it.
  if (caller.sessionId !== undefined) {
    context['aws:MultiFactorAuthPresent'] = bool(caller.mfaAuthenticatedAt !== undefined)
    if (caller.mfaAuthenticatedAt !== undefined) {
      const age = Math.max(0, Math.floor((now.getTime() - caller.mfaAuthenticatedAt.getTime()) / 1000))
      context['aws:MultiFactorAuthAge'] = num(age)
    }
  }
  const request = caller.request
  if (request?.sourceIp) context['aws:SourceIp'] = { type: 'ip', values: [request.sourceIp] }
  if (request?.userAgent) context['aws:UserAgent'] = str(request.userAgent)
  if (request?.secureTransport !== undefined) context['aws:SecureTransport'] = bool(request.secureTransport)
  return context
}

export function resourceContext(attributes: { tags: Record<string, string>; permissionsBoundaryArn?: string }): RequestContext {
  const context: RequestContext = {}
  for (const [key, value] of Object.entries(attributes.tags)) {
    context[`aws:ResourceTag/${key}`] = str(value)
    context[`iam:ResourceTag/${key}`] = str(value)
  }
  if (attributes.permissionsBoundaryArn) context['iam:PermissionsBoundary'] = arnValue(attributes.permissionsBoundaryArn)
  return context
}
