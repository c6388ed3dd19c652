'use server'
// Inline policies of a user: create or replace (PutUserPolicy) and delete (DeleteUserPolicy).
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { inlinePolicyHref, ownerHref } from '@/components/policies/inline-policy-kinds'
import { consoleAction } from '@/lib/actions/console-action'
import { deleteUserPolicy, putUserPolicy } from '@/lib/iam'

export const putUserPolicyAction = consoleAction({
  input: z.object({ UserName: z.string(), PolicyName: z.string(), PolicyDocument: z.string() }),
  run: (caller, input) => putUserPolicy(caller, input),
  onSuccess: (_r, input) => redirect(inlinePolicyHref('user', input.UserName, input.PolicyName)),
})

export const deleteUserPolicyAction = consoleAction({
  input: z.object({ UserName: z.string(), PolicyName: z.string() }),
  run: (caller, input) => deleteUserPolicy(caller, input),
  onSuccess: (_r, input) => redirect(ownerHref('user', input.UserName)),
})
