// Who is making a request, as lib/iam sees it. Built by lib/auth from a console
// session (or, later, from a SigV4-signed API request or an assumed-role session) and
// passed to every lib/iam operation, which hands it to the gate.

export interface RequestMeta {
  sourceIp?: string
  userAgent?: string
  /** true for HTTPS (aws:SecureTransport). */
  secureTransport?: boolean
}

interface CallerBase {
  accountId: string
  /** arn:aws:iam::ACCOUNT:root, arn:aws:iam::ACCOUNT:user/PATH/NAME, arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION */
  arn: string
  /** The console session (or role session) id, so a revoked session stops at once. */
  sessionId?: string
  /** Set when the session signed in with MFA: aws:MultiFactorAuthPresent / aws:MultiFactorAuthAge. */
  mfaAuthenticatedAt?: Date
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

/** Seam for the STS issue: an assumed-role session. */
export interface AssumedRoleCaller extends CallerBase {
  kind: 'assumed-role'
  roleId: string // AROA...
  roleName: string
  sessionName: string
}

export type Caller = RootCaller | UserCaller | AssumedRoleCaller
