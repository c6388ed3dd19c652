'use server'

import { revalidatePath } from 'next/cache'
import { consoleAction } from '@/lib/actions/console-action'
import type { FormState } from '@/lib/actions/form-state'
import { createUserWithPermissions } from '@/lib/console/create-user'
import { ZCreateUserForm } from '@/lib/console/create-user-form'

export const createUserAction = consoleAction({
  input: ZCreateUserForm,
  run: createUserWithPermissions,
  onSuccess(report) {
    revalidatePath('/users')
    // FormState's success variant types its result as unknown: the wizard reads the report back.
    return { status: 'success', message: `User ${report.userName} created.`, result: report } as FormState
  },
})
