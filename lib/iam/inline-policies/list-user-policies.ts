import { z } from 'zod'
import type { ListResult } from '../dto'
import { existingEntityArn } from '../entities'
import { defineIamOperation } from '../operation'
import { ZMarker, ZMaxItems, ZUserName } from '../schemas'
import { listInlinePolicyNames } from './inline-policy-store'

export const ZListUserPoliciesInput = z.object({ UserName: ZUserName, Marker: ZMarker.optional(), MaxItems: ZMaxItems.optional() })

export const listUserPolicies = defineIamOperation({
  name: 'ListUserPolicies',
  readOnly: true,
  input: ZListUserPoliciesInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'user', input.UserName),
  run: (tx, input, caller): Promise<{ PolicyNames: string[] } & ListResult> => listInlinePolicyNames(tx, caller, 'user', input.UserName, input),
})
