// Who is making a request, as lib/iam sees it. Built by lib/auth from a console
// session, by lib/aws-api from a SigV4-signed request (long-term or temporary keys), or
// by lib/iam/sts from a role session, and passed to every lib/iam operation, which
// hands it to the gate.

export interface RequestMeta {
  sourceIp?: string
  userAgent?: string
  /** true for HTTPS (aws:SecureTransport). */
  secureTransport?: boolean
  /** The region a signed API request is scoped to (a role's RoleLastUsed region). */
  region?: string
}

interface CallerBase {
  accountId: string
  /** arn:aws:iam::ACCOUNT:root, arn:aws:iam::ACCOUNT:user/PATH/NAME, arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION */
  arn: string
  /** The console session (or role session) id, so a revoked session stops at once. */
  sessionId?: string
  /** Set when the session signed in with MFA: aws:MultiFactorAuthPresent / aws:MultiFactorAuthAge. */
  mfaAuthenticatedAt?: Date
  /** When STS issued the temporary credentials in use: aws:TokenIssueTime. */
  tokenIssuedAt?: Date
  request?: RequestMeta
}

export interface RootCaller extends CallerBase {
  kind: 'root'
}

export interface UserCaller extends CallerBase {
  kind: 'user'
  userId: string // AIDA...
  userName: string
}

/** What an AssumeRole call attached to its session (lib/iam/sts). */
export interface RoleSessionAttributes {
  /** The inline session policy (AssumeRole's Policy), as given. */
  policy?: string
  /** Managed session policies (PolicyArns). */
  policyArns: string[]
  /** Session tags (with those passed on by role chaining): aws:PrincipalTag/*, over the role's own tags. */
  tags: Record<string, string>
  transitiveTagKeys: string[]
  sourceIdentity?: string
  expiresAt: Date
}

/** An assumed-role session: arn is arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION. */
export interface AssumedRoleCaller extends CallerBase {
  kind: 'assumed-role'
  roleId: string // AROA...
  roleName: string
  /** The role's own ARN, with its path: aws:PrincipalArn. */
  roleArn: string
  sessionName: string
  /** The RoleSession row. */
  sessionId: string
  tokenIssuedAt: Date
  session: RoleSessionAttributes
}

export type Caller = RootCaller | UserCaller | AssumedRoleCaller
