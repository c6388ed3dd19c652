// GetContextKeysForCustomPolicy (IAM API Reference): the context keys the given policies'
// conditions and policy variables use (contextKeysOf). No resource type in the Service
// Authorization Reference: authorized on "*".
import { z } from 'zod'
import { contextKeysOf } from '@/lib/policy'
import { defineIamOperation } from '../operation'
import { checkedPolicyInputList, ZPolicyInputList, type GetContextKeysForPolicyResponse } from './simulation-input'

export const ZGetContextKeysForCustomPolicyInput = z.object({ PolicyInputList: ZPolicyInputList }).strict()

export type TGetContextKeysForCustomPolicyInput = z.input<typeof ZGetContextKeysForCustomPolicyInput>
export type { GetContextKeysForPolicyResponse }

const ZChecked = ZGetContextKeysForCustomPolicyInput.transform((input) => checkedPolicyInputList(input.PolicyInputList))

export const getContextKeysForCustomPolicy = defineIamOperation({
  name: 'GetContextKeysForCustomPolicy',
  readOnly: true,
  input: ZChecked,
  resource: () => '*',
  run: async (_tx, policies): Promise<GetContextKeysForPolicyResponse> => ({ ContextKeyNames: contextKeysOf(policies) }),
})
