import { z } from 'zod'
import type { ListResult } from '../dto'
import { existingEntityArn } from '../entities'
import { defineIamOperation } from '../operation'
import { ZMarker, ZMaxItems, ZGroupName } from '../schemas'
import { listInlinePolicyNames } from './inline-policy-store'

export const ZListGroupPoliciesInput = z.object({ GroupName: ZGroupName, Marker: ZMarker.optional(), MaxItems: ZMaxItems.optional() })

export const listGroupPolicies = defineIamOperation({
  name: 'ListGroupPolicies',
  readOnly: true,
  input: ZListGroupPoliciesInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'group', input.GroupName),
  run: (tx, input, caller): Promise<{ PolicyNames: string[] } & ListResult> => listInlinePolicyNames(tx, caller, 'group', input.GroupName, input),
})
