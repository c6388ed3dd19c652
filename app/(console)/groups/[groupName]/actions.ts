'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { consoleAction } from '@/lib/actions/console-action'
import { list } from '@/lib/actions/form-fields'
import { addUserToGroup, attachGroupPolicy, deleteGroupPolicy, detachGroupPolicy, removeUserFromGroup } from '@/lib/iam'

const groupHref = (groupName: string, section?: string) => `/groups/${encodeURIComponent(groupName)}${section ? `?section=${section}` : ''}`
const ZGroup = z.object({ groupName: z.string() })

/** IAM requests in order, stopping at the first refusal; the page is refreshed either way. */
async function inOrder(groupName: string, calls: (() => Promise<unknown>)[]): Promise<void> {
  let done = 0
  try {
    for (const call of calls) {
      await call()
      done++
    }
  } finally {
    // Refresh the page when something changed, also when a later request was refused.
    if (done > 0) revalidatePath(groupHref(groupName))
  }
}

export const addUsersToGroupAction = consoleAction({
  input: ZGroup.extend({ 'userNames[]': list }).refine((f) => f['userNames[]'].length > 0, { path: ['userNames[]'], message: 'Choose at least one user.' }),
  run: (caller, input) => inOrder(input.groupName, input['userNames[]'].map((UserName) => () => addUserToGroup(caller, { GroupName: input.groupName, UserName }))),
  onSuccess: (_r, input) => ({ status: 'success', message: `Added ${input['userNames[]'].join(', ')} to ${input.groupName}.` }),
})

export const removeUserFromThisGroupAction = consoleAction({
  input: ZGroup.extend({ userName: z.string() }),
  run: (caller, input) => removeUserFromGroup(caller, { GroupName: input.groupName, UserName: input.userName }),
  onSuccess: (_r, input) => {
    revalidatePath(groupHref(input.groupName))
    return { status: 'success', message: `Removed ${input.userName}.` }
  },
})

export const attachGroupPoliciesAction = consoleAction({
  input: ZGroup.extend({ 'policyArns[]': list }).refine((f) => f['policyArns[]'].length > 0, { path: ['policyArns[]'], message: 'Choose at least one policy.' }),
  run: (caller, input) => inOrder(input.groupName, input['policyArns[]'].map((PolicyArn) => () => attachGroupPolicy(caller, { GroupName: input.groupName, PolicyArn }))),
  onSuccess: (_r, input) => redirect(groupHref(input.groupName, 'permissions')),
})

export const detachGroupPolicyAction = consoleAction({
  input: ZGroup.extend({ policyArn: z.string() }),
  run: (caller, input) => detachGroupPolicy(caller, { GroupName: input.groupName, PolicyArn: input.policyArn }),
  onSuccess: (_r, input) => {
    revalidatePath(groupHref(input.groupName))
    return { status: 'success', message: 'Policy removed.' }
  },
})

export const deleteGroupInlinePolicyAction = consoleAction({
  input: ZGroup.extend({ policyName: z.string() }),
  run: (caller, input) => deleteGroupPolicy(caller, { GroupName: input.groupName, PolicyName: input.policyName }),
  onSuccess: (_r, input) => {
    revalidatePath(groupHref(input.groupName))
    return { status: 'success', message: `Policy ${input.policyName} removed.` }
  },
})
