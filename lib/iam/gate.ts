// The gate: every lib/iam operation asks it, before touching data, whether the caller
// may perform `action` on `resourceArn`. It fills the request context, loads the
// principal's policies and asks the one evaluator (lib/policy). Denials throw AWS's
// AccessDenied with AWS's wording and carry the evaluation, so the console can show the
// deciding policy and statement.
//
// No principal-level cache across requests: what applies to the user (which policies,
// which versions, boundary, tags) is read once per request (request-memo.ts), in one SQL
// query that returns cache keys rather than documents (load-gate-facts.ts).
// So a change to a policy, version, attachment, membership, boundary or tag is seen by
// the very next request, in this process and in any other one sharing the database. Parsing and compiling are cached
// per key, and keys change whenever a document does; bench/gate.ts measures the rest.
import { evaluate, parsePolicy } from '@/lib/policy'
import type { Decision as EngineDecision, EvaluationRequest, EvaluationResult, PolicyInput, PolicySet, PolicyType } from '@/lib/policy/types'
import { loadPrincipalFacts, loadResourceFacts, loadRoleSessionFacts, type ResourceAttributes, type RoleSessionPrincipal, type UserPrincipal } from '@/lib/iam/load-gate-facts'
import type { Db } from '@/lib/db/client'
import type { AssumedRoleCaller, Caller, RootCaller } from './caller'
import { iamDatabase } from './database'
import { IamError } from './errors'
import { ACCOUNT_CHANGE_PASSWORD_GRANT, ACCOUNT_CHANGE_PASSWORD_GRANT_NAME } from './passwords/account-change-password-grant'
import { memoizedForRequest } from './request-memo'
import { principalContext, resourceContext, type RequestContext } from './request-context'
import { accountOfArn, AWS_MANAGED_ACCOUNT } from './arn'
import { immutablePolicyInput } from './policy-input'

export interface Decision extends EvaluationResult {
  caller: Caller
  action: string
  resourceArn: string
}

// Counts authorize() calls so the gate-coverage test can prove that an operation asked
// the gate (a counter rather than a module mock: operations import authorize directly).
let authorizeCalls = 0
export const gateCallCount = (): number => authorizeCalls

/** The account that owns an ARN; AWS managed policies (account "aws") are readable from every account. */
function resourceAccountOf(resourceArn: string, caller: Caller): string {
  if (resourceArn === '*') return caller.accountId
  const account = accountOfArn(resourceArn)
  return account === '' || account === AWS_MANAGED_ACCOUNT ? caller.accountId : account
}

const ALLOWED_AS_ROOT: EvaluationResult = {
  decision: 'allowed',
  decidingPolicyType: null,
  matchedStatements: [],
  missingContextKeys: [],
  details: {},
}

// IAM entities have no resource-based policy, so another account's IAM resource is
// denied for every principal (AWS: cross-account access needs both sides to allow).
const NO_RESOURCE_POLICY: EvaluationResult = {
  decision: 'implicitDeny',
  decidingPolicyType: 'resource',
  matchedStatements: [],
  missingContextKeys: [],
  details: { resource: 'implicitDeny' },
}

// AllowUsersToChangePassword "does not attach a permissions policy to each user, rather
// the permissions are applied at the account-level for all users by IAM" (API reference,
// PasswordPolicy). The gate applies it as one more identity-based policy, under a name
// that says where it comes from, so the simulator and explanations can show it.
const ACCOUNT_CHANGE_PASSWORD_POLICY: PolicyInput = {
  name: ACCOUNT_CHANGE_PASSWORD_GRANT_NAME,
  cacheKey: `account-grant#${ACCOUNT_CHANGE_PASSWORD_GRANT_NAME}`,
  policy: parsePolicy(ACCOUNT_CHANGE_PASSWORD_GRANT).policy!,
}

/** The user's identity-based policies with the account-level grants its account gives. */
function withAccountGrants(principal: UserPrincipal | null): PolicySet {
  if (!principal) return { identity: [] }
  if (!principal.allowedToChangeOwnPassword) return principal.policySet
  return { ...principal.policySet, identity: [...principal.policySet.identity, ACCOUNT_CHANGE_PASSWORD_POLICY] }
}

export function authorize(caller: Caller, action: string, resourceArn: string, context: RequestContext = {}): Promise<Decision> {
  return authorizeIn(iamDatabase(), caller, action, resourceArn, context)
}

