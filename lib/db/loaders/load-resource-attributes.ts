// What the gate adds to the request context about the target resource: its tags
// (aws:ResourceTag/* and iam:ResourceTag/*) and, for users and roles, its current
// permissions boundary (iam:PermissionsBoundary for actions on an existing entity).
import type { Db } from '@/lib/db/client'

export interface ResourceAttributes {
  tags: Record<string, string>
  permissionsBoundaryArn?: string
}

const NONE: ResourceAttributes = { tags: {} }

/** The resource type of an IAM ARN: "user", "role", "policy", "group", ... or null. */
export function iamResourceType(arn: string): string | null {
  const m = /^arn:aws:iam::[^:]*:([a-z-]+)\//.exec(arn)
  return m ? m[1]! : null
}

export async function loadResourceAttributes(db: Db, arn: string): Promise<ResourceAttributes> {
  const select = { tags: { select: { key: true, value: true } }, permissionsBoundary: { select: { arn: true } } } as const
  let row: { tags: { key: string; value: string }[]; permissionsBoundary?: { arn: string } | null } | null = null
  switch (iamResourceType(arn)) {
    case 'user':
      row = await db.user.findUnique({ where: { arn }, select })
      break
    case 'role':
      row = await db.role.findUnique({ where: { arn }, select })
      break
    case 'policy':
      row = await db.managedPolicy.findUnique({ where: { arn }, select: { tags: select.tags } })
      break
    default:
      return NONE
  }
  if (!row) return NONE
  const result: ResourceAttributes = { tags: Object.fromEntries(row.tags.map((t) => [t.key, t.value])) }
  if (row.permissionsBoundary) result.permissionsBoundaryArn = row.permissionsBoundary.arn
  return result
}
