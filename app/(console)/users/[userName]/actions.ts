'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { consoleAction } from '@/lib/actions/console-action'
import { checkbox, list, oneOf, tagsOfRows, text, ZTagRows } from '@/lib/actions/form-fields'
import { generatePassword } from '@/lib/credentials/generate-password'
import {
  createLoginProfile,
  deleteLoginProfile,
  deleteUserPermissionsBoundary,
  deleteUserPolicy,
  detachUserPolicy,
  putUserPermissionsBoundary,
  removeUserFromGroup,
  updateLoginProfile,
} from '@/lib/iam'
import { nameOfArn } from '@/lib/iam/arn'
import type { Caller } from '@/lib/iam/caller'
import { deleteUserWithDependents } from '@/lib/console/delete-user'
import { saveUserTags } from '@/lib/console/save-user-tags'
import { throwIfFailed, type WorkflowResult } from '@/lib/console/workflow'
import { accountPasswordPolicyOrDefault } from '@/lib/console/account-password-policy-or-default'
import { addUserPermissions, type TAddUserPermissionsInput } from '@/lib/console/add-user-permissions'

const userHref = (userName: string, section?: string) => `/users/${encodeURIComponent(userName)}${section ? `?section=${section}` : ''}`
const ZUser = z.object({ UserName: z.string() })

/** A workflow's outcome for the form; the page is refreshed when something changed, also when a later step failed. */
function refreshedOrThrown(userName: string, result: WorkflowResult): void {
  if (result.steps.some((s) => s.status === 'done')) revalidatePath(userHref(userName))
  throwIfFailed(result, userName)
}

export const detachUserPolicyAction = consoleAction({
  input: ZUser.extend({ PolicyArn: z.string() }),
  run: (caller, input) => detachUserPolicy(caller, input),
  onSuccess: (_r, input) => {
    revalidatePath(userHref(input.UserName))
    return { status: 'success', message: `Policy ${nameOfArn(input.PolicyArn)} removed.` }
  },
})

export const deleteUserInlinePolicyAction = consoleAction({
  input: ZUser.extend({ PolicyName: z.string() }),
  run: (caller, input) => deleteUserPolicy(caller, input),
  onSuccess: (_r, input) => {
    revalidatePath(userHref(input.UserName))
    return { status: 'success', message: `Policy ${input.PolicyName} removed.` }
  },
})

export const removeUserFromGroupAction = consoleAction({
  input: ZUser.extend({ GroupName: z.string() }),
  run: (caller, input) => removeUserFromGroup(caller, input),
  onSuccess: (_r, input) => {
    revalidatePath(userHref(input.UserName))
    return { status: 'success', message: `User removed from group ${input.GroupName}.` }
  },
})

export const addUserToGroupsAction = consoleAction({
  input: ZUser.extend({ 'GroupNames[]': list }).refine((f) => f['GroupNames[]'].length > 0, { path: ['GroupNames[]'], message: 'Choose at least one group.' }),
  run: async (caller, input) => refreshedOrThrown(input.UserName, await addUserPermissions(caller, input.UserName, { permissionsOption: 'group', GroupNames: input['GroupNames[]'] })),
  onSuccess: (_r, input) => ({ status: 'success', message: `User added to ${input['GroupNames[]'].join(', ')}.` }),
})

const permissionsChoiceOf = (input: { permissionsOption: 'group' | 'copy' | 'attach'; 'GroupNames[]': string[]; 'PolicyArns[]': string[]; CopyFrom: string }): TAddUserPermissionsInput =>
  input.permissionsOption === 'group' ? { permissionsOption: 'group', GroupNames: input['GroupNames[]'] }
    : input.permissionsOption === 'attach' ? { permissionsOption: 'attach', PolicyArns: input['PolicyArns[]'] }
    : { permissionsOption: 'copy', CopyFrom: input.CopyFrom }

