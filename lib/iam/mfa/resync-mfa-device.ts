// ResyncMFADevice: two consecutive codes from an assigned virtual device bring it back
// in step. Codes at or before the last accepted step are refused (they were used).
import { z } from 'zod'
import { openVirtualMfaSeed, verifyTwoConsecutiveCodes } from '@/lib/credentials/totp'
import { defineIamOperation } from '../operation'
import { ZUserName } from '../schemas'
import { invalidAuthenticationCode } from './enable-mfa-device'
import { mfaOwnerArn, noSuchMfaDevice, ownedDevicesWhere, requireMfaOwner, ZAuthenticationCode, ZSerialNumber } from './mfa-devices'

export const ZResyncMFADeviceInput = z.object({
  UserName: ZUserName.optional(),
  SerialNumber: ZSerialNumber,
  AuthenticationCode1: ZAuthenticationCode,
  AuthenticationCode2: ZAuthenticationCode,
})

export const resyncMFADevice = defineIamOperation({
  name: 'ResyncMFADevice',
  readOnly: false,
  input: ZResyncMFADeviceInput,
  resource: (db, input, caller) => mfaOwnerArn(db, caller, input.UserName),
  async run(tx, input, caller): Promise<Record<string, never>> {
    const owner = await requireMfaOwner(tx, caller, input.UserName)
    const device = await tx.mfaDevice.findFirst({ where: { ...ownedDevicesWhere(owner), serialNumber: input.SerialNumber, type: 'virtual' } })
    if (!device?.seedEncrypted) throw noSuchMfaDevice(input.SerialNumber)
    const checked = verifyTwoConsecutiveCodes(openVirtualMfaSeed(device.seedEncrypted, device.id), input.AuthenticationCode1, input.AuthenticationCode2, Date.now() / 1000)
    if (!checked.ok || (device.lastTimeStep !== null && checked.timeStep - 1 <= device.lastTimeStep)) throw invalidAuthenticationCode()
    await tx.mfaDevice.update({ where: { id: device.id }, data: { lastTimeStep: checked.timeStep } })
    return {}
  },
})
