// Stored policy documents -> the engine's PolicyInput. Parsing is cached by cacheKey:
// a managed policy version's document never changes (AWS versions are immutable), and
// an inline policy's key carries its updatedAt, which every write moves forward, so a
// key always names one exact text. The engine caches the compiled form by the same key.
import { parsePolicy } from '@/lib/policy'
import type { Policy, PolicyInput } from '@/lib/policy/types'

const MAX_CACHED = 5_000
const parsedByKey = new Map<string, Policy>()

export class StoredPolicyUnreadableError extends Error {
  constructor(readonly policyName: string, readonly detail: string) {
    super(`The stored policy ${policyName} cannot be parsed: ${detail}`)
  }
}

function parsedPolicy(cacheKey: string, name: string, document: string): Policy {
  const cached = parsedByKey.get(cacheKey)
  if (cached) return cached
  const { policy, errors } = parsePolicy(document)
  // Documents are validated before they are stored, so this means a corrupt row. Failing
  // the request (rather than skipping the policy) keeps a Deny in it from being lost.
  if (!policy) throw new StoredPolicyUnreadableError(name, errors.map((e) => e.findingDetails).join('; '))
  if (parsedByKey.size >= MAX_CACHED) parsedByKey.delete(parsedByKey.keys().next().value as string)
  parsedByKey.set(cacheKey, policy)
  return policy
}

export function managedPolicyInput(policyArn: string, versionId: string, document: string): PolicyInput {
  const cacheKey = `${policyArn}#${versionId}`
  return { name: policyArn, versionId, cacheKey, policy: parsedPolicy(cacheKey, policyArn, document) }
}

export function inlinePolicyInput(ownerArn: string, policyName: string, updatedAt: Date, document: string): PolicyInput {
  const cacheKey = `${ownerArn}#inline#${policyName}#${updatedAt.toISOString()}`
  return { name: policyName, cacheKey, policy: parsedPolicy(cacheKey, policyName, document) }
}
