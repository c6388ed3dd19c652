// GetContextKeysForPrincipalPolicy (IAM API Reference): the context keys used by the
// policies of a user (with its groups'), group or role, then by PolicyInputList's. The
// principal's permissions boundary counts too: SimulatePrincipalPolicy evaluates it, and
// this operation exists to tell "what key names and values you must supply when you call
// SimulatePrincipalPolicy". Gated on the PolicySourceArn (user, group and role resource
// types in the Service Authorization Reference).
import { z } from 'zod'
import { contextKeysOf, parsePolicy } from '@/lib/policy'
import type { Policy } from '@/lib/policy/types'
import { defineIamOperation } from '../operation'
import { loadSimulatedPrincipal } from './simulated-principal'
import { checkedPolicyInputList, policySourceOf, ZPolicyInputList, ZPolicySourceArn, type GetContextKeysForPolicyResponse } from './simulation-input'

export const ZGetContextKeysForPrincipalPolicyInput = z.object({ PolicySourceArn: ZPolicySourceArn, PolicyInputList: ZPolicyInputList.optional() }).strict()

export type TGetContextKeysForPrincipalPolicyInput = z.input<typeof ZGetContextKeysForPrincipalPolicyInput>

const ZChecked = ZGetContextKeysForPrincipalPolicyInput.transform((input) => ({
  source: policySourceOf(input.PolicySourceArn),
  extra: checkedPolicyInputList(input.PolicyInputList ?? []),
}))

export const getContextKeysForPrincipalPolicy = defineIamOperation({
  name: 'GetContextKeysForPrincipalPolicy',
  readOnly: true,
  input: ZChecked,
  resource: (_db, input) => input.source.arn,
  async run(tx, input, caller): Promise<GetContextKeysForPolicyResponse> {
    const principal = await loadSimulatedPrincipal(tx, caller, input.source)
    const stored = [...principal.identity, ...(principal.boundary ? [principal.boundary] : [])]
    // Stored documents were validated when written; one that no longer parses adds no keys.
    const policies = stored.map((p) => parsePolicy(p.document).policy).filter((p): p is Policy => p !== undefined)
    return { ContextKeyNames: contextKeysOf([...policies, ...input.extra]) }
  },
})
