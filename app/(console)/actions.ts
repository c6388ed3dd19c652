'use server'
// The dashboard's AWS Account panel: the account alias (Create and Edit are both
// CreateAccountAlias, which replaces the alias; Delete is DeleteAccountAlias) and
// "Download account authorization details". The layout revalidates too: the top bar
// shows the alias.
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { consoleAction } from '@/lib/actions/console-action'
import { downloadAccountAuthorizationDetails } from '@/lib/console/download-account-authorization-details'
import { createAccountAlias, deleteAccountAlias } from '@/lib/iam'

const ZAliasForm = z.object({ AccountAlias: z.string() })
const refreshConsole = () => revalidatePath('/', 'layout')

export const createAccountAliasAction = consoleAction({ input: ZAliasForm, run: (caller, input) => createAccountAlias(caller, input), onSuccess: refreshConsole })

export const deleteAccountAliasAction = consoleAction({ input: ZAliasForm, run: (caller, input) => deleteAccountAlias(caller, input), onSuccess: refreshConsole })

export const downloadAccountAuthorizationDetailsAction = consoleAction({
  input: z.object({}),
  run: (caller) => downloadAccountAuthorizationDetails(caller),
  onSuccess: (file) => ({ status: 'success', result: file }),
})