/** authorize() against a given database (for operations that take their database as a dependency). */
export async function authorizeIn(
  db: Db,
  caller: Caller,
  action: string,
  resourceArn: string,
  context: RequestContext = {},
): Promise<Decision> {
  authorizeCalls++
  const resourceAccountId = resourceAccountOf(resourceArn, caller)
  const crossAccount = resourceAccountId !== caller.accountId

  let result: EvaluationResult
  let evaluated: { request: EvaluationRequest; policies: PolicySet } | undefined
  if (crossAccount) {
    result = NO_RESOURCE_POLICY
  } else if (caller.kind === 'root') {
    // The root user can't be limited by identity-based policies (SCPs, which could, are
    // out of scope here).
    result = ALLOWED_AS_ROOT
  } else {
    const [principal, resource] = await Promise.all([principalOf(db, caller), loadResourceFacts(db, resourceArn)])
    evaluated = {
      // Request-specific keys win over the resource's (CreateUser's iam:PermissionsBoundary
      // is the requested boundary, not an existing one).
      request: userRequest(caller, action, resourceArn, { ...principalContext(caller, { tags: principal.tags }, new Date()), ...resourceContext(resource), ...context }),
      policies: principal.policySet,
    }
    result = evaluate(evaluated.request, evaluated.policies)
  }

  if (result.decision !== 'allowed') throw accessDenied(caller, action, resourceArn, result, evaluated)
  return { ...result, caller, action, resourceArn }
}

/**
 * AWS's AccessDenied for a denial, explained in full: evaluated again in explain mode,
 * which finds every statement that applies and what each policy type said (the fast path
 * stops at the first answer). Denials are rare next to allows, so the gate's speed is the
 * fast path's.
 */
function accessDenied(caller: Caller, action: string, resourceArn: string, result: EvaluationResult, evaluated?: { request: EvaluationRequest; policies: PolicySet }): IamError {
  const explained = evaluated ? evaluate(evaluated.request, evaluated.policies, { explain: true }) : result
  return new IamError('AccessDenied', accessDeniedMessage(caller.arn, action, resourceArn, explained), {
    evaluation: explained,
    ...(evaluated ? { request: evaluated.request, policies: evaluated.policies } : {}),
  })
}

/** The caller's policies, tags and boundary: read once per request (lib/iam/request-memo.ts). */
function callerFacts(db: Db, userId: string): Promise<UserPrincipal | null> {
  return memoizedForRequest(db, `principal#${userId}`, () => loadPrincipalFacts(db, userId))
}

function roleSessionFacts(db: Db, caller: AssumedRoleCaller): Promise<RoleSessionPrincipal | null> {
  return memoizedForRequest(db, `role-session#${caller.sessionId}`, () => loadRoleSessionFacts(db, caller.roleId, caller.sessionId))
}

/** What the engine evaluates for a caller: its policy set and aws:PrincipalTag/*. */
interface PrincipalEvaluation {
  policySet: PolicySet
  tags: Record<string, string>
}

const SESSION_POLICY_NAME = 'SessionPolicy'
// Stands for session policies that no longer exist: allows nothing.
const NO_SESSION_POLICY_LEFT: PolicyInput = { name: 'PolicyArns', cacheKey: 'role-session#no-session-policy-left', policy: { version: '2012-10-17', statements: [] } }

/**
 * A role session is evaluated with the role's identity policies and boundary, and its
 * session policies (the inline Policy and the PolicyArns) as the engine's session step:
 * the session gets the intersection (IAM User Guide, "Session policies"). Session tags
 * override the role's tags of the same key ("Passing session tags in AWS STS"). A
 * session whose role or row is gone gets no policies at all.
 */
async function principalOf(db: Db, caller: Exclude<Caller, RootCaller>): Promise<PrincipalEvaluation> {
  if (caller.kind === 'user') {
    const principal = await callerFacts(db, caller.userId)
    return { policySet: withAccountGrants(principal), tags: principal?.tags ?? {} }
  }
  const facts = await roleSessionFacts(db, caller)
  if (!facts) return { policySet: { identity: [] }, tags: {} }
  const session = [...(facts.policySet.session ?? [])]
  if (caller.session.policy !== undefined) {
    session.unshift(immutablePolicyInput(`role-session#${caller.sessionId}#policy`, SESSION_POLICY_NAME, caller.session.policy))
  }
  // A session created with PolicyArns whose policies are all gone still has session
  // policies: it must not gain the role's full permissions.
  const hadSessionPolicies = caller.session.policy !== undefined || caller.session.policyArns.length > 0
  if (hadSessionPolicies && session.length === 0) session.push(NO_SESSION_POLICY_LEFT)
  const policySet: PolicySet = { ...facts.policySet, ...(hadSessionPolicies ? { session } : {}) }
  return { policySet, tags: { ...facts.tags, ...caller.session.tags } }
}

