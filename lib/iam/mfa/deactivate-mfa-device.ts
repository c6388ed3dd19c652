// DeactivateMFADevice: an administrator with iam:DeactivateMFADevice removes a lost
// device, or a user their own. A virtual device goes back to unassigned (it can be
// enabled again only with two new codes); a security key is removed, as the console
// does. The owner's other console sessions end.
import { z } from 'zod'
import { defineIamOperation } from '../operation'
import { ZUserName } from '../schemas'
import { endConsoleSessions } from '../sessions/end-console-sessions'
import { mfaOwnerArn, noSuchMfaDevice, ownedDevicesWhere, requireMfaOwner, ZSerialNumber } from './mfa-devices'

export const ZDeactivateMFADeviceInput = z.object({ UserName: ZUserName.optional(), SerialNumber: ZSerialNumber })

export const deactivateMFADevice = defineIamOperation({
  name: 'DeactivateMFADevice',
  readOnly: false,
  input: ZDeactivateMFADeviceInput,
  resource: (db, input, caller) => mfaOwnerArn(db, caller, input.UserName),
  async run(tx, input, caller): Promise<Record<string, never>> {
    const owner = await requireMfaOwner(tx, caller, input.UserName)
    const device = await tx.mfaDevice.findFirst({ where: { ...ownedDevicesWhere(owner), serialNumber: input.SerialNumber } })
    if (!device) throw noSuchMfaDevice(input.SerialNumber)
    if (device.type === 'virtual') {
      await tx.mfaDevice.update({ where: { id: device.id }, data: { userId: null, enabled: false, enabledAt: null, lastTimeStep: null } })
    } else {
      await tx.mfaDevice.delete({ where: { id: device.id } })
    }
    await endConsoleSessions(tx, owner, new Date(), caller.sessionId)
    return {}
  },
})
