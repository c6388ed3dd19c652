'use server'

import { revalidatePath } from 'next/cache'
import { consoleAction } from '@/lib/actions/console-action'
import type { FormState } from '@/lib/actions/form-state'
import { ZCreateUserForm } from './create-user-form'
import { runCreateUser } from './run-create-user'

export const createUserAction = consoleAction({
  input: ZCreateUserForm,
  run: runCreateUser,
  onSuccess(report) {
    revalidatePath('/users')
    // FormState's success variant has no room for a result yet (see /work/coord/U1-needs.md):
    // the report rides along and the wizard reads it back.
    return { status: 'success', message: `User ${report.userName} created.`, result: report } as FormState
  },
})
