'use server'
// Server actions of the Roles pages: each parses its form and calls lib/iam, which runs
// the gate; nothing here decides access.
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { consoleAction } from '@/lib/actions/console-action'
import { list, tagsOfRows, ZTagRows } from '@/lib/actions/form-fields'
import { attachRolePolicies } from '@/lib/console/attach-role-policies'
import { createRoleWithPolicies, type TCreateRoleWorkflowInput } from '@/lib/console/create-role'
import { deleteRoleWithDependents } from '@/lib/console/delete-role'
import { throwIfFailed } from '@/lib/console/workflow'
import {
  deleteRolePermissionsBoundary, detachRolePolicy, putRolePermissionsBoundary,
  tagRole, untagRole, updateAssumeRolePolicy, updateRole,
} from '@/lib/iam'
import { revokeRoleSessions } from '@/lib/iam/roles/revoke-role-sessions'

const roleHref = (name: string, tab?: string) => `/roles/${encodeURIComponent(name)}${tab ? `?tab=${tab}` : ''}`

const ZCreateRoleAction = z.object({
  RoleName: z.string(),
  Description: z.string().optional(),
  AssumeRolePolicyDocument: z.string(),
  PermissionsBoundary: z.string().optional(),
  'PolicyArns[]': list,
  ...ZTagRows,
})

const createRoleInputOf = (input: z.output<typeof ZCreateRoleAction>): TCreateRoleWorkflowInput => ({
  RoleName: input.RoleName,
  AssumeRolePolicyDocument: input.AssumeRolePolicyDocument,
  ...(input.Description ? { Description: input.Description } : {}),
  ...(input.PermissionsBoundary ? { PermissionsBoundary: input.PermissionsBoundary } : {}),
  ...(tagsOfRows(input).length ? { Tags: tagsOfRows(input) } : {}),
  PolicyArns: input['PolicyArns[]'],
})

/** Create role: the role (with its boundary and tags), then each chosen permissions policy, as the console does. */
export const createRoleAction = consoleAction({
  input: ZCreateRoleAction,
  run: async (caller, input) => throwIfFailed(await createRoleWithPolicies(caller, createRoleInputOf(input)), input.RoleName),
  onSuccess: (_r, input) => redirect(roleHref(input.RoleName)),
})

export const deleteRoleAction = consoleAction({
  input: z.object({ RoleName: z.string() }),
  run: async (caller, input) => throwIfFailed(await deleteRoleWithDependents(caller, input), input.RoleName),
  onSuccess: () => {
    revalidatePath('/roles')
    redirect('/roles')
  },
})

export const updateRoleMaxSessionDurationAction = consoleAction({
  input: z.object({ RoleName: z.string(), MaxSessionDuration: z.coerce.number() }),
  run: (caller, input) => updateRole(caller, input),
  onSuccess: (_r, input) => {
    revalidatePath(roleHref(input.RoleName))
    return { status: 'success', message: 'Maximum session duration updated.' }
  },
})

export const updateAssumeRolePolicyAction = consoleAction({
  input: z.object({ RoleName: z.string(), PolicyDocument: z.string() }),
  run: (caller, input) => updateAssumeRolePolicy(caller, input),
  onSuccess: (_r, input) => redirect(roleHref(input.RoleName, 'trust')),
})

export const attachRolePoliciesAction = consoleAction({
  input: z.object({ RoleName: z.string(), 'PolicyArns[]': z.array(z.string()).min(1, { error: 'Select at least one policy.' }) }),
  run: async (caller, input) => throwIfFailed(await attachRolePolicies(caller, input.RoleName, input['PolicyArns[]']), input.RoleName),
  onSuccess: (_r, input) => redirect(roleHref(input.RoleName)),
})

export const detachRolePolicyAction = consoleAction({
  input: z.object({ RoleName: z.string(), PolicyArn: z.string() }),
  run: (caller, input) => detachRolePolicy(caller, input),
  onSuccess: (_r, input) => revalidatePath(roleHref(input.RoleName)),
})

export const putRolePermissionsBoundaryAction = consoleAction({
  input: z.object({ RoleName: z.string(), PermissionsBoundary: z.string() }),
  run: (caller, input) => putRolePermissionsBoundary(caller, input),
  onSuccess: (_r, input) => redirect(roleHref(input.RoleName)),
})

export const deleteRolePermissionsBoundaryAction = consoleAction({
  input: z.object({ RoleName: z.string() }),
  run: (caller, input) => deleteRolePermissionsBoundary(caller, input),
  onSuccess: (_r, input) => revalidatePath(roleHref(input.RoleName)),
})

export const tagRoleAction = consoleAction({
  input: z.object({ RoleName: z.string(), Key: z.string(), Value: z.string().optional() }),
  run: (caller, input) => tagRole(caller, { RoleName: input.RoleName, Tags: [{ Key: input.Key, Value: input.Value ?? '' }] }),
  onSuccess: (_r, input) => revalidatePath(roleHref(input.RoleName)),
})

export const untagRoleAction = consoleAction({
  input: z.object({ RoleName: z.string(), Key: z.string() }),
  run: (caller, input) => untagRole(caller, { RoleName: input.RoleName, TagKeys: [input.Key] }),
  onSuccess: (_r, input) => revalidatePath(roleHref(input.RoleName)),
})

/** Revoke sessions: AWSRevokeOlderSessions on the role (iam:PutRolePolicy), as the console does. */
export const revokeRoleSessionsAction = consoleAction({
  input: z.object({ RoleName: z.string() }),
  run: (caller, input) => revokeRoleSessions(caller, input),
  onSuccess: (_r, input) => {
    revalidatePath(roleHref(input.RoleName))
    return { status: 'success', message: `Active sessions for ${input.RoleName} revoked.` }
  },
})
