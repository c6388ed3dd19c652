// Stored policy documents -> the engine's PolicyInput. Parsing is cached by cacheKey,
// and the engine caches the compiled form by the same key, so a key must name one exact
// text forever:
//   managed  ARN#versionId#rowId         a version's document never changes (AWS
//                                        versions are immutable); the row id tells a
//                                        policy deleted and re-created under the same
//                                        ARN (whose v1 is a different text) apart
//   inline   owner#inline#name#updatedAt#rowId
//                                        every write moves updatedAt forward (see
//                                        inline-policy-store.ts); an owner rename
//                                        changes the owner ARN
// Keys are never invalidated: a changed policy simply has a new key, which is why a
// change is seen on the next request by every process sharing the database.
import type { Db } from '@/lib/db/client'
import { parsePolicy } from '@/lib/policy'
import type { Policy, PolicyInput } from '@/lib/policy/types'

const MAX_CACHED = 5_000
const parsedByKey = new Map<string, { name: string; versionId?: string; policy: Policy }>()

export class StoredPolicyUnreadableError extends Error {
  constructor(readonly policyName: string, readonly detail: string) {
    super(`The stored policy ${policyName} cannot be parsed: ${detail}`)
  }
}

/** A policy named by its cache key, before its document is known. */
export type PolicyRef =
  | { kind: 'managed'; policyArn: string; versionId: string; rowId: string }
  | { kind: 'inline'; ownerArn: string; name: string; rowId: string; updatedAt: string }

export const managedCacheKey = (policyArn: string, versionId: string, rowId: string) => `${policyArn}#${versionId}#${rowId}`
export const inlineCacheKey = (ownerArn: string, name: string, updatedAt: string, rowId: string) => `${ownerArn}#inline#${name}#${updatedAt}#${rowId}`
const keyOf = (ref: PolicyRef) =>
  ref.kind === 'managed' ? managedCacheKey(ref.policyArn, ref.versionId, ref.rowId) : inlineCacheKey(ref.ownerArn, ref.name, ref.updatedAt, ref.rowId)

function remember(cacheKey: string, name: string, versionId: string | undefined, document: string): void {
  const { policy, errors } = parsePolicy(document)
  // Documents are validated before they are stored, so this means a corrupt row. Failing
  // the request (rather than skipping the policy) keeps a Deny in it from being lost.
  if (!policy) throw new StoredPolicyUnreadableError(name, errors.map((e) => e.findingDetails).join('; '))
  if (parsedByKey.size >= MAX_CACHED) parsedByKey.delete(parsedByKey.keys().next().value as string)
  parsedByKey.set(cacheKey, versionId === undefined ? { name, policy } : { name, versionId, policy })
}

function toInput(cacheKey: string): PolicyInput {
  const entry = parsedByKey.get(cacheKey)!
  return entry.versionId === undefined
    ? { name: entry.name, cacheKey, policy: entry.policy }
    : { name: entry.name, versionId: entry.versionId, cacheKey, policy: entry.policy }
}

/** Reads and parses the documents of the refs not parsed yet (two queries at most). */
export async function fetchMissingDocuments(db: Db, refs: PolicyRef[]): Promise<void> {
  const missing = refs.filter((r) => !parsedByKey.has(keyOf(r)))
  const versionIds = missing.filter((r) => r.kind === 'managed').map((r) => r.rowId)
  const inlineIds = missing.filter((r) => r.kind === 'inline').map((r) => r.rowId)
  const [versions, inlines] = await Promise.all([
    versionIds.length ? db.policyVersion.findMany({ where: { id: { in: versionIds } }, select: { id: true, document: true } }) : [],
    inlineIds.length ? db.inlinePolicy.findMany({ where: { id: { in: inlineIds } }, select: { id: true, document: true } }) : [],
  ])
  const documents = new Map([...versions, ...inlines].map((row) => [row.id, row.document]))
  for (const ref of missing) {
    const document = documents.get(ref.rowId)
    // Gone between the two reads (deleted meanwhile): the next request sees the new state.
    if (document === undefined) throw new StoredPolicyUnreadableError(ref.kind === 'managed' ? ref.policyArn : ref.name, 'it was changed while being read')
    if (ref.kind === 'managed') remember(keyOf(ref), ref.policyArn, ref.versionId, document)
    else remember(keyOf(ref), ref.name, undefined, document)
  }
}

export function cachedPolicyInput(ref: PolicyRef): PolicyInput {
  return toInput(keyOf(ref))
}

/** A document that never changes under its key (a role session's inline session policy), parsed once. */
export function immutablePolicyInput(cacheKey: string, name: string, document: string): PolicyInput {
  if (!parsedByKey.has(cacheKey)) remember(cacheKey, name, undefined, document)
  return toInput(cacheKey)
}
