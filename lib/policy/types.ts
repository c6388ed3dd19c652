// The engine's public data shapes. Everything here is plain data: the engine takes
// no clock, no randomness and no I/O of its own (time arrives as aws:CurrentTime /
// aws:EpochTime in the request context).
//
// This file is the contract between lib/policy and its callers (lib/iam's gate, the
// simulator, the benchmark). Extend it; do not change the meaning of a field.

/** 1-based line and column of an element in the policy's JSON text. */
export interface SourcePosition {
  line: number
  column: number
}

export type PolicyLanguageVersion = '2012-10-17' | '2008-10-17'

export type Effect = 'Allow' | 'Deny'

/** Principal element as written: "*" or a map of AWS / Service / Federated / CanonicalUser to values. */
export type PrincipalElement = '*' | Record<string, string[]>

/** Condition block: operator (as written, e.g. "ForAnyValue:StringLikeIfExists") -> key -> values. */
export type ConditionBlock = Record<string, Record<string, string[]>>

export interface Statement {
  /** 0-based index in the policy's Statement array (0 when Statement is one object). */
  index: number
  sid?: string
  effect: Effect
  /** Exactly one of action / notAction is set on a valid statement; values as written. */
  action?: string[]
  notAction?: string[]
  resource?: string[]
  notResource?: string[]
  principal?: PrincipalElement
  notPrincipal?: PrincipalElement
  condition?: ConditionBlock
  position: SourcePosition
  /** Just past the statement's closing brace (for SimulateCustomPolicy's EndPosition). */
  end?: SourcePosition
}

export interface Policy {
  /** Absent Version means 2008-10-17, where policy variables are not substituted. */
  version: PolicyLanguageVersion
  id?: string
  statements: Statement[]
}

export type PolicyType =
  | 'identity'
  | 'resource'
  | 'trust'
  | 'permissionsBoundary'
  | 'sessionPolicy'
  | 'serviceControlPolicy'
  | 'resourceControlPolicy'

export type FindingType = 'ERROR' | 'SECURITY_WARNING' | 'WARNING' | 'SUGGESTION'

/** A validation finding, shaped like IAM Access Analyzer's ValidatePolicy findings. */
export interface Finding {
  findingType: FindingType
  /** Access Analyzer's issue code, e.g. "MISSING_EFFECT", "PASS_ROLE_WITH_STAR_IN_RESOURCE". */
  issueCode: string
  findingDetails: string
  /** JSON path of the element, e.g. "Statement[0].Action[1]". */
  path: string
  start: SourcePosition
  end: SourcePosition
}

/** A policy as handed to the evaluator: the parsed document plus how to name it in explanations. */
export interface PolicyInput {
  /** Policy name, ARN or simulator id ("PolicyInputList.1"), shown in explanations. */
  name: string
  /** Version id of a managed policy ("v3"); absent for inline and ad-hoc policies. */
  versionId?: string
  /** A stable cache key for the compiled form, e.g. "ARN#v3". Absent = compile every time. */
  cacheKey?: string
  policy: Policy
}

/** Typed context value, as in IAM's ContextEntry (ContextKeyType). */
export type ContextKeyType =
  | 'string' | 'stringList'
  | 'numeric' | 'numericList'
  | 'boolean' | 'booleanList'
  | 'ip' | 'ipList'
  | 'binary' | 'binaryList'
  | 'date' | 'dateList'

export interface ContextValue {
  type: ContextKeyType
  /** Always a list; single-valued types hold exactly one element. */
  values: string[]
}

export interface RequestPrincipal {
  /** e.g. arn:aws:iam::123456789012:user/alice, arn:aws:sts::123456789012:assumed-role/R/S, arn:aws:iam::123456789012:root */
  arn: string
  accountId: string
}

export interface EvaluationRequest {
  principal: RequestPrincipal
  action: string
  /** Resource ARN, or "*" for actions without resource-level permissions. */
  resource: string
  /** Owning account of the resource; same as the principal's for same-account requests. */
  resourceAccountId: string
  /** Context keys as AWS spells them (case-insensitive when looked up). */
  context: Record<string, ContextValue>
  /**
   * Optional second layer of context: the keys AWS derives from the principal
   * (aws:username, aws:userid, aws:PrincipalArn, aws:PrincipalTag/*, ...). Looked up after
   * `context`, which wins on a clash; lets a caller keep them once per session instead of
   * merging them into every request's context. Treated as immutable: build a new object
   * when the principal's keys change (its case-insensitive index is cached per object).
   */
  principalContext?: Record<string, ContextValue>
}

export interface PolicySet {
  identity: PolicyInput[]
  resource?: PolicyInput
  /**
   * What `resource` is. A role's trust policy must itself allow the caller; an ordinary
   * resource policy need not. Absent: inferred (sts:AssumeRole* and sts:TagSession read
   * it as a trust policy; a KMS key's policy is treated like a trust policy too).
   */
  resourcePolicyType?: 'resource' | 'trust'
  permissionsBoundary?: PolicyInput[]
  session?: PolicyInput[]
  /** Each entry is one level of the organization (root, OU, account): every level must allow. */
  serviceControlPolicies?: PolicyInput[][]
  resourceControlPolicies?: PolicyInput[][]
}

