'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { consoleAction } from '@/lib/actions/console-action'
import { addUserToGroup, attachGroupPolicy, createGroup } from '@/lib/iam'
import { IamError, isIamError } from '@/lib/iam/errors'
import { deleteGroupWithDependents } from '@/lib/console/delete-group'
import { throwIfFailed } from '@/lib/console/workflow'

const list = z.array(z.string()).optional().default([])
const policyNameOf = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1)

/**
 * Create user group: CreateGroup (its errors are the form's, at "User group name"), then
 * AddUserToGroup and AttachGroupPolicy one request each. A later refusal says what was
 * created, since nothing is rolled back.
 */
export const createGroupAction = consoleAction({
  input: z.object({ groupName: z.string(), 'userNames[]': list, 'policyArns[]': list }),
  async run(caller, input) {
    const GroupName = input.groupName
    const { Group } = await createGroup(caller, { GroupName })
    const steps = [
      ...input['userNames[]'].map((UserName) => ({ label: `Add user ${UserName}`, call: () => addUserToGroup(caller, { GroupName, UserName }) })),
      ...input['policyArns[]'].map((PolicyArn) => ({ label: `Attach policy ${policyNameOf(PolicyArn)}`, call: () => attachGroupPolicy(caller, { GroupName, PolicyArn }) })),
    ]
    for (const step of steps) {
      try {
        await step.call()
      } catch (error) {
        revalidatePath('/groups')
        if (!isIamError(error)) throw error
        throw new IamError(error.code, `User group ${Group.GroupName} was created, but "${step.label}" failed: ${error.message}`, error.evaluation ? { evaluation: error.evaluation } : {})
      }
    }
    return Group
  },
  onSuccess: (group) => {
    revalidatePath('/groups')
    redirect(`/groups/${encodeURIComponent(group.GroupName)}`)
  },
})

export const deleteGroupAction = consoleAction({
  input: z.object({ groupName: z.string() }),
  run: async (caller, input) => throwIfFailed(await deleteGroupWithDependents(caller, input.groupName), input.groupName),
  onSuccess: () => {
    revalidatePath('/groups')
    redirect('/groups')
  },
})
