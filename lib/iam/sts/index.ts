// STS (2011-06-15): temporary security credentials. Not in IAM_OPERATIONS: their
// authorization is not one gate question on one ARN (AssumeRole asks the role's trust
// policy, GetSessionToken and GetCallerIdentity need no permission).
export { assumeRole, assumeRoleSession, packedPolicySize, ROLE_CHAINING_MAX_SECONDS, type AssumeRoleResponse, type AssumedRoleSession } from './assume-role'
export { getCallerIdentity, userIdOf, type GetCallerIdentityResponse } from './get-caller-identity'
export { getSessionToken, mayCallIam, type GetSessionTokenResponse } from './get-session-token'
export { assumeRoleForConsole, type SwitchedRole, type SwitchRoleInput } from './switch-role'
export { callerOfRoleSession, temporaryCredentialOf, type StsCredentials, type TemporaryCredentialLookup } from './role-sessions'
export type { TAssumeRoleInput, TGetSessionTokenInput } from './sts-schemas'
