// The policy simulator's parameters, as IAM constrains them (IAM API Reference,
// SimulatePrincipalPolicy and SimulateCustomPolicy: lengths, MaxItems, the ContextKeyType
// enum), and the engine's own check of the request (lib/policy/simulate/
// parse-simulate-request.ts: CallerArn, ResourceOwner, Marker, each policy validated),
// whose refusals become IamErrors with the engine's code and message. Both run before
// the gate, as every operation's input checks do.
import { z } from 'zod'
import { parsePolicyInput, parseSimulateRequest, SimulateInputError, type ParsedSimulateRequest, type SimulateOperation } from '@/lib/policy'
import type { ContextKeyType, Policy } from '@/lib/policy/types'
import { parseIamArn } from '../arn'
import type { EntityKind } from '../entities'
import { IamError } from '../errors'
import { ZActionName, ZArn, ZContextKeyName, ZMarker, ZMaxItems, ZPolicyDocument, ZResourceHandlingOption, ZResourceName } from '../schemas'

const CONTEXT_KEY_TYPES = [
  'string', 'stringList', 'numeric', 'numericList', 'boolean', 'booleanList', 'ip', 'ipList', 'binary', 'binaryList', 'date', 'dateList',
] as const satisfies readonly ContextKeyType[]

export const ZContextEntry = z
  .object({
    ContextKeyName: ZContextKeyName,
    ContextKeyValues: z.array(z.string()),
    ContextKeyType: z.enum(CONTEXT_KEY_TYPES, { error: `Member must satisfy enum value set: [${CONTEXT_KEY_TYPES.join(', ')}]` }),
  })
  .strict()

export type TContextEntry = z.input<typeof ZContextEntry>

/** What SimulateCustomPolicy and SimulatePrincipalPolicy both take, besides PolicyInputList. */
export const SIMULATION_PARAMETERS = {
  PermissionsBoundaryPolicyInputList: z.array(ZPolicyDocument).optional(),
  ActionNames: z.array(ZActionName).min(1, { error: 'Member must have length greater than or equal to 1' }),
  ResourceArns: z.array(ZResourceName).optional(),
  ResourcePolicy: ZPolicyDocument.optional(),
  ResourceOwner: ZResourceName.optional(),
  CallerArn: ZResourceName.optional(),
  ContextEntries: z.array(ZContextEntry).optional(),
  ResourceHandlingOption: ZResourceHandlingOption.optional(),
  MaxItems: ZMaxItems.optional(),
  Marker: ZMarker.optional(),
}

export const ZPolicyInputList = z.array(ZPolicyDocument)

/** The engine's refusal (InvalidInput, MalformedPolicyDocument) as IAM's error, same code and message. */
export function iamErrorOfSimulateInput(error: SimulateInputError, code: 'InvalidInput' | 'MalformedPolicyDocument' = error.code): IamError {
  return new IamError(code, error.message, { cause: error })
}

/** parseSimulateRequest, throwing IamError. */
export function checkedSimulateRequest(input: object, operation: SimulateOperation): ParsedSimulateRequest {
  try {
    return parseSimulateRequest(input, operation)
  } catch (error) {
    if (error instanceof SimulateInputError) throw iamErrorOfSimulateInput(error)
    throw error
  }
}

/** The principal a PolicySourceArn names. */
export interface PolicySource {
  arn: string
  kind: EntityKind
  accountId: string
  name: string
}

const SOURCE_KINDS: ReadonlySet<string> = new Set<EntityKind>(['user', 'group', 'role'])

export function policySourceOf(arn: string): PolicySource {
  const parsed = parseIamArn(arn)
  if (!parsed || parsed.service !== 'iam' || !SOURCE_KINDS.has(parsed.resourceType)) {
    throw new IamError('InvalidInput', `Invalid PolicySourceArn ${arn}: specify the ARN of an IAM user, group or role.`, { field: 'PolicySourceArn' })
  }
  return { arn, kind: parsed.resourceType as EntityKind, accountId: parsed.accountId, name: parsed.name }
}

export const ZPolicySourceArn = ZArn

/**
 * PolicyInputList's policies for GetContextKeysFor*: validated and parsed as the
 * simulations do. Those operations have no MalformedPolicyDocument error (IAM API
 * Reference lists InvalidInput), so a policy with an error is InvalidInput.
 */
export function checkedPolicyInputList(texts: readonly string[]): Policy[] {
  return texts.map((text, i) => {
    try {
      return parsePolicyInput(text, `PolicyInputList.${i + 1}`, 'identity').policy
    } catch (error) {
      if (error instanceof SimulateInputError) throw iamErrorOfSimulateInput(error, 'InvalidInput')
      throw error
    }
  })
}

/** GetContextKeysForPrincipalPolicy's and GetContextKeysForCustomPolicy's answer (GetContextKeysForPolicyResponse). */
export interface GetContextKeysForPolicyResponse {
  ContextKeyNames: string[]
}
