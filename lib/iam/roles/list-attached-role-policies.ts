import { z } from 'zod'
import { listAttachedManagedPolicies } from '../attached-policies'
import type { AttachedPolicyDto, ListResult } from '../dto'
import { existingEntityArn } from '../entities'
import { defineIamOperation } from '../operation'
import { ZMarker, ZMaxItems, ZPathPrefix, ZRoleName } from '../schemas'

export const ZListAttachedRolePoliciesInput = z.object({
  RoleName: ZRoleName, PathPrefix: ZPathPrefix.optional(), Marker: ZMarker.optional(), MaxItems: ZMaxItems.optional(),
})

export const listAttachedRolePolicies = defineIamOperation({
  name: 'ListAttachedRolePolicies',
  readOnly: true,
  input: ZListAttachedRolePoliciesInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'role', input.RoleName),
  run: (tx, input, caller): Promise<{ AttachedPolicies: AttachedPolicyDto[] } & ListResult> =>
    listAttachedManagedPolicies(tx, caller, 'role', input.RoleName, input),
})
