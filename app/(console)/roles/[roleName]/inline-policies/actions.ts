'use server'
// Inline policies of a role: create or replace (PutRolePolicy) and delete (DeleteRolePolicy).
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { inlinePolicyHref, ownerHref } from '@/components/policies/inline-policy-kinds'
import { consoleAction } from '@/lib/actions/console-action'
import { deleteRolePolicy, putRolePolicy } from '@/lib/iam'

export const putRolePolicyAction = consoleAction({
  input: z.object({ RoleName: z.string(), PolicyName: z.string(), PolicyDocument: z.string() }),
  run: (caller, input) => putRolePolicy(caller, input),
  onSuccess: (_r, input) => redirect(inlinePolicyHref('role', input.RoleName, input.PolicyName)),
})

export const deleteRolePolicyAction = consoleAction({
  input: z.object({ RoleName: z.string(), PolicyName: z.string() }),
  run: (caller, input) => deleteRolePolicy(caller, input),
  onSuccess: (_r, input) => redirect(ownerHref('role', input.RoleName)),
})
