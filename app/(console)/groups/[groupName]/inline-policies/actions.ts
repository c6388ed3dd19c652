'use server'
// Inline policies of a group: create or replace (PutGroupPolicy) and delete (DeleteGroupPolicy).
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { inlinePolicyHref, ownerHref } from '@/components/policies/inline-policy-kinds'
import { consoleAction } from '@/lib/actions/console-action'
import { deleteGroupPolicy, putGroupPolicy } from '@/lib/iam'

export const putGroupPolicyAction = consoleAction({
  input: z.object({ GroupName: z.string(), PolicyName: z.string(), PolicyDocument: z.string() }),
  run: (caller, input) => putGroupPolicy(caller, input),
  onSuccess: (_r, input) => redirect(inlinePolicyHref('group', input.GroupName, input.PolicyName)),
})

export const deleteGroupPolicyAction = consoleAction({
  input: z.object({ GroupName: z.string(), PolicyName: z.string() }),
  run: (caller, input) => deleteGroupPolicy(caller, input),
  onSuccess: (_r, input) => redirect(ownerHref('group', input.GroupName)),
})
