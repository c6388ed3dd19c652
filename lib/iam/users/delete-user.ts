// DeleteUser refuses while the user still has anything attached, as IAM does; the
// console's "Delete user" removes those first (delete-user-with-dependents.ts).
import { z } from 'zod'
import { existingEntityArn, requireUser } from '../entities'
import { IamError } from '../errors'
import { defineIamOperation } from '../operation'
import { ZUserName } from '../schemas'

export const ZDeleteUserInput = z.object({ UserName: ZUserName })

export const deleteUser = defineIamOperation({
  name: 'DeleteUser',
  readOnly: false,
  input: ZDeleteUserInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'user', input.UserName),
  async run(tx, input, caller): Promise<Record<string, never>> {
    const user = await requireUser(tx, caller, input.UserName)
    const c = await tx.user.findUniqueOrThrow({
      where: { id: user.id },
      select: {
        loginProfile: { select: { userId: true } },
        _count: { select: { accessKeys: true, mfaDevices: true, inlinePolicies: true, attachedPolicies: true, groups: true } },
      },
    })
    const conflict =
      c.loginProfile ? 'must delete login profile first'
      : c._count.accessKeys ? 'must delete access keys first'
      : c._count.mfaDevices ? 'must delete MFA device first'
      : c._count.inlinePolicies ? 'must delete policies first'
      : c._count.attachedPolicies ? 'must detach all policies first'
      : c._count.groups ? 'must remove users from group first'
      : null
    if (conflict) throw new IamError('DeleteConflict', `Cannot delete entity, ${conflict}.`, { field: 'UserName' })
    await tx.user.delete({ where: { id: user.id } })
    return {}
  },
})