/** "Add permissions": add to groups, copy another user's permissions, or attach policies directly. */
export const addUserPermissionsAction = consoleAction({
  input: ZUser.extend({
    permissionsOption: z.enum(['group', 'copy', 'attach']),
    'GroupNames[]': list,
    'PolicyArns[]': list,
    CopyFrom: text,
  }).superRefine((f, ctx) => {
    if (f.permissionsOption === 'group' && !f['GroupNames[]'].length) ctx.addIssue({ code: 'custom', path: ['GroupNames[]'], message: 'Choose at least one group.' })
    if (f.permissionsOption === 'attach' && !f['PolicyArns[]'].length) ctx.addIssue({ code: 'custom', path: ['PolicyArns[]'], message: 'Choose at least one policy.' })
    if (f.permissionsOption === 'copy' && !f.CopyFrom) ctx.addIssue({ code: 'custom', path: ['CopyFrom'], message: 'Choose a user to copy permissions from.' })
  }),
  run: async (caller, input) => refreshedOrThrown(input.UserName, await addUserPermissions(caller, input.UserName, permissionsChoiceOf(input))),
  onSuccess: (_r, input) => redirect(userHref(input.UserName, 'permissions')),
})

export const putUserPermissionsBoundaryAction = consoleAction({
  input: ZUser.extend({ PermissionsBoundary: z.string({ error: 'Choose a policy to use as the permissions boundary.' }).min(1, 'Choose a policy to use as the permissions boundary.') }),
  run: (caller, input) => putUserPermissionsBoundary(caller, input),
  onSuccess: (_r, input) => {
    revalidatePath(userHref(input.UserName))
    redirect(userHref(input.UserName, 'permissions'))
  },
})

export const deleteUserPermissionsBoundaryAction = consoleAction({
  input: ZUser,
  run: (caller, input) => deleteUserPermissionsBoundary(caller, input),
  onSuccess: (_r, input) => {
    revalidatePath(userHref(input.UserName))
    return { status: 'success', message: 'Permissions boundary removed.' }
  },
})

export const saveUserTagsAction = consoleAction({
  input: ZUser.extend(ZTagRows),
  run: async (caller, input) => throwIfFailed(await saveUserTags(caller, input.UserName, tagsOfRows(input)), input.UserName),
  onSuccess: (_r, input) => {
    revalidatePath(userHref(input.UserName))
    redirect(userHref(input.UserName, 'tags'))
  },
})

const ZPasswordForm = ZUser.extend({
  passwordKind: oneOf(['autogenerated', 'custom'], 'autogenerated'),
  Password: text,
  PasswordResetRequired: checkbox,
}).refine((f) => f.passwordKind !== 'custom' || f.Password !== '', { path: ['Password'], message: 'Enter a custom password.' })

// An autogenerated password satisfies the account's policy (IAM checks a custom one).
const chosenPassword = async (caller: Caller, f: z.output<typeof ZPasswordForm>) => (f.passwordKind === 'custom' ? f.Password : generatePassword(await accountPasswordPolicyOrDefault(caller)))
// An autogenerated password is shown once, in the success message; only its hash is kept.
const passwordMessage = (lead: string, f: z.output<typeof ZPasswordForm>, password: string) =>
  f.passwordKind === 'autogenerated' ? `${lead} Console password: ${password} (this is the only time you can view it).` : lead

export const enableConsoleAccessAction = consoleAction({
  input: ZPasswordForm,
  async run(caller, input) {
    const password = await chosenPassword(caller, input)
    await createLoginProfile(caller, { UserName: input.UserName, Password: password, PasswordResetRequired: input.PasswordResetRequired })
    return password
  },
  onSuccess: (password, input) => {
    revalidatePath(userHref(input.UserName))
    return { status: 'success', message: passwordMessage('Console access enabled.', input, password) }
  },
})

export const resetPasswordAction = consoleAction({
  input: ZPasswordForm,
  async run(caller, input) {
    const password = await chosenPassword(caller, input)
    await updateLoginProfile(caller, { UserName: input.UserName, Password: password, PasswordResetRequired: input.PasswordResetRequired })
    return password
  },
  onSuccess: (password, input) => {
    revalidatePath(userHref(input.UserName))
    return { status: 'success', message: passwordMessage('Console password reset.', input, password) }
  },
})

export const disableConsoleAccessAction = consoleAction({
  input: ZUser,
  run: (caller, input) => deleteLoginProfile(caller, input),
  onSuccess: (_r, input) => {
    revalidatePath(userHref(input.UserName))
    return { status: 'success', message: 'Console access disabled.' }
  },
})

// The console's Delete: lib/iam removes the dependents first, each as its own gated IAM
// request, in AWS's order (access keys, console password, MFA devices, inline policies,
// attached policies, group memberships), then the user.
export const deleteUserAction = consoleAction({
  input: ZUser,
  run: async (caller, input) => throwIfFailed(await deleteUserWithDependents(caller, input), input.UserName),
  onSuccess: () => {
    revalidatePath('/users')
    redirect('/users')
  },
})
