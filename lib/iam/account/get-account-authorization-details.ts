// GetAccountAuthorizationDetails: the account's users, groups, roles and managed policies
// with their relationships, in AWS's answer shape (UserDetailList, GroupDetailList,
// RoleDetailList, Policies). Filter keeps some entity types; MaxItems counts entities of
// every type together and Marker resumes after the last one, so one request reads at
// most MaxItems entities (and their policies) whatever the account's size. The order is
// users, groups, roles, then policies, each by name.
//
// AWS managed policies are listed when the account uses them (attached to one of its
// users, groups or roles, or its permissions boundary): the other 1,400 are nobody's
// configuration. Resource "*": the action has no resource type.
import { z } from 'zod'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { DbTransaction } from '@/lib/db/client'
import { markerOffset, type ListResult } from '../dto'
import { defineIamOperation } from '../operation'
import { ZMarker, ZMaxItems } from '../schemas'
import {
  GROUP_DETAIL_INCLUDE, policyDetailInclude, ROLE_DETAIL_INCLUDE, toGroupDetail, toManagedPolicyDetail, toRoleDetail, toUserDetail, USER_DETAIL_INCLUDE,
  type GroupDetail, type ManagedPolicyDetail, type RoleDetail, type UserDetail,
} from './authorization-details'

export const AUTHORIZATION_DETAILS_ENTITY_TYPES = ['User', 'Role', 'Group', 'LocalManagedPolicy', 'AWSManagedPolicy'] as const
export type AuthorizationDetailsEntityType = (typeof AUTHORIZATION_DETAILS_ENTITY_TYPES)[number]

export const ZGetAccountAuthorizationDetailsInput = z.object({
  Filter: z.array(z.enum(AUTHORIZATION_DETAILS_ENTITY_TYPES, { error: `Member must satisfy enum value set: [${AUTHORIZATION_DETAILS_ENTITY_TYPES.join(', ')}]` })).optional(),
  Marker: ZMarker.optional(),
  MaxItems: ZMaxItems.optional(),
})

export interface GetAccountAuthorizationDetailsResponse extends ListResult {
  UserDetailList: UserDetail[]
  GroupDetailList: GroupDetail[]
  RoleDetailList: RoleDetail[]
  Policies: ManagedPolicyDetail[]
}

function policyWhere(accountId: string, types: Set<AuthorizationDetailsEntityType>): Prisma.ManagedPolicyWhereInput {
  const usedHere: Prisma.ManagedPolicyWhereInput = {
    accountId: null,
    OR: [
      { userAttachments: { some: { user: { accountId } } } },
      { groupAttachments: { some: { group: { accountId } } } },
      { roleAttachments: { some: { role: { accountId } } } },
      { usersBounded: { some: { accountId } } },
      { rolesBounded: { some: { accountId } } },
    ],
  }
  return { OR: [...(types.has('LocalManagedPolicy') ? [{ accountId }] : []), ...(types.has('AWSManagedPolicy') ? [usedHere] : [])] }
}

/** One entity type's part of the page: how many it has, and how to read a slice of them. */
interface Section {
  count: () => Promise<number>
  read: (skip: number, take: number) => Promise<void>
}

export const getAccountAuthorizationDetails = defineIamOperation({
  name: 'GetAccountAuthorizationDetails',
  readOnly: true,
  input: ZGetAccountAuthorizationDetailsInput,
  resource: () => '*',
  async run(tx, input, caller): Promise<GetAccountAuthorizationDetailsResponse> {
    const accountId = caller.accountId
    const types = new Set<AuthorizationDetailsEntityType>(input.Filter?.length ? input.Filter : AUTHORIZATION_DETAILS_ENTITY_TYPES)
    const out: GetAccountAuthorizationDetailsResponse = { UserDetailList: [], GroupDetailList: [], RoleDetailList: [], Policies: [], IsTruncated: false }
    const sections = detailSections(tx, accountId, types, out)
    const offset = markerOffset(input.Marker)
    const size = input.MaxItems ?? 100
    // The entities before the page are skipped by count; only the page's rows are read.
    const counts = await Promise.all(sections.map((s) => s.count()))
    const total = counts.reduce((a, b) => a + b, 0)
    let start = 0
    for (const [i, section] of sections.entries()) {
      const from = Math.max(offset - start, 0)
      const until = Math.min(offset + size - start, counts[i]!)
      if (until > from) await section.read(from, until - from)
      start += counts[i]!
    }
    if (offset + size < total) {
      out.IsTruncated = true
      out.Marker = Buffer.from(String(offset + size)).toString('base64url')
    }
    return out
  },
})

function detailSections(tx: DbTransaction, accountId: string, types: Set<AuthorizationDetailsEntityType>, out: GetAccountAuthorizationDetailsResponse): Section[] {
  const byName = { orderBy: [{ nameKey: 'asc' as const }, { id: 'asc' as const }] }
  const sections: Section[] = []
  if (types.has('User')) {
    sections.push({
      count: () => tx.user.count({ where: { accountId } }),
      read: async (skip, take) => {
        out.UserDetailList = (await tx.user.findMany({ where: { accountId }, include: USER_DETAIL_INCLUDE, ...byName, skip, take })).map(toUserDetail)
      },
    })
  }
  if (types.has('Group')) {
    sections.push({
      count: () => tx.group.count({ where: { accountId } }),
      read: async (skip, take) => {
        out.GroupDetailList = (await tx.group.findMany({ where: { accountId }, include: GROUP_DETAIL_INCLUDE, ...byName, skip, take })).map(toGroupDetail)
      },
    })
  }
  if (types.has('Role')) {
    sections.push({
      count: () => tx.role.count({ where: { accountId } }),
      read: async (skip, take) => {
        out.RoleDetailList = (await tx.role.findMany({ where: { accountId }, include: ROLE_DETAIL_INCLUDE, ...byName, skip, take })).map(toRoleDetail)
      },
    })
  }
  if (types.has('LocalManagedPolicy') || types.has('AWSManagedPolicy')) {
    const where = policyWhere(accountId, types)
    sections.push({
      count: () => tx.managedPolicy.count({ where }),
      read: async (skip, take) => {
        out.Policies = (await tx.managedPolicy.findMany({ where, include: policyDetailInclude(accountId), ...byName, skip, take })).map(toManagedPolicyDetail)
      },
    })
  }
  return sections
}

export type TGetAccountAuthorizationDetailsInput = z.input<typeof ZGetAccountAuthorizationDetailsInput>