export type Decision = 'allowed' | 'explicitDeny' | 'implicitDeny'

/** A statement named in an explanation: which policy, which statement, where in the text. */
export interface MatchedStatement {
  /** The kind of policy that holds the statement. */
  policyType: PolicyType
  /** PolicyInput.name of that policy. */
  policyName: string
  /** PolicyInput.versionId, when the policy has one. */
  versionId?: string
  /** The statement's Sid, when it has one. */
  sid?: string
  /** 0-based index in the policy's Statement array (Statement.index). */
  statementIndex: number
  effect: Effect
  /** Where the statement starts in the policy's JSON text. */
  position: SourcePosition
  /** Just past the statement's closing brace, when the parser recorded it. */
  end?: SourcePosition
}

/**
 * One part of a statement that kept it from applying to the request (see
 * UnmatchedStatement.reasons). Values are as the policy wrote them: policy variables appear
 * unsubstituted ("${aws:PrincipalTag/team}"), and the UI may show the request's own
 * values beside them. The arrays are the policy's and the request's own: read-only.
 */
export type NonMatchReason = ResourceNonMatch | PrincipalNonMatch | ConditionNonMatch

export interface ResourceNonMatch {
  /**
   * 'Resource': none of the statement's Resource patterns matched the request's resource.
   * 'NotResource': one of its NotResource patterns matched it, or held a policy variable
   * with no value (such a statement does not apply; see evaluate-naive.ts).
   */
  part: 'Resource' | 'NotResource'
  /** The request's resource ARN (EvaluationRequest.resource; "*" for actions without resource-level permissions). */
  resource: string
  /** The statement's Resource or NotResource patterns, as written. */
  patterns: string[]
}

export interface PrincipalNonMatch {
  /**
   * Only in policies that name principals (resource and trust policies, RCPs).
   * 'Principal': the caller is not among the principals the statement names, or the
   * statement of a resource or trust policy names none (patterns null).
   * 'NotPrincipal': the caller is among the principals the statement excludes.
   */
  part: 'Principal' | 'NotPrincipal'
  /** The caller's ARN (EvaluationRequest.principal.arn). */
  principal: string
  /** The statement's Principal or NotPrincipal element as parsed; null when it has neither. */
  patterns: PrincipalElement | null
}

export interface ConditionNonMatch {
  /** One operator-and-key pair of the Condition block that was not met. */
  part: 'Condition'
  /** The operator as written, e.g. "IpAddress", "ForAnyValue:StringLikeIfExists" (also when it is not a known operator). */
  operator: string
  /** The condition key as written in the policy, e.g. "aws:SourceIp". */
  key: string
  /** The policy's values for the key, as written, e.g. ["10.0.0.0/8"]. */
  policyValues: string[]
  /** The request's values for the key (e.g. ["203.0.113.7"]; [] for an empty list); null when the request lacks the key ("missing"). */
  requestValues: string[] | null
}

/**
 * A statement whose Action / NotAction covers the request's action but that did not apply
 * to the request, Allow or Deny (a learner wants to know why a Deny did not fire, too).
 */
export interface UnmatchedStatement extends MatchedStatement {
  /**
   * Every part that failed, never empty, in this order: Resource / NotResource, then
   * Principal / NotPrincipal, then each condition that was not met (operators and keys in
   * the order the policy writes them). All parts are checked, so fixing one reason alone
   * may leave others.
   */
  reasons: NonMatchReason[]
}

export interface EvaluationResult {
  decision: Decision
  /**
   * Which policy type decided: for explicitDeny the type holding the deny; for
   * implicitDeny the type that failed to allow (e.g. "permissionsBoundary" when the
   * identity policies allow but the boundary does not); for allowed the type that
   * granted ("identity" or "resource").
   */
  decidingPolicyType: PolicyType | null
  matchedStatements: MatchedStatement[]
  /** Context keys the policies asked for that the request lacked (as written in the policies). */
  missingContextKeys: string[]
  /**
   * Per policy type present in the PolicySet (or with a statement that applied), that
   * type's own verdict, whatever the final decision: 'explicitDeny' when one of its Deny
   * statements applied, else 'allowed' when one of its Allow statements applied, else
   * 'implicitDeny'. So with identity policies that allow and a permissions boundary (or
   * session policy) that does not, details reads { identity: 'allowed',
   * permissionsBoundary: 'implicitDeny' } (or sessionPolicy: 'implicitDeny') and
   * decidingPolicyType names the boundary (session policy). SCPs and RCPs: 'allowed' when
   * an Allow applied at some organization level (decidingPolicyType tells when a level
   * did not allow). Complete in explain mode and from evaluateNaive; in gate mode a type
   * that decide() never had to ask about reads 'implicitDeny' even if it would allow.
   */
  details: Partial<Record<PolicyType, Decision>>
  /**
   * Explain mode only (evaluate with { explain: true }, and evaluateNaive); absent in gate
   * mode. Every statement whose Action / NotAction covers the request's action but that
   * did not apply, with why; statements that do not cover the action are left out (they
   * are irrelevant to the request). Policy order: SCPs (by level), RCPs (by level), the
   * resource or trust policy, identity policies, permissions boundary, session policies;
   * statements in document order. [] when every statement naming the action applied.
   */
  unmatchedStatements?: UnmatchedStatement[]
}
