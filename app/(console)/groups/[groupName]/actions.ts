'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { consoleAction } from '@/lib/actions/console-action'
import { list } from '@/lib/actions/form-fields'
import { addUserToGroup, attachGroupPolicy, deleteGroupPolicy, detachGroupPolicy, removeUserFromGroup } from '@/lib/iam'

const groupHref = (groupName: string, section?: string) => `/groups/${encodeURIComponent(groupName)}${section ? `?section=${section}` : ''}`
const ZGroup = z.object({ GroupName: z.string() })

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
  input: ZGroup.extend({ 'UserNames[]': list }).refine((f) => f['UserNames[]'].length > 0, { path: ['UserNames[]'], message: 'Choose at least one user.' }),
  run: (caller, input) => inOrder(input.GroupName, input['UserNames[]'].map((UserName) => () => addUserToGroup(caller, { GroupName: input.GroupName, UserName }))),
  onSuccess: (_r, input) => ({ status: 'success', message: `Added ${input['UserNames[]'].join(', ')} to ${input.GroupName}.` }),
})

export const removeUserFromThisGroupAction = consoleAction({
  input: ZGroup.extend({ UserName: z.string() }),
  run: (caller, input) => removeUserFromGroup(caller, input),
  onSuccess: (_r, input) => {
    revalidatePath(groupHref(input.GroupName))
    return { status: 'success', message: `Removed ${input.UserName}.` }
  },
})

export const attachGroupPoliciesAction = consoleAction({
  input: ZGroup.extend({ 'PolicyArns[]': list }).refine((f) => f['PolicyArns[]'].length > 0, { path: ['PolicyArns[]'], message: 'Choose at least one policy.' }),
  run: (caller, input) => inOrder(input.GroupName, input['PolicyArns[]'].map((PolicyArn) => () => attachGroupPolicy(caller, { GroupName: input.GroupName, PolicyArn }))),
  onSuccess: (_r, input) => redirect(groupHref(input.GroupName, 'permissions')),
})

export const detachGroupPolicyAction = consoleAction({
  input: ZGroup.extend({ PolicyArn: z.string() }),
  run: (caller, input) => detachGroupPolicy(caller, input),
  onSuccess: (_r, input) => {
    revalidatePath(groupHref(input.GroupName))
    return { status: 'success', message: 'Policy removed.' }
  },
})

export const deleteGroupInlinePolicyAction = consoleAction({
  input: ZGroup.extend({ PolicyName: z.string() }),
  run: (caller, input) => deleteGroupPolicy(caller, input),
  onSuccess: (_r, input) => {
    revalidatePath(groupHref(input.GroupName))
    return { status: 'success', message: `Policy ${input.PolicyName} removed.` }
  },
})
