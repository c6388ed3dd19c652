// A software authenticator (ES256 key, "none" attestation, a signature counter), so
// security-key registration and sign-in run through @simplewebauthn/server exactly as
// a browser's answers would. (lib/credentials/webauthn.test.ts has its own for the unit tests.)
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto'
import { isoCBOR } from '@simplewebauthn/server/helpers'
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@/lib/credentials/webauthn'

export const RP = { rpID: 'localhost', expectedOrigin: 'http://localhost:3100' }

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest()
const u32 = (n: number) => {
  const b = Buffer.alloc(4)
  b.writeUInt32BE(n)
  return b
}
const clientData = (type: string, challenge: string, origin: string) =>
  Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false })).toString('base64url')

export class SoftwareAuthenticator {
  readonly credentialId = randomBytes(16)
  private readonly keys = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  counter = 0

  get id(): string {
    return this.credentialId.toString('base64url')
  }

  register(challenge: string, origin = RP.expectedOrigin): RegistrationResponseJSON {
    const jwk = this.keys.publicKey.export({ format: 'jwk' })
    const cose = new Map<number, number | Uint8Array>([
      [1, 2], [3, -7], [-1, 1],
      [-2, new Uint8Array(Buffer.from(jwk.x!, 'base64url'))],
      [-3, new Uint8Array(Buffer.from(jwk.y!, 'base64url'))],
    ])
    const idLength = Buffer.alloc(2)
    idLength.writeUInt16BE(this.credentialId.length)
    const authData = Buffer.concat([sha256(RP.rpID), Buffer.from([0x45]), u32(this.counter), Buffer.alloc(16), idLength, this.credentialId, Buffer.from(isoCBOR.encode(cose))])
    const attestationObject = isoCBOR.encode(new Map<string, string | Map<string, string> | Uint8Array>([
      ['fmt', 'none'], ['attStmt', new Map<string, string>()], ['authData', new Uint8Array(authData)],
    ]))
    return {
      id: this.id, rawId: this.id, type: 'public-key', clientExtensionResults: {},
      response: { clientDataJSON: clientData('webauthn.create', challenge, origin), attestationObject: Buffer.from(attestationObject).toString('base64url'), transports: ['usb'] },
    }
  }

  /** An assertion; `counter` overrides the next counter (to act as a clone). */
  authenticate(challenge: string, counter = this.counter + 1): AuthenticationResponseJSON {
    this.counter = counter
    const authData = Buffer.concat([sha256(RP.rpID), Buffer.from([0x05]), u32(counter)])
    const clientDataJSON = clientData('webauthn.get', challenge, RP.expectedOrigin)
    const signature = sign('sha256', Buffer.concat([authData, sha256(Buffer.from(clientDataJSON, 'base64url'))]), this.keys.privateKey)
    return {
      id: this.id, rawId: this.id, type: 'public-key', clientExtensionResults: {},
      response: { clientDataJSON, authenticatorData: authData.toString('base64url'), signature: signature.toString('base64url') },
    }
  }
}
