import { z } from 'zod'
import { listAttachedManagedPolicies } from '../attached-policies'
import type { AttachedPolicyDto, ListResult } from '../dto'
import { existingEntityArn } from '../entities'
import { defineIamOperation } from '../operation'
import { ZMarker, ZMaxItems, ZPathPrefix, ZGroupName } from '../schemas'

export const ZListAttachedGroupPoliciesInput = z.object({
  GroupName: ZGroupName, PathPrefix: ZPathPrefix.optional(), Marker: ZMarker.optional(), MaxItems: ZMaxItems.optional(),
})

export const listAttachedGroupPolicies = defineIamOperation({
  name: 'ListAttachedGroupPolicies',
  readOnly: true,
  input: ZListAttachedGroupPoliciesInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'group', input.GroupName),
  run: (tx, input, caller): Promise<{ AttachedPolicies: AttachedPolicyDto[] } & ListResult> =>
    listAttachedManagedPolicies(tx, caller, 'group', input.GroupName, input),
})
