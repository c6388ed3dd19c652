// IAM ARNs, as in "IAM ARNs" of the IAM User Guide (reference_identifiers.html):
//   arn:aws:iam::123456789012:root
//   arn:aws:iam::123456789012:user/division_abc/subdivision_xyz/Bob     (path + name)
//   arn:aws:iam::aws:policy/service-role/AmazonEC2RoleforSSM         (AWS managed)
//   arn:aws:iam::123456789012:u2f/user/Bob/MyKey-ABC...              (security key)
//   arn:aws:sts::123456789012:assumed-role/Accounting-Role/Mary      (no role path)
// A path starts and ends with "/" and, between them, holds printable ASCII without
// spaces (U+0021-U+007E), at most 512 characters in all; "/" alone is the default.
// Every IAM ARN the app forms or takes apart goes through this module; the policy engine
// (lib/policy) keeps its own ARN matching, as it imports nothing outside itself.

export const PARTITION = 'aws'
export const AWS_MANAGED_ACCOUNT = 'aws'

export const IAM_PATH_PATTERN = /^(\/|\/[\u0021-\u007E]+\/)$/
/** IAM_PATH_PATTERN as AWS prints it in a ValidationError. */
export const IAM_PATH_PATTERN_TEXT = '(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)'
export const MAX_PATH_LENGTH = 512

export function isValidIamPath(path: string): boolean {
  return path.length >= 1 && path.length <= MAX_PATH_LENGTH && IAM_PATH_PATTERN.test(path)
}

export type PathedResourceType = 'user' | 'group' | 'role' | 'policy' | 'mfa' | 'u2f'

/**
 * An entity's ARN from its account, path and name. The path is taken as given: IAM
 * checks Path (ZPath) before anything forms an ARN from it.
 */
export function iamArn(account: string, resourceType: PathedResourceType, path: string, name: string): string {
  return `arn:${PARTITION}:iam::${account}:${resourceType}${path}${name}`
}

export const userArn = (account: string, path: string, name: string) => iamArn(account, 'user', path, name)
export const groupArn = (account: string, path: string, name: string) => iamArn(account, 'group', path, name)
export const roleArn = (account: string, path: string, name: string) => iamArn(account, 'role', path, name)
export const policyArn = (account: string, path: string, name: string) => iamArn(account, 'policy', path, name)
export const awsManagedPolicyArn = (path: string, name: string) => iamArn(AWS_MANAGED_ACCOUNT, 'policy', path, name)
/** A virtual MFA device (CreateVirtualMFADevice takes an optional path, default "/"). */
export const mfaArn = (account: string, name: string, path = '/') => iamArn(account, 'mfa', path, name)
/** A security key's serial number: u2f/user/NAME/DEVICE, or u2f/root/DEVICE for the root user (userName null). */
export const securityKeyArn = (account: string, userName: string | null, deviceName: string) =>
  iamArn(account, 'u2f', userName === null ? '/root/' : `/user/${userName}/`, deviceName)
export const rootArn = (account: string) => `arn:${PARTITION}:iam::${account}:root`
export const samlProviderArn = (account: string, name: string) => `arn:${PARTITION}:iam::${account}:saml-provider/${name}`
/** The principal of an assumed-role session; AWS leaves the role's path out of it. */
export const assumedRoleArn = (account: string, roleName: string, sessionName: string) =>
  `arn:${PARTITION}:sts::${account}:assumed-role/${roleName}/${sessionName}`

/**
 * What ListUsers, ListGroups and ListRoles authorize: the type and the path prefix being
 * listed, with no name (AWS's denial reads "... on resource: arn:aws:iam::ACCOUNT:user/").
 * A PathPrefix need not end in "/", so it is not an IAM path.
 */
export const pathPrefixArn = (account: string, resourceType: 'user' | 'group' | 'role', pathPrefix = '/') =>
  `arn:${PARTITION}:iam::${account}:${resourceType}${pathPrefix}`

export const isAwsManagedPolicyArn = (arn: string) => arn.startsWith(`arn:${PARTITION}:iam::${AWS_MANAGED_ACCOUNT}:policy/`)

/** The account field of any ARN (arn:partition:service:region:account:resource); "" when there is none. */
export const accountOfArn = (arn: string): string => arn.split(':')[4] ?? ''

/** The resource field of any ARN: everything after the account ("user/a/b", "policy/x"). */
export const resourceOfArn = (arn: string): string => arn.split(':').slice(5).join(':')

/** An entity's or a managed policy's name: the last element of its ARN (names never hold "/"). */
export const nameOfArn = (arn: string): string => arn.slice(arn.lastIndexOf('/') + 1)

export type IamArn =
  | { service: 'iam'; accountId: string; resourceType: 'root'; path: ''; name: '' }
  | { service: 'iam'; accountId: string; resourceType: PathedResourceType; path: string; name: string }
  | { service: 'sts'; accountId: string; resourceType: 'assumed-role'; path: ''; name: string; sessionName: string }

const PATHED_TYPES = new Set<string>(['user', 'group', 'role', 'policy', 'mfa', 'u2f'])

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
  return { service, accountId, resourceType: resourceType as PathedResourceType, path, name }
}

/** A managed policy's parts from its ARN (AWS managed or customer managed); null for any other ARN. */
export function parsePolicyArn(arn: string): { accountId: string; path: string; name: string } | null {
  const parsed = parseIamArn(arn)
  return parsed?.resourceType === 'policy' ? { accountId: parsed.accountId, path: parsed.path, name: parsed.name } : null
}

/** A virtual MFA device's serial number is its mfa/ ARN; a security key's is a u2f/ one. */
export const isVirtualMfaSerial = (serialNumber: string) => parseIamArn(serialNumber)?.resourceType === 'mfa'

/**
 * The ARN an entity will have after UpdateUser/UpdateGroup with NewPath and/or NewName:
 * `arn` with its path and name replaced.
 */
export function renamedArn(arn: string, newPath: string | undefined, newName: string | undefined): string {
  const parsed = parseIamArn(arn)
  if (!parsed || parsed.resourceType === 'root' || parsed.service === 'sts') throw new Error(`Not an IAM entity ARN: ${arn}`)
  return iamArn(parsed.accountId, parsed.resourceType, newPath ?? parsed.path, newName ?? parsed.name)
}
