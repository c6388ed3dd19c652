import { z } from 'zod'
import { page, type ListResult } from '../dto'
import { requirePolicy } from '../entities'
import { defineIamOperation } from '../operation'
import { ZMarker, ZMaxItems, ZPolicyArn } from '../schemas'

export const ZListPolicyVersionsInput = z.object({ PolicyArn: ZPolicyArn, Marker: ZMarker.optional(), MaxItems: ZMaxItems.optional() })

export interface PolicyVersionSummaryDto {
  VersionId: string
  IsDefaultVersion: boolean
  CreateDate: string
}

export const listPolicyVersions = defineIamOperation({
  name: 'ListPolicyVersions',
  readOnly: true,
  input: ZListPolicyVersionsInput,
  resource: (_db, input) => input.PolicyArn,
  async run(tx, input, caller): Promise<{ Versions: PolicyVersionSummaryDto[] } & ListResult> {
    const policy = await requirePolicy(tx, caller, input.PolicyArn)
    const rows = await tx.policyVersion.findMany({ where: { policyId: policy.id }, select: { versionId: true, isDefault: true, createdAt: true } })
    // Newest first, as the console and ListPolicyVersions show them.
    rows.sort((a, b) => Number.parseInt(b.versionId.slice(1), 10) - Number.parseInt(a.versionId.slice(1), 10))
    const versions = rows.map((v) => ({ VersionId: v.versionId, IsDefaultVersion: v.isDefault, CreateDate: v.createdAt.toISOString() }))
    const { items, ...rest } = page(versions, input.Marker, input.MaxItems)
    return { Versions: items, ...rest }
  },
})
