// ListPolicies with AWS's parameters (Scope All|AWS|Local, OnlyAttached, PathPrefix,
// PolicyUsageFilter) plus two of the console's: Search, its filter box (a
// case-insensitive substring of the name), and PolicyType, its "Filter by Type" (AWS
// managed, AWS managed - job function, Customer managed), where the job-function
// policies (path /job-function/) are not "AWS managed" though Scope=AWS includes them.
// Filtering, sorting and paging happen in the database: there are 1,452 AWS managed
// policies.
import { z } from 'zod'
import type { DbTransaction } from '@/lib/db/client'
import { dbPage, markerOffset, policyCounts, toPolicyDto, type ListResult, type PolicyDto } from '../dto'
import { defineIamOperation } from '../operation'
import { pathPrefixWhere } from '../path-prefix'
import { ZMarker, ZMaxItems, ZPathPrefix } from '../schemas'

export const ZListPoliciesInput = z.object({
  Scope: z.enum(['All', 'AWS', 'Local']).optional(),
  OnlyAttached: z.boolean().optional(),
  PathPrefix: ZPathPrefix.optional(),
  PolicyUsageFilter: z.enum(['PermissionsPolicy', 'PermissionsBoundary']).optional(),
  Search: z.string().max(128).optional(),
  PolicyType: z.enum(['AWSManaged', 'AWSManagedJobFunction', 'CustomerManaged']).optional(),
  Marker: ZMarker.optional(),
  MaxItems: ZMaxItems.optional(),
})

const POLICY_NAME_CHARACTERS = /^[\w+=,.@-]*$/
const JOB_FUNCTION_PATH = '/job-function/'

/**
 * "name contains `search`", case-insensitively (nameKey is the lower-cased name).
 * `contains` is SQL LIKE, where "_" matches any character, and Prisma's SQLite LIKE has
 * no escape: with a "_" (AWSLambda_FullAccess has one) the LIKE narrows to a superset and
 * the exact matches are kept by id.
 */
async function nameContains(tx: DbTransaction, search: string) {
  // "%" is LIKE's "any run" and no policy name has one: it would match every name.
  if (!POLICY_NAME_CHARACTERS.test(search)) return { id: { in: [] } }
  if (!search.includes('_')) return { nameKey: { contains: search } }
  const candidates = await tx.managedPolicy.findMany({ where: { nameKey: { contains: search } }, select: { id: true, nameKey: true } })
  return { id: { in: candidates.filter((p) => p.nameKey.includes(search)).map((p) => p.id) } }
}

export const listPolicies = defineIamOperation({
  name: 'ListPolicies',
  readOnly: true,
  input: ZListPoliciesInput,
  // ListPolicies has no resource-level permissions (Service Authorization Reference).
  resource: () => '*',
  async run(tx, input, caller): Promise<{ Policies: PolicyDto[] } & ListResult> {
    const accountId = caller.accountId
    const scope = input.Scope ?? 'All'
    const attached = [
      { userAttachments: { some: { user: { accountId } } } },
      { groupAttachments: { some: { group: { accountId } } } },
      { roleAttachments: { some: { role: { accountId } } } },
    ]
    const bounded = [{ usersBounded: { some: { accountId } } }, { rolesBounded: { some: { accountId } } }]
    const usage =
      input.PolicyUsageFilter === 'PermissionsBoundary' ? bounded
      : input.PolicyUsageFilter === 'PermissionsPolicy' ? attached
      : [...attached, ...bounded]
    const where = {
      AND: [
        scope === 'AWS' ? { accountId: null } : scope === 'Local' ? { accountId } : { OR: [{ accountId: null }, { accountId }] },
        await pathPrefixWhere(input.PathPrefix, (like) => tx.managedPolicy.findMany({ where: { OR: [{ accountId: null }, { accountId }], ...like }, select: { id: true, path: true } })),
        input.PolicyType === 'AWSManaged' ? { accountId: null, NOT: { path: { startsWith: JOB_FUNCTION_PATH } } }
        : input.PolicyType === 'AWSManagedJobFunction' ? { accountId: null, path: { startsWith: JOB_FUNCTION_PATH } }
        : input.PolicyType === 'CustomerManaged' ? { accountId }
        : {},
        input.Search ? await nameContains(tx, input.Search.toLowerCase()) : {},
        input.OnlyAttached || input.PolicyUsageFilter ? { OR: usage } : {},
      ],
    }
    const offset = markerOffset(input.Marker)
    const size = input.MaxItems ?? 100
    const rows = await tx.managedPolicy.findMany({ where, include: policyCounts(accountId), orderBy: { nameKey: 'asc' }, skip: offset, take: size + 1 })
    const { items, ...rest } = dbPage(rows, offset, size)
    return { Policies: items.map(toPolicyDto), ...rest }
  },
})