/**
 * A call on a resource that has its own policy (a role's trust policy for sts:AssumeRole
 * and sts:TagSession): evaluated with the caller's policies and that policy, as AWS
 * evaluates a resource-based policy, root included (a trust policy must trust the
 * account or the root user for root to assume the role). Throws AccessDenied as
 * authorize() does.
 */
export async function authorizeWithResourcePolicy(
  db: Db,
  caller: Caller,
  action: string,
  resourceArn: string,
  resourcePolicy: PolicyInput,
  resourcePolicyType: 'resource' | 'trust',
  context: RequestContext = {},
): Promise<Decision> {
  authorizeCalls++
  const principal = caller.kind === 'root' ? { policySet: { identity: [] }, tags: {} } : await principalOf(db, caller)
  const request = userRequest(caller, action, resourceArn, { ...principalContext(caller, { tags: principal.tags }, new Date()), ...context })
  const policies: PolicySet = { ...principal.policySet, resource: resourcePolicy, resourcePolicyType }
  const result = evaluate(request, policies)
  if (result.decision !== 'allowed') throw accessDenied(caller, action, resourceArn, result, { request, policies })
  return { ...result, caller, action, resourceArn }
}

function userRequest(caller: Caller, action: string, resourceArn: string, context: RequestContext): EvaluationRequest {
  return { principal: { arn: caller.arn, accountId: caller.accountId }, action, resource: resourceArn, resourceAccountId: resourceAccountOf(resourceArn, caller), context }
}

/** A resource of a batch question: its ARN and what the gate reads about it (tags, boundary). */
export interface GateResource {
  arn: string
  attributes: ResourceAttributes
}

/**
 * For pages that show, beside a list, data AWS returns from other calls (the users
 * list's Groups column is ListGroupsForUser's answer per user): whether the caller may
 * perform each action on each resource, as authorize() would answer, without throwing.
 * The caller's policies are loaded once for the whole batch and each answer is one
 * evaluation (compiled policies are cached), so a page of 100 users and five columns
 * costs one query and 500 evaluations instead of 500 queries. These answers decide
 * what a page shows, not a call the caller made, so they write no event.
 * Returns allowed[resourceIndex][actionIndex].
 */
export async function allowedOnEach(db: Db, caller: Caller, actions: readonly string[], resources: readonly GateResource[]): Promise<boolean[][]> {
  authorizeCalls++
  const sameAccount = (arn: string) => resourceAccountOf(arn, caller) === caller.accountId
  if (caller.kind === 'root') return resources.map((r) => actions.map(() => sameAccount(r.arn)))
  if (resources.length === 0) return []
  const { policySet, tags } = await principalOf(db, caller)
  const callerContext = principalContext(caller, { tags }, new Date())
  return resources.map((r) => {
    if (!sameAccount(r.arn)) return actions.map(() => false)
    const context = { ...callerContext, ...resourceContext(r.attributes) }
    return actions.map((action) => evaluate(userRequest(caller, action, r.arn, context), policySet).decision === 'allowed')
  })
}

// AWS's phrases, from "Troubleshoot access denied error messages" (IAM User Guide,
// troubleshoot_access-denied.html): "with an explicit deny in a <type>" and "because no
// <type> allows the <action> action".
const POLICY_TYPE_PHRASE: Record<PolicyType, string> = {
  identity: 'identity-based policy',
  resource: 'resource-based policy',
  trust: 'resource-based policy',
  permissionsBoundary: 'permissions boundary',
  sessionPolicy: 'session policy',
  serviceControlPolicy: 'service control policy',
  resourceControlPolicy: 'resource control policy',
}

const article = (phrase: string) => (/^[aeiou]/.test(phrase) ? 'an' : 'a')

export function accessDeniedMessage(
  principalArn: string,
  action: string,
  resourceArn: string,
  result: { decision: EngineDecision; decidingPolicyType: PolicyType | null },
): string {
  const phrase = POLICY_TYPE_PHRASE[result.decidingPolicyType ?? 'identity']
  const reason =
    result.decision === 'explicitDeny'
      ? `with an explicit deny in ${article(phrase)} ${phrase}`
      : `because no ${phrase} allows the ${action} action`
  return `User: ${principalArn} is not authorized to perform: ${action} on resource: ${resourceArn} ${reason}`
}
