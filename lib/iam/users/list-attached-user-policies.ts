import { z } from 'zod'
import { listAttachedManagedPolicies } from '../attached-policies'
import type { AttachedPolicyDto, ListResult } from '../dto'
import { existingEntityArn } from '../entities'
import { defineIamOperation } from '../operation'
import { ZMarker, ZMaxItems, ZPathPrefix, ZUserName } from '../schemas'

export const ZListAttachedUserPoliciesInput = z.object({
  UserName: ZUserName, PathPrefix: ZPathPrefix.optional(), Marker: ZMarker.optional(), MaxItems: ZMaxItems.optional(),
})

export const listAttachedUserPolicies = defineIamOperation({
  name: 'ListAttachedUserPolicies',
  readOnly: true,
  input: ZListAttachedUserPoliciesInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'user', input.UserName),
  run: (tx, input, caller): Promise<{ AttachedPolicies: AttachedPolicyDto[] } & ListResult> =>
    listAttachedManagedPolicies(tx, caller, 'user', input.UserName, input),
})
