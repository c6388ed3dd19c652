// Actions AWS performs without asking the policies at all. STS API Reference,
// GetCallerIdentity: "No permissions are required to perform this operation. If an
// administrator attaches a policy to your identity that explicitly denies access to the
// sts:GetCallerIdentity action, you can still perform this operation. Permissions are not
// required because the same information is returned when access is denied."
import { lowerKey } from './request-context'

const UNAUTHORIZED_ACTIONS = new Set(['sts:getcalleridentity'])

export function needsNoAuthorization(action: string): boolean {
  return UNAUTHORIZED_ACTIONS.has(lowerKey(action))
}

/** The same, for an action already lower-cased. */
export function lowerActionNeedsNoAuthorization(lowerAction: string): boolean {
  return UNAUTHORIZED_ACTIONS.has(lowerAction)
}
