'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { consoleAction } from '@/lib/actions/console-action'
import { checkbox, list, oneOf, tagsOfRows, text, ZTagRows } from '@/lib/actions/form-fields'
import { generatePassword } from '@/lib/auth/generate-password'
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
const ZUser = z.object({ userName: z.string() })

/** A workflow's outcome for the form; the page is refreshed when something changed, also when a later step failed. */
function refreshedOrThrown(userName: string, result: WorkflowResult): void {
  if (result.steps.some((s) => s.status === 'done')) revalidatePath(userHref(userName))
  throwIfFailed(result, userName)
}

export const detachUserPolicyAction = consoleAction({
  input: ZUser.extend({ policyArn: z.string() }),
  run: (caller, input) => detachUserPolicy(caller, { UserName: input.userName, PolicyArn: input.policyArn }),
  onSuccess: (_r, input) => {
    revalidatePath(userHref(input.userName))
    return { status: 'success', message: `Policy ${nameOfArn(input.policyArn)} removed.` }
  },
})

export const deleteUserInlinePolicyAction = consoleAction({
  input: ZUser.extend({ policyName: z.string() }),
  run: (caller, input) => deleteUserPolicy(caller, { UserName: input.userName, PolicyName: input.policyName }),
  onSuccess: (_r, input) => {
    revalidatePath(userHref(input.userName))
    return { status: 'success', message: `Policy ${input.policyName} removed.` }
  },
})

export const removeUserFromGroupAction = consoleAction({
  input: ZUser.extend({ groupName: z.string() }),
  run: (caller, input) => removeUserFromGroup(caller, { UserName: input.userName, GroupName: input.groupName }),
  onSuccess: (_r, input) => {
    revalidatePath(userHref(input.userName))
    return { status: 'success', message: `User removed from group ${input.groupName}.` }
  },
})

export const addUserToGroupsAction = consoleAction({
  input: ZUser.extend({ 'groupNames[]': list }).refine((f) => f['groupNames[]'].length > 0, { path: ['groupNames[]'], message: 'Choose at least one group.' }),
  run: async (caller, input) => refreshedOrThrown(input.userName, await addUserPermissions(caller, input.userName, { permissionsOption: 'group', GroupNames: input['groupNames[]'] })),
  onSuccess: (_r, input) => ({ status: 'success', message: `User added to ${input['groupNames[]'].join(', ')}.` }),
})

const permissionsChoiceOf = (input: { permissionsOption: 'group' | 'copy' | 'attach'; 'groupNames[]': string[]; 'policyArns[]': string[]; copyFrom: string }): TAddUserPermissionsInput =>
  input.permissionsOption === 'group' ? { permissionsOption: 'group', GroupNames: input['groupNames[]'] }
    : input.permissionsOption === 'attach' ? { permissionsOption: 'attach', PolicyArns: input['policyArns[]'] }
    : { permissionsOption: 'copy', CopyFrom: input.copyFrom }

/** "Add permissions": add to groups, copy another user's permissions, or attach policies directly. */
export const addUserPermissionsAction = consoleAction({
  input: ZUser.extend({
    permissionsOption: z.enum(['group', 'copy', 'attach']),
    'groupNames[]': list,
    'policyArns[]': list,
    copyFrom: text,
  }).superRefine((f, ctx) => {
    if (f.permissionsOption === 'group' && !f['groupNames[]'].length) ctx.addIssue({ code: 'custom', path: ['groupNames[]'], message: 'Choose at least one group.' })
    if (f.permissionsOption === 'attach' && !f['policyArns[]'].length) ctx.addIssue({ code: 'custom', path: ['policyArns[]'], message: 'Choose at least one policy.' })
    if (f.permissionsOption === 'copy' && !f.copyFrom) ctx.addIssue({ code: 'custom', path: ['copyFrom'], message: 'Choose a user to copy permissions from.' })
  }),
  run: async (caller, input) => refreshedOrThrown(input.userName, await addUserPermissions(caller, input.userName, permissionsChoiceOf(input))),
  onSuccess: (_r, input) => redirect(userHref(input.userName, 'permissions')),
})

