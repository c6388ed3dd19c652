// What the crash test checks after a SIGKILL: that every acknowledged write is in the
// database (later acknowledgements taken into account: a deleted user's key is gone), and
// that no table holds a row whose parent is gone.
import type { Db } from '@/lib/db/create-prisma-client'
import { isPostgresUrl } from '@/lib/db/create-prisma-client'

export const CRASH_CLIENTS = 20

export type Ack =
  | { kind: 'user'; user: string }
  | { kind: 'policy'; arn: string }
  | { kind: 'version'; arn: string; versionId: string }
  | { kind: 'attachment'; user: string; arn: string }
  | { kind: 'accessKey'; user: string; accessKeyId: string }
  | { kind: 'tag'; user: string; key: string; value: string }
  | { kind: 'deletedUser'; user: string }

/** The acknowledged writes that are not in the database, each described in a line. */
export async function missingAcknowledgedWrites(db: Db, acks: Ack[]): Promise<string[]> {
  const deleted = new Set(acks.flatMap((a) => (a.kind === 'deletedUser' ? [a.user] : [])))
  const users = new Map((await db.user.findMany({ where: { name: { startsWith: 'crash-' } }, include: { tags: true, accessKeys: true, attachedPolicies: { include: { policy: true } } } })).map((u) => [u.name, u]))
  const policies = new Map((await db.managedPolicy.findMany({ where: { name: { startsWith: 'crash-' } }, include: { versions: true } })).map((p) => [p.arn, p]))
  const missing: string[] = []
  for (const a of acks) {
    const what = JSON.stringify(a)
    switch (a.kind) {
      case 'user':
        if (deleted.has(a.user) ? users.has(a.user) : !users.has(a.user)) missing.push(`${what}: user ${deleted.has(a.user) ? 'not deleted' : 'missing'}`)
        break
      case 'deletedUser':
        if (users.has(a.user)) missing.push(`${what}: user still there`)
        break
      case 'policy':
        if (!policies.has(a.arn)) missing.push(`${what}: policy missing`)
        break
      case 'version': {
        const policy = policies.get(a.arn)
        const version = policy?.versions.find((v) => v.versionId === a.versionId)
        if (!version?.isDefault || policy?.defaultVersionId !== a.versionId) missing.push(`${what}: not the default version`)
        break
      }
      case 'attachment':
        if (!deleted.has(a.user) && !users.get(a.user)?.attachedPolicies.some((p) => p.policy.arn === a.arn)) missing.push(`${what}: not attached`)
        break
      case 'accessKey':
        if (!deleted.has(a.user) && !users.get(a.user)?.accessKeys.some((k) => k.id === a.accessKeyId)) missing.push(`${what}: key missing`)
        break
      case 'tag':
        if (!deleted.has(a.user) && !users.get(a.user)?.tags.some((t) => t.key === a.key && t.value === a.value)) missing.push(`${what}: tag missing`)
        break
    }
  }
  return missing
}

// Each query lists rows whose parent is gone (or a policy whose default version is not
// exactly one existing version); the foreign keys should make every one impossible.
const ORPHAN_QUERIES: Record<string, string> = {
  'user attachment without its user or policy': `SELECT a."userId" AS id FROM "UserPolicyAttachment" a LEFT JOIN "User" u ON u."id" = a."userId" LEFT JOIN "ManagedPolicy" p ON p."id" = a."policyId" WHERE u."id" IS NULL OR p."id" IS NULL`,
  'group attachment without its group or policy': `SELECT a."groupId" AS id FROM "GroupPolicyAttachment" a LEFT JOIN "Group" g ON g."id" = a."groupId" LEFT JOIN "ManagedPolicy" p ON p."id" = a."policyId" WHERE g."id" IS NULL OR p."id" IS NULL`,
  'role attachment without its role or policy': `SELECT a."roleId" AS id FROM "RolePolicyAttachment" a LEFT JOIN "Role" r ON r."id" = a."roleId" LEFT JOIN "ManagedPolicy" p ON p."id" = a."policyId" WHERE r."id" IS NULL OR p."id" IS NULL`,
  'policy version without its policy': `SELECT v."id" AS id FROM "PolicyVersion" v LEFT JOIN "ManagedPolicy" p ON p."id" = v."policyId" WHERE p."id" IS NULL`,
  'policy whose default version is missing or not the only default': `SELECT p."id" AS id FROM "ManagedPolicy" p WHERE 1 <> (SELECT COUNT(*) FROM "PolicyVersion" v WHERE v."policyId" = p."id" AND v."isDefault" = true AND v."versionId" = p."defaultVersionId") OR 1 <> (SELECT COUNT(*) FROM "PolicyVersion" v WHERE v."policyId" = p."id" AND v."isDefault" = true)`,
  'access key without its user': `SELECT k."id" AS id FROM "AccessKey" k LEFT JOIN "User" u ON u."id" = k."userId" WHERE u."id" IS NULL`,
  'tag without its owner': `SELECT t."id" AS id FROM "Tag" t LEFT JOIN "User" u ON u."id" = t."userId" LEFT JOIN "Role" r ON r."id" = t."roleId" LEFT JOIN "ManagedPolicy" p ON p."id" = t."policyId" LEFT JOIN "MfaDevice" m ON m."id" = t."mfaDeviceId" WHERE u."id" IS NULL AND r."id" IS NULL AND p."id" IS NULL AND m."id" IS NULL`,
  'group membership without its user or group': `SELECT m."userId" AS id FROM "GroupMembership" m LEFT JOIN "User" u ON u."id" = m."userId" LEFT JOIN "Group" g ON g."id" = m."groupId" WHERE u."id" IS NULL OR g."id" IS NULL`,
  'inline policy without its owner': `SELECT i."id" AS id FROM "InlinePolicy" i LEFT JOIN "User" u ON u."id" = i."userId" LEFT JOIN "Group" g ON g."id" = i."groupId" LEFT JOIN "Role" r ON r."id" = i."roleId" WHERE u."id" IS NULL AND g."id" IS NULL AND r."id" IS NULL`,
}

/** Every inconsistency found, as "what: ids"; on SQLite also integrity_check and foreign_key_check. */
export async function inconsistencies(db: Db, url: string): Promise<string[]> {
  const found: string[] = []
  for (const [what, sql] of Object.entries(ORPHAN_QUERIES)) {
    const rows = await db.$queryRawUnsafe<{ id: string }[]>(sql)
    if (rows.length) found.push(`${what}: ${rows.map((r) => r.id).join(', ')}`)
  }
  if (!isPostgresUrl(url)) {
    const integrity = await db.$queryRawUnsafe<{ integrity_check: string }[]>('PRAGMA integrity_check')
    if (integrity.map((r) => r.integrity_check).join() !== 'ok') found.push(`integrity_check: ${JSON.stringify(integrity)}`)
    const foreignKeys = await db.$queryRawUnsafe<unknown[]>('PRAGMA foreign_key_check')
    if (foreignKeys.length) found.push(`foreign_key_check: ${JSON.stringify(foreignKeys)}`)
  }
  return found
}
