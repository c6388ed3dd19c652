import { z } from 'zod'
import type { ListResult } from '../dto'
import { existingEntityArn } from '../entities'
import { defineIamOperation } from '../operation'
import { ZMarker, ZMaxItems, ZRoleName } from '../schemas'
import { listInlinePolicyNames } from './inline-policy-store'

export const ZListRolePoliciesInput = z.object({ RoleName: ZRoleName, Marker: ZMarker.optional(), MaxItems: ZMaxItems.optional() })

export const listRolePolicies = defineIamOperation({
  name: 'ListRolePolicies',
  readOnly: true,
  input: ZListRolePoliciesInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'role', input.RoleName),
  run: (tx, input, caller): Promise<{ PolicyNames: string[] } & ListResult> => listInlinePolicyNames(tx, caller, 'role', input.RoleName, input),
})
