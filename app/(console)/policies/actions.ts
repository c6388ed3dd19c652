'use server'
// Server actions of the Policies pages: each parses its form and calls lib/iam, which runs
// the gate; nothing here decides access.
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { policyHref } from '@/components/policies/policy-type'
import { consoleAction } from '@/lib/actions/console-action'
import { checkbox, tagsOfRows, ZTagRows } from '@/lib/actions/form-fields'
import { nameOfArn } from '@/lib/iam/arn'
import type { Caller } from '@/lib/iam/caller'
import {
  attachGroupPolicy, attachRolePolicy, attachUserPolicy, createPolicy, deletePolicyVersion,
  detachGroupPolicy, detachRolePolicy, detachUserPolicy, setDefaultPolicyVersion, tagPolicy, untagPolicy,
} from '@/lib/iam'
import { deletePolicyWithDependents } from '@/lib/console/delete-policy'
import { savePolicyVersion } from '@/lib/console/save-policy-version'
import { throwIfFailed } from '@/lib/console/workflow'

const refresh = (arn: string) => revalidatePath(`/policies/${encodeURIComponent(nameOfArn(arn))}`)

export const createPolicyAction = consoleAction({
  input: z.object({ PolicyName: z.string(), Description: z.string().optional(), PolicyDocument: z.string(), ...ZTagRows }),
  run: (caller, input) =>
    createPolicy(caller, {
      PolicyName: input.PolicyName,
      PolicyDocument: input.PolicyDocument,
      ...(input.Description ? { Description: input.Description } : {}),
      ...(tagsOfRows(input).length ? { Tags: tagsOfRows(input) } : {}),
    }),
  onSuccess: (result) => redirect(policyHref(result.Policy.Arn)),
})

/**
 * Edit policy > Save changes: a new version. With 5 versions already, the console has
 * the user pick a non-default version to delete first (DeleteVersionId).
 */
export const createPolicyVersionAction = consoleAction({
  input: z.object({ PolicyArn: z.string(), PolicyDocument: z.string(), SetAsDefault: checkbox, DeleteVersionId: z.string().optional() }),
  run: async (caller, input) =>
    throwIfFailed(await savePolicyVersion(caller, input), nameOfArn(input.PolicyArn)),
  onSuccess: (_r, input) => {
    refresh(input.PolicyArn)
    redirect(policyHref(input.PolicyArn, 'versions'))
  },
})

export const setDefaultPolicyVersionAction = consoleAction({
  input: z.object({ PolicyArn: z.string(), VersionId: z.string() }),
  run: (caller, input) => setDefaultPolicyVersion(caller, input),
  onSuccess: (_r, input) => refresh(input.PolicyArn),
})

export const deletePolicyVersionAction = consoleAction({
  input: z.object({ PolicyArn: z.string(), VersionId: z.string() }),
  run: (caller, input) => deletePolicyVersion(caller, input),
  onSuccess: (_r, input) => refresh(input.PolicyArn),
})

/** The console's Delete: detach the policy from every user, group and role, delete its other versions, then the policy. */
export const deletePolicyAction = consoleAction({
  input: z.object({ PolicyArn: z.string() }),
  run: async (caller, input) => throwIfFailed(await deletePolicyWithDependents(caller, input.PolicyArn), nameOfArn(input.PolicyArn)),
  onSuccess: () => {
    revalidatePath('/policies')
    redirect('/policies')
  },
})

const ZEntity = z.object({ PolicyArn: z.string(), EntityType: z.enum(['User', 'Group', 'Role']), EntityName: z.string().min(1, { error: 'Enter a name.' }) })

function attachTo(caller: Caller, input: z.output<typeof ZEntity>) {
  const { PolicyArn, EntityName } = input
  return input.EntityType === 'User' ? attachUserPolicy(caller, { UserName: EntityName, PolicyArn })
    : input.EntityType === 'Group' ? attachGroupPolicy(caller, { GroupName: EntityName, PolicyArn })
    : attachRolePolicy(caller, { RoleName: EntityName, PolicyArn })
}

function detachFrom(caller: Caller, input: z.output<typeof ZEntity>) {
  const { PolicyArn, EntityName } = input
  return input.EntityType === 'User' ? detachUserPolicy(caller, { UserName: EntityName, PolicyArn })
    : input.EntityType === 'Group' ? detachGroupPolicy(caller, { GroupName: EntityName, PolicyArn })
    : detachRolePolicy(caller, { RoleName: EntityName, PolicyArn })
}

export const attachPolicyToEntityAction = consoleAction({
  input: ZEntity,
  run: attachTo,
  onSuccess: (_r, input) => refresh(input.PolicyArn),
})

export const detachPolicyFromEntityAction = consoleAction({
  input: ZEntity,
  run: detachFrom,
  onSuccess: (_r, input) => refresh(input.PolicyArn),
})

export const tagPolicyAction = consoleAction({
  input: z.object({ PolicyArn: z.string(), Key: z.string(), Value: z.string().optional() }),
  run: (caller, input) => tagPolicy(caller, { PolicyArn: input.PolicyArn, Tags: [{ Key: input.Key, Value: input.Value ?? '' }] }),
  onSuccess: (_r, input) => refresh(input.PolicyArn),
})

export const untagPolicyAction = consoleAction({
  input: z.object({ PolicyArn: z.string(), Key: z.string() }),
  run: (caller, input) => untagPolicy(caller, { PolicyArn: input.PolicyArn, TagKeys: [input.Key] }),
  onSuccess: (_r, input) => refresh(input.PolicyArn),
})
