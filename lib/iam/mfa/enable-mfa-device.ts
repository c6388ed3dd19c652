// EnableMFADevice: assigns a virtual device to a user (or, UserName omitted, to the
// caller: how the root user assigns its own) once two consecutive codes from it check
// out. The second code's time step becomes the device's last accepted one, so neither
// code can be used again to sign in.
import { z } from 'zod'
import { openVirtualMfaSeed, verifyTwoConsecutiveCodes } from '@/lib/credentials/totp'
import { IamError } from '../errors'
import { defineIamOperation } from '../operation'
import { ZUserName } from '../schemas'
import { assertMfaDeviceQuota, mfaOwnerArn, noSuchVirtualMfaDevice, requireMfaOwner, ZAuthenticationCode, ZSerialNumber } from './mfa-devices'

export const ZEnableMFADeviceInput = z.object({
  UserName: ZUserName.optional(),
  SerialNumber: ZSerialNumber,
  AuthenticationCode1: ZAuthenticationCode,
  AuthenticationCode2: ZAuthenticationCode,
})

export const invalidAuthenticationCode = () =>
  new IamError('InvalidAuthenticationCode', 'Authentication code for device is not valid.', { field: 'AuthenticationCode1' })

export const enableMFADevice = defineIamOperation({
  name: 'EnableMFADevice',
  readOnly: false,
  input: ZEnableMFADeviceInput,
  resource: (db, input, caller) => mfaOwnerArn(db, caller, input.UserName),
  async run(tx, input, caller): Promise<Record<string, never>> {
    const owner = await requireMfaOwner(tx, caller, input.UserName)
    const device = await tx.mfaDevice.findFirst({ where: { accountId: caller.accountId, serialNumber: input.SerialNumber, type: 'virtual' } })
    if (!device?.seedEncrypted) throw noSuchVirtualMfaDevice(input.SerialNumber)
    if (device.enabled) throw new IamError('EntityAlreadyExists', 'MFA Device is already in use.', { field: 'SerialNumber' })
    await assertMfaDeviceQuota(tx, owner)
    const now = new Date()
    const checked = verifyTwoConsecutiveCodes(openVirtualMfaSeed(device.seedEncrypted, device.id), input.AuthenticationCode1, input.AuthenticationCode2, now.getTime() / 1000)
    if (!checked.ok) throw invalidAuthenticationCode()
    // Conditional on "still unassigned": two concurrent enables cannot both win.
    const { count } = await tx.mfaDevice.updateMany({
      where: { id: device.id, enabled: false },
      data: { userId: owner.userId, enabled: true, enabledAt: now, lastTimeStep: checked.timeStep },
    })
    if (count === 0) throw new IamError('EntityAlreadyExists', 'MFA Device is already in use.', { field: 'SerialNumber' })
    return {}
  },
})
