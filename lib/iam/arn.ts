// IAM ARNs, as in "IAM ARNs" of the IAM User Guide (reference_identifiers.html):
//   arn:aws:iam::123456789012:root
//   arn:aws:iam::123456789012:user/division_abc/subdivision_xyz/Bob     (path + name)
//   arn:aws:iam::aws:policy/service-role/AmazonEC2RoleforSSM         (AWS managed)
//   arn:aws:sts::123456789012:assumed-role/Accounting-Role/Mary      (no role path)
// A path starts and ends with "/" and, between them, holds printable ASCII without
// spaces (U+0021-U+007E), at most 512 characters in all; "/" alone is the default.

export const PARTITION = 'aws'
export const AWS_MANAGED_ACCOUNT = 'aws'

const PATH_PATTERN = /^(\/|\/[\u0021-\u007E]+\/)$/
export const MAX_PATH_LENGTH = 512

export function isValidIamPath(path: string): boolean {
  return path.length >= 1 && path.length <= MAX_PATH_LENGTH && PATH_PATTERN.test(path)
}

/** Throws AWS's ValidationError text for a path that breaks AWS's rules. */
export function assertValidIamPath(path: string): void {
  if (path.length > MAX_PATH_LENGTH) {
    throw new Error(`1 validation error detected: Value '${path}' at 'path' failed to satisfy constraint: Member must have length less than or equal to ${MAX_PATH_LENGTH}`)
  }
  if (!isValidIamPath(path)) {
    throw new Error(
      `1 validation error detected: Value '${path}' at 'path' failed to satisfy constraint: Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)`,
    )
  }
}

function iamArn(account: string, resourceType: string, path: string, name: string): string {
  assertValidIamPath(path)
  return `arn:${PARTITION}:iam::${account}:${resourceType}${path}${name}`
}

export const userArn = (account: string, path: string, name: string) => iamArn(account, 'user', path, name)
export const groupArn = (account: string, path: string, name: string) => iamArn(account, 'group', path, name)
export const roleArn = (account: string, path: string, name: string) => iamArn(account, 'role', path, name)
export const policyArn = (account: string, path: string, name: string) => iamArn(account, 'policy', path, name)
export const awsManagedPolicyArn = (path: string, name: string) => iamArn(AWS_MANAGED_ACCOUNT, 'policy', path, name)
/** A virtual MFA device (CreateVirtualMFADevice takes an optional path, default "/"). */
export const mfaArn = (account: string, name: string, path = '/') => iamArn(account, 'mfa', path, name)
export const rootArn = (account: string) => `arn:${PARTITION}:iam::${account}:root`
/** The principal of an assumed-role session; AWS leaves the role's path out of it. */
export const assumedRoleArn = (account: string, roleName: string, sessionName: string) =>
  `arn:${PARTITION}:sts::${account}:assumed-role/${roleName}/${sessionName}`

export type IamArn =
  | { service: 'iam'; accountId: string; resourceType: 'root'; path: ''; name: '' }
  | { service: 'iam'; accountId: string; resourceType: 'user' | 'group' | 'role' | 'policy' | 'mfa'; path: string; name: string }
  | { service: 'sts'; accountId: string; resourceType: 'assumed-role'; path: ''; name: string; sessionName: string }

const PATHED_TYPES = new Set(['user', 'group', 'role', 'policy', 'mfa'])

/** Splits an IAM or STS principal ARN into its parts; null when it is not one. */
export function parseIamArn(arn: string): IamArn | null {
  const match = /^arn:aws:(iam|sts)::(\d{12}|aws):(.+)$/.exec(arn)
  if (!match) return null
  const [, service, accountId, resource] = match as unknown as [string, 'iam' | 'sts', string, string]
  if (service === 'sts') {
    const sts = /^assumed-role\/([^/]+)\/([^/]+)$/.exec(resource)
    if (!sts || accountId === AWS_MANAGED_ACCOUNT) return null
    return { service, accountId, resourceType: 'assumed-role', path: '', name: sts[1]!, sessionName: sts[2]! }
  }
  if (resource === 'root') {
    return accountId === AWS_MANAGED_ACCOUNT ? null : { service, accountId, resourceType: 'root', path: '', name: '' }
  }
  const slash = resource.indexOf('/')
  const lastSlash = resource.lastIndexOf('/')
  if (slash < 0) return null
  const resourceType = resource.slice(0, slash)
  if (!PATHED_TYPES.has(resourceType)) return null
  // Only policies live in the "aws" pseudo-account.
  if (accountId === AWS_MANAGED_ACCOUNT && resourceType !== 'policy') return null
  const path = resource.slice(slash, lastSlash + 1)
  const name = resource.slice(lastSlash + 1)
  if (!name || !isValidIamPath(path)) return null
  return { service, accountId, resourceType: resourceType as 'user', path, name }
}
