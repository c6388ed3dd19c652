// SimulatePrincipalPolicy (IAM API Reference): the policies of a user (with its groups'),
// group or role, plus PolicyInputList, simulated by the engine's SimulateCustomPolicy
// core. Gated as iam:SimulatePrincipalPolicy on the PolicySourceArn (the Service
// Authorization Reference gives it the user, group and role resource types), so another
// account's principal is denied like any cross-account IAM resource.
import { z } from 'zod'
import { explainParsedRequest, withPrincipalPolicies, type SimulateCustomPolicyResponse } from '@/lib/policy'
import { defineIamOperation } from '../operation'
import { withExplanations } from './explained-response'
import { loadSimulatedPrincipal } from './simulated-principal'
import { checkedSimulateRequest, policySourceOf, SIMULATION_PARAMETERS, ZPolicyInputList, ZPolicySourceArn } from './simulation-input'

export const ZSimulatePrincipalPolicyInput = z
  .object({ PolicySourceArn: ZPolicySourceArn, PolicyInputList: ZPolicyInputList.optional(), ...SIMULATION_PARAMETERS })
  .strict()

export type TSimulatePrincipalPolicyInput = z.input<typeof ZSimulatePrincipalPolicyInput>

/** SimulatePrincipalPolicy answers with SimulateCustomPolicy's shape (both are SimulatePolicyResponse in the API Reference). */
export type SimulatePrincipalPolicyResponse = SimulateCustomPolicyResponse

const ZChecked = ZSimulatePrincipalPolicyInput.transform((input) => {
  const source = policySourceOf(input.PolicySourceArn)
  // "If you do not specify a CallerArn, it defaults to the ARN of the user that you
  // specify in PolicySourceArn, if you specified a user."
  const withCaller = input.CallerArn === undefined && source.kind === 'user' ? { ...input, CallerArn: input.PolicySourceArn } : input
  return { source, request: checkedSimulateRequest(withCaller, 'SimulatePrincipalPolicy') }
})

export const simulatePrincipalPolicy = defineIamOperation({
  name: 'SimulatePrincipalPolicy',
  readOnly: true,
  input: ZChecked,
  resource: (_db, input) => input.source.arn,
  async run(tx, input, caller): Promise<SimulatePrincipalPolicyResponse> {
    const principal = await loadSimulatedPrincipal(tx, caller, input.source)
    return withExplanations(explainParsedRequest(withPrincipalPolicies(input.request, principal)))
  },
})