export const putUserPermissionsBoundaryAction = consoleAction({
  input: ZUser.extend({ boundaryArn: z.string({ error: 'Choose a policy to use as the permissions boundary.' }).min(1, 'Choose a policy to use as the permissions boundary.') }),
  run: (caller, input) => putUserPermissionsBoundary(caller, { UserName: input.userName, PermissionsBoundary: input.boundaryArn }),
  onSuccess: (_r, input) => {
    revalidatePath(userHref(input.userName))
    redirect(userHref(input.userName, 'permissions'))
  },
})

export const deleteUserPermissionsBoundaryAction = consoleAction({
  input: ZUser,
  run: (caller, input) => deleteUserPermissionsBoundary(caller, { UserName: input.userName }),
  onSuccess: (_r, input) => {
    revalidatePath(userHref(input.userName))
    return { status: 'success', message: 'Permissions boundary removed.' }
  },
})

export const saveUserTagsAction = consoleAction({
  input: ZUser.extend(ZTagRows),
  run: async (caller, input) => throwIfFailed(await saveUserTags(caller, input.userName, tagsOfRows(input)), input.userName),
  onSuccess: (_r, input) => {
    revalidatePath(userHref(input.userName))
    redirect(userHref(input.userName, 'tags'))
  },
})

const ZPasswordForm = ZUser.extend({
  passwordKind: oneOf(['autogenerated', 'custom'], 'autogenerated'),
  password: text,
  passwordResetRequired: checkbox,
}).refine((f) => f.passwordKind !== 'custom' || f.password !== '', { path: ['password'], message: 'Enter a custom password.' })

// An autogenerated password satisfies the account's policy (IAM checks a custom one).
const chosenPassword = async (caller: Caller, f: z.output<typeof ZPasswordForm>) => (f.passwordKind === 'custom' ? f.password : generatePassword(await accountPasswordPolicyOrDefault(caller)))
// An autogenerated password is shown once, in the success message; only its hash is kept.
const passwordMessage = (lead: string, f: z.output<typeof ZPasswordForm>, password: string) =>
  f.passwordKind === 'autogenerated' ? `${lead} Console password: ${password} (this is the only time you can view it).` : lead

export const enableConsoleAccessAction = consoleAction({
  input: ZPasswordForm,
  async run(caller, input) {
    const password = await chosenPassword(caller, input)
    await createLoginProfile(caller, { UserName: input.userName, Password: password, PasswordResetRequired: input.passwordResetRequired })
    return password
  },
  onSuccess: (password, input) => {
    revalidatePath(userHref(input.userName))
    return { status: 'success', message: passwordMessage('Console access enabled.', input, password) }
  },
})

export const resetPasswordAction = consoleAction({
  input: ZPasswordForm,
  async run(caller, input) {
    const password = await chosenPassword(caller, input)
    await updateLoginProfile(caller, { UserName: input.userName, Password: password, PasswordResetRequired: input.passwordResetRequired })
    return password
  },
  onSuccess: (password, input) => {
    revalidatePath(userHref(input.userName))
    return { status: 'success', message: passwordMessage('Console password reset.', input, password) }
  },
})

export const disableConsoleAccessAction = consoleAction({
  input: ZUser,
  run: (caller, input) => deleteLoginProfile(caller, { UserName: input.userName }),
  onSuccess: (_r, input) => {
    revalidatePath(userHref(input.userName))
    return { status: 'success', message: 'Console access disabled.' }
  },
})

// The console's Delete: lib/iam removes the dependents first, each as its own gated IAM
// request, in AWS's order (access keys, console password, MFA devices, inline policies,
// attached policies, group memberships), then the user.
export const deleteUserAction = consoleAction({
  input: ZUser,
  run: async (caller, input) => throwIfFailed(await deleteUserWithDependents(caller, { UserName: input.userName }), input.userName),
  onSuccess: () => {
    revalidatePath('/users')
    redirect('/users')
  },
})
