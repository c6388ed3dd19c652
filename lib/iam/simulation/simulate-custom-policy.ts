// SimulateCustomPolicy (IAM API Reference): the engine's simulateCustomPolicy behind the
// gate. iam:SimulateCustomPolicy has no resource type in the Service Authorization
// Reference, so it is authorized on "*".
import { z } from 'zod'
import { explainParsedRequest, type SimulateCustomPolicyResponse } from '@/lib/policy'
import { defineIamOperation } from '../operation'
import { withExplanations } from './explained-response'
import { checkedSimulateRequest, SIMULATION_PARAMETERS, ZPolicyInputList } from './simulation-input'

export const ZSimulateCustomPolicyInput = z.object({ PolicyInputList: ZPolicyInputList, ...SIMULATION_PARAMETERS }).strict()

export type TSimulateCustomPolicyInput = z.input<typeof ZSimulateCustomPolicyInput>
export type { SimulateCustomPolicyResponse }

// The engine's parse is its simulateCustomPolicy's first half; it runs here, before the
// gate, so a bad request is refused as one whoever asks.
const ZChecked = ZSimulateCustomPolicyInput.transform((input) => checkedSimulateRequest(input, 'SimulateCustomPolicy'))

export const simulateCustomPolicy = defineIamOperation({
  name: 'SimulateCustomPolicy',
  readOnly: true,
  input: ZChecked,
  resource: () => '*',
  run: async (_tx, request): Promise<SimulateCustomPolicyResponse> => withExplanations(explainParsedRequest(request)),
})
