// CreateVirtualMFADevice: a new, unassigned virtual device with a fresh TOTP seed,
// stored only encrypted. The seed and its QR code are returned this once (AWS: "the
// seed information contained in the QR code and the Base32 string should be treated
// like any other secret"); EnableMFADevice then assigns the device.
import { z } from 'zod'
import { createVirtualMfaSeed, otpauthUri, qrCodeDataUrl, sealVirtualMfaSeed, virtualMfaAccountName } from '@/lib/credentials/totp'
import { mfaArn } from '../arn'
import { newMfaDeviceId } from '@/lib/credentials/ids'
import { IamError } from '../errors'
import { defineIamOperation } from '../operation'
import { requestTagContext } from '../request-context'
import { ZPath, ZTags } from '../schemas'
import { checkDistinctTagKeys, newTagRows } from '../tags/tag-list'
import { withHiddenSecrets } from './mfa-devices'

const NAME = /^[\w+=,.@-]+$/
export const ZVirtualMfaDeviceName = z.string().superRefine((value, ctx) => {
  if (value.length < 1) ctx.addIssue({ code: 'custom', message: 'Member must have length greater than or equal to 1' })
  else if (value.length > 226) ctx.addIssue({ code: 'custom', message: 'Member must have length less than or equal to 226' })
  else if (!NAME.test(value)) ctx.addIssue({ code: 'custom', message: 'Member must satisfy regular expression pattern: [\\w+=,.@-]+' })
})

export const ZCreateVirtualMFADeviceInput = z.object({ VirtualMFADeviceName: ZVirtualMfaDeviceName, Path: ZPath.optional(), Tags: ZTags.optional() })

export interface VirtualMfaDeviceCreated {
  SerialNumber: string
  /** Hidden from JSON (see withHiddenSecrets): the seed, base32 as authenticator apps take it. */
  Base32StringSeed: string
  /** Hidden from JSON: the otpauth:// QR code, a PNG as a data: URL. */
  QRCodePNG: string
  Tags?: { Key: string; Value: string }[]
}

export const createVirtualMFADevice = defineIamOperation({
  name: 'CreateVirtualMFADevice',
  readOnly: false,
  input: ZCreateVirtualMFADeviceInput,
  resource: (_db, input, caller) => mfaArn(caller.accountId, input.VirtualMFADeviceName, input.Path ?? '/'),
  context: (input) => requestTagContext(input.Tags),
  async run(tx, input, caller): Promise<{ VirtualMFADevice: VirtualMfaDeviceCreated }> {
    checkDistinctTagKeys(input.Tags)
    const serialNumber = mfaArn(caller.accountId, input.VirtualMFADeviceName, input.Path ?? '/')
    if (await tx.mfaDevice.findUnique({ where: { serialNumber }, select: { id: true } })) {
      throw new IamError('EntityAlreadyExists', 'MFADevice entity at the same path and name already exists.', { field: 'VirtualMFADeviceName' })
    }
    const { secretBase32 } = createVirtualMfaSeed()
    const account = await tx.account.findUniqueOrThrow({ where: { id: caller.accountId }, select: { alias: true } })
    const uri = otpauthUri({ accountName: virtualMfaAccountName(input.VirtualMFADeviceName, account.alias ?? caller.accountId), secret: secretBase32 })
    // The id is chosen here, not by the database: the seed's ciphertext is bound to it.
    const id = newMfaDeviceId()
    await tx.mfaDevice.create({
      data: {
        id,
        accountId: caller.accountId,
        serialNumber,
        name: input.VirtualMFADeviceName,
        type: 'virtual',
        seedEncrypted: sealVirtualMfaSeed(secretBase32, id),
        ...(input.Tags?.length ? { tags: { create: newTagRows(input.Tags) } } : {}),
      },
    })
    const device = { SerialNumber: serialNumber, ...(input.Tags?.length ? { Tags: input.Tags } : {}) }
    return { VirtualMFADevice: withHiddenSecrets(device, { Base32StringSeed: secretBase32, QRCodePNG: await qrCodeDataUrl(uri) }) }
  },
})
