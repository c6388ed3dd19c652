// The console's user groups table (Group name, Users, Permissions, Creation time) for
// the caller's account, as one gated ListGroups call.
//
// What the caller may see: ListGroups returns names, paths and dates; the console fills
// Users from GetGroup and Permissions from ListAttachedGroupPolicies and
// ListGroupPolicies, one call each per group. Each of those cells is filled only when
// the gate allows that action on that group's ARN, and otherwise holds AWS's "Access
// denied" marker, as the users table does (lib/iam/users/list-users.ts): the decisions
// are taken in one batch (allowedOnEach) and the counts come with the groups in one
// read, instead of three gated calls with their own reads and events per row.
import { z } from 'zod'
import type { Db } from '@/lib/db/client'
import type { Caller } from '../caller'
import type { Visible } from '../dto'
import { allowedOnEach } from '../gate'
import { pathPrefixArn } from '../arn'
import { defineIamOperation } from '../operation'

/** An account has at most 300 groups (IAM quota); ListGroups' largest page is 1,000. */
const MAX_GROUPS = 1000

export const GROUP_LIST_COLUMN_ACTIONS = {
  users: 'iam:GetGroup',
  attachedPolicies: 'iam:ListAttachedGroupPolicies',
  inlinePolicies: 'iam:ListGroupPolicies',
} as const
const ACTIONS = [GROUP_LIST_COLUMN_ACTIONS.users, GROUP_LIST_COLUMN_ACTIONS.attachedPolicies, GROUP_LIST_COLUMN_ACTIONS.inlinePolicies]

export const ZListGroupRowsInput = z.object({ search: z.string().max(128).optional() }).strict()

export interface GroupListItem {
  groupName: string
  createDate: string
  users: Visible<number>
  /** Whether any managed or inline policy is attached; hidden unless both lists may be read. */
  permissions: Visible<'Defined' | 'Not defined'>
}

export const listGroupRows = defineIamOperation({
  name: 'ListGroups',
  readOnly: true,
  input: ZListGroupRowsInput,
  resource: (_db, _input, caller) => pathPrefixArn(caller.accountId, 'group'),
  run: (db, input, caller) => groupRows(db as unknown as Db, caller, input.search?.toLowerCase() ?? ''),
})

async function groupRows(db: Db, caller: Caller, search: string): Promise<GroupListItem[]> {
  const groups = (
    await db.group.findMany({
      where: { accountId: caller.accountId },
      orderBy: { nameKey: 'asc' },
      take: MAX_GROUPS,
      select: { name: true, nameKey: true, arn: true, createdAt: true, _count: { select: { members: true, attachedPolicies: true, inlinePolicies: true } } },
    })
  ).filter((g) => g.nameKey.includes(search))
  // Groups carry no tags and no boundary: the gate reads nothing more about them.
  const allowed = await allowedOnEach(db, caller, ACTIONS, groups.map((g) => ({ arn: g.arn, attributes: { tags: {} } })))
  return groups.map((g, i) => {
    const [users, attached, inline] = allowed[i]!
    return {
      groupName: g.name,
      createDate: g.createdAt.toISOString(),
      users: users ? g._count.members : { accessDenied: true, action: GROUP_LIST_COLUMN_ACTIONS.users },
      permissions: !attached
        ? { accessDenied: true, action: GROUP_LIST_COLUMN_ACTIONS.attachedPolicies }
        : !inline
          ? { accessDenied: true, action: GROUP_LIST_COLUMN_ACTIONS.inlinePolicies }
          : g._count.attachedPolicies || g._count.inlinePolicies ? 'Defined' : 'Not defined',
    }
  })
}
