'use server'
// Server actions of the policy simulator: "Run simulation" (lib/console/run-simulation.ts,
// through IAM's simulator operations and their gate). The action list of a chosen service
// comes from app/api/service-actions.
import { z } from 'zod'
import { consoleAction } from '@/lib/actions/console-action'
import { list, optionalText } from '@/lib/actions/form-fields'
import { runSimulation } from '@/lib/console/run-simulation'
import type { ContextKeyType } from '@/lib/policy'

const ZRunSimulation = z.object({
  PolicySourceArn: optionalText,
  'disabledPolicyIds[]': list,
  'PolicyInputList[]': list,
  'PermissionsBoundaryPolicyInputList[]': list,
  'ActionNames[]': list,
  ResourceArns: optionalText,
  ResourcePolicy: optionalText,
  'contextKeys[]': list,
  'contextTypes[]': list,
  'contextValues[]': list,
})

/** One value per line (or per comma for a list type); an empty field is a missing value, not "". */
function contextEntries(input: z.output<typeof ZRunSimulation>) {
  const types = input['contextTypes[]']
  const values = input['contextValues[]']
  return input['contextKeys[]'].flatMap((ContextKeyName, i) => {
    const ContextKeyType = (types[i] ?? 'string') as ContextKeyType
    const raw = (values[i] ?? '').trim()
    if (!raw) return []
    const ContextKeyValues = ContextKeyType.endsWith('List') ? raw.split(',').map((v) => v.trim()).filter(Boolean) : [raw]
    return [{ ContextKeyName, ContextKeyType, ContextKeyValues }]
  })
}

export const runSimulationAction = consoleAction({
  input: ZRunSimulation,
  run: (caller, input) =>
    runSimulation(caller, {
      ...(input.PolicySourceArn ? { PolicySourceArn: input.PolicySourceArn } : {}),
      disabledPolicyIds: input['disabledPolicyIds[]'],
      PolicyInputList: input['PolicyInputList[]'],
      PermissionsBoundaryPolicyInputList: input['PermissionsBoundaryPolicyInputList[]'],
      ActionNames: input['ActionNames[]'],
      ResourceArns: (input.ResourceArns ?? '').split('\n').map((l) => l.trim()).filter(Boolean),
      ...(input.ResourcePolicy ? { ResourcePolicy: input.ResourcePolicy } : {}),
      ContextEntries: contextEntries(input),
    }),
  onSuccess: (result) => ({ status: 'success', result }),
})
