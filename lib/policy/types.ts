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

export interface MatchedStatement {
  policyType: PolicyType
  policyName: string
  versionId?: string
  sid?: string
  statementIndex: number
  effect: Effect
  position: SourcePosition
  /** Just past the statement's closing brace, when the parser recorded it. */
  end?: SourcePosition
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
  /** Per policy type: allowed / explicitDeny / implicitDeny, for the simulator's EvalDecisionDetails. */
  details: Partial<Record<PolicyType, Decision>>
}
