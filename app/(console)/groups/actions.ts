'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { consoleAction } from '@/lib/actions/console-action'
import { list } from '@/lib/actions/form-fields'
import { createGroupWithMembers } from '@/lib/console/create-group'
import { deleteGroupWithDependents } from '@/lib/console/delete-group'
import { throwIfFailed } from '@/lib/console/workflow'

/** Create user group: CreateGroup (its errors are the form's, at "User group name"), then its users and policies. */
export const createGroupAction = consoleAction({
  input: z.object({ GroupName: z.string(), 'UserNames[]': list, 'PolicyArns[]': list }),
  run: async (caller, input) =>
    throwIfFailed(await createGroupWithMembers(caller, { GroupName: input.GroupName, UserNames: input['UserNames[]'], PolicyArns: input['PolicyArns[]'] }), input.GroupName),
  onSuccess: (_r, input) => {
    revalidatePath('/groups')
    redirect(`/groups/${encodeURIComponent(input.GroupName)}`)
  },
})

export const deleteGroupAction = consoleAction({
  input: z.object({ GroupName: z.string() }),
  run: async (caller, input) => throwIfFailed(await deleteGroupWithDependents(caller, input.GroupName), input.GroupName),
  onSuccess: () => {
    revalidatePath('/groups')
    redirect('/groups')
  },
})
