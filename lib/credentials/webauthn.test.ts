import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto'
import { isoBase64URL, isoCBOR } from '@simplewebauthn/server/helpers'
import { describe, expect, it } from 'vitest'
import {
  relyingPartyFromHost,
  securityKeyAuthenticationOptions,
  securityKeyRegistrationOptions,
  signatureCounterAcceptable,
  signatureCounterOf,
  transportsFromColumn,
  transportsToColumn,
  verifySecurityKeyAuthentication,
  verifySecurityKeyRegistration,
  WEBAUTHN_RP_NAME,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
  type StoredSecurityKey,
} from './webauthn'

const RP = { rpID: 'localhost', expectedOrigin: 'http://localhost:3100' }

describe('relyingPartyFromHost', () => {
  const cases: { name: string; host: string; protocol: 'http:' | 'https:'; rp?: { rpID: string; expectedOrigin: string }; error?: RegExp }[] = [
    { name: 'localhost with a port', host: 'localhost:3100', protocol: 'http:', rp: RP },
    { name: 'a DNS name over https, default port', host: 'iam.example.com', protocol: 'https:', rp: { rpID: 'iam.example.com', expectedOrigin: 'https://iam.example.com' } },
    { name: 'host names are lower-cased', host: 'IAM.Example.COM:8443', protocol: 'https:', rp: { rpID: 'iam.example.com', expectedOrigin: 'https://iam.example.com:8443' } },
    { name: 'an IPv4 address is refused with advice', host: '127.0.0.1:3100', protocol: 'http:', error: /host name, not the IP address 127\.0\.0\.1/ },
    { name: 'an IPv6 address is refused', host: '[::1]:3100', protocol: 'http:', error: /not the IP address ::1/ },
    { name: 'garbage is refused', host: 'exa mple', protocol: 'http:', error: /Not a host/ },
  ]
  for (const c of cases) {
    it(c.name, () => {
      if (c.error) expect(() => relyingPartyFromHost(c.host, c.protocol)).toThrow(c.error)
      else expect(relyingPartyFromHost(c.host, c.protocol)).toEqual(c.rp)
    })
  }
})

describe('securityKeyRegistrationOptions', () => {
  it('has our relying party, the user, no attestation, preferred verification, and excludes existing keys', async () => {
    const challenge = new Uint8Array(32).fill(7)
    const options = await securityKeyRegistrationOptions({
      rpID: 'localhost',
      userHandle: 'AIDAEXAMPLEUSERID0001',
      userName: 'bob',
      existingKeys: [{ credentialId: 'AAEC', transports: ['usb', 'nfc'] }],
      challenge,
    })
    expect(options.rp).toEqual({ name: WEBAUTHN_RP_NAME, id: 'localhost' })
    expect(options.user).toEqual({ id: isoBase64URL.fromBuffer(new TextEncoder().encode('AIDAEXAMPLEUSERID0001')), name: 'bob', displayName: 'bob' })
    expect(options.challenge).toBe(isoBase64URL.fromBuffer(challenge))
    expect(options.attestation).toBe('none')
    expect(options.excludeCredentials).toEqual([{ id: 'AAEC', type: 'public-key', transports: ['usb', 'nfc'] }])
    expect(options.authenticatorSelection).toMatchObject({ residentKey: 'preferred', userVerification: 'preferred' })
    expect(options.timeout).toBe(60_000)
    // ES256 and RS256 at least, so every common authenticator can register.
    expect(options.pubKeyCredParams.map((p) => p.alg)).toEqual(expect.arrayContaining([-7, -257]))
  })
  it('draws a fresh random challenge when none is given', async () => {
    const args = { rpID: 'localhost', userHandle: 'u', userName: 'bob', existingKeys: [] }
    const a = await securityKeyRegistrationOptions(args)
    const b = await securityKeyRegistrationOptions(args)
    expect(a.challenge).not.toBe(b.challenge)
    expect(isoBase64URL.toBuffer(a.challenge).length).toBeGreaterThanOrEqual(32)
  })
})

describe('securityKeyAuthenticationOptions', () => {
  it('allows only the given keys and prefers user verification', async () => {
    const options = await securityKeyAuthenticationOptions({
      rpID: 'localhost',
      keys: [{ credentialId: 'AAEC', transports: ['internal'] }, { credentialId: 'BBBB', transports: [] }],
    })
    expect(options.rpId).toBe('localhost')
    expect(options.userVerification).toBe('preferred')
    expect(options.allowCredentials).toEqual([
      { id: 'AAEC', type: 'public-key', transports: ['internal'] },
      { id: 'BBBB', type: 'public-key', transports: [] },
    ])
  })
})

describe('signatureCounterAcceptable', () => {
  const cases: { name: string; stored: number; received: number; ok: boolean }[] = [
    { name: 'no counter on either side (passkeys report 0)', stored: 0, received: 0, ok: true },
    { name: 'first use of a counting key', stored: 0, received: 1, ok: true },
    { name: 'the counter increased', stored: 5, received: 6, ok: true },
    { name: 'the counter jumped ahead (used elsewhere, still one key)', stored: 5, received: 50, ok: true },
    { name: 'the same counter again: a clone', stored: 5, received: 5, ok: false },
    { name: 'the counter went back: a clone', stored: 5, received: 4, ok: false },
    { name: 'a counting key suddenly reports 0: a clone', stored: 5, received: 0, ok: false },
  ]
  for (const c of cases) {
    it(c.name, () => expect(signatureCounterAcceptable(c.stored, c.received)).toBe(c.ok))
  }
})

describe('transports column', () => {
  const cases: { name: string; transports: string[]; column: string | null }[] = [
    { name: 'several', transports: ['usb', 'nfc'], column: 'usb,nfc' },
    { name: 'none', transports: [], column: null },
    { name: 'unknown values are dropped', transports: ['internal', 'carrier-pigeon'], column: 'internal' },
  ]
  for (const c of cases) {
    it(c.name, () => {
      expect(transportsToColumn(c.transports)).toBe(c.column)
      expect(transportsFromColumn(c.column)).toEqual(c.transports.filter((t) => t !== 'carrier-pigeon'))
    })
  }
})

// A software authenticator (ES256, "none" attestation), so registration and sign-in
// run through @simplewebauthn/server exactly as a browser's answers would.
class SoftwareAuthenticator {
  readonly credentialId = randomBytes(16)
  private readonly keys = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  counter = 0

  register(challenge: string, origin = RP.expectedOrigin, rpID = RP.rpID): RegistrationResponseJSON {
    const jwk = this.keys.publicKey.export({ format: 'jwk' })
    const cose = new Map<number, number | Uint8Array>([
      [1, 2], [3, -7], [-1, 1],
      [-2, new Uint8Array(Buffer.from(jwk.x!, 'base64url'))],
      [-3, new Uint8Array(Buffer.from(jwk.y!, 'base64url'))],
    ])
    const idLength = Buffer.alloc(2)
    idLength.writeUInt16BE(this.credentialId.length)
    const authData = Buffer.concat([
      sha256(rpID), Buffer.from([0x45]), u32(this.counter), Buffer.alloc(16), idLength, this.credentialId, Buffer.from(isoCBOR.encode(cose)),
    ])
    const attestationObject = isoCBOR.encode(new Map<string, string | Map<string, string> | Uint8Array>([
      ['fmt', 'none'], ['attStmt', new Map<string, string>()], ['authData', new Uint8Array(authData)],
    ]))
    const id = this.credentialId.toString('base64url')
    return {
      id, rawId: id, type: 'public-key', clientExtensionResults: {},
      response: {
        clientDataJSON: clientData('webauthn.create', challenge, origin),
        attestationObject: Buffer.from(attestationObject).toString('base64url'),
        transports: ['internal'],
      },
    }
  }

  /** Signs in; `counter` overrides the next counter (to act as a clone). */
  authenticate(challenge: string, counter = this.counter + 1, signingKey: KeyObject = this.keys.privateKey): AuthenticationResponseJSON {
    this.counter = counter
    const authData = Buffer.concat([sha256(RP.rpID), Buffer.from([0x05]), u32(counter)])
    const clientDataJSON = clientData('webauthn.get', challenge, RP.expectedOrigin)
    const signature = sign('sha256', Buffer.concat([authData, sha256(Buffer.from(clientDataJSON, 'base64url'))]), signingKey)
    const id = this.credentialId.toString('base64url')
    return {
      id, rawId: id, type: 'public-key', clientExtensionResults: {},
      response: { clientDataJSON, authenticatorData: authData.toString('base64url'), signature: signature.toString('base64url') },
    }
  }
}

function sha256(data: string | Buffer): Buffer {
  return createHash('sha256').update(data).digest()
}
function u32(n: number): Buffer {
  const b = Buffer.alloc(4)
  b.writeUInt32BE(n)
  return b
}
function clientData(type: string, challenge: string, origin: string): string {
  return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false })).toString('base64url')
}

async function registered(authenticator: SoftwareAuthenticator): Promise<StoredSecurityKey> {
  const options = await securityKeyRegistrationOptions({ rpID: RP.rpID, userHandle: 'AIDABOB', userName: 'bob', existingKeys: [] })
  const result = await verifySecurityKeyRegistration({ response: authenticator.register(options.challenge), expectedChallenge: options.challenge, relyingParty: RP })
  if (!result.ok) throw new Error(result.message)
  return result.key
}

describe('registration and sign-in with a software authenticator', () => {
  it('registration returns the credential to store', async () => {
    const authenticator = new SoftwareAuthenticator()
    const key = await registered(authenticator)
    expect(key.credentialId).toBe(authenticator.credentialId.toString('base64url'))
    expect(key.publicKey).toBeInstanceOf(Uint8Array)
    expect(key.publicKey.length).toBeGreaterThan(64)
    expect(key.counter).toBe(0)
    expect(key.transports).toEqual(['internal'])
  })

  const registrationFailures: { name: string; tamper: (challenge: string, a: SoftwareAuthenticator) => RegistrationResponseJSON }[] = [
    { name: 'a response to another challenge', tamper: (_c, a) => a.register(isoBase64URL.fromBuffer(new Uint8Array(randomBytes(32)))) },
    { name: 'a response from another origin', tamper: (c, a) => a.register(c, 'http://evil.example:3100') },
    { name: 'a response for another relying party', tamper: (c, a) => a.register(c, RP.expectedOrigin, 'evil.example') },
  ]
  for (const c of registrationFailures) {
    it(`registration refuses ${c.name}`, async () => {
      const options = await securityKeyRegistrationOptions({ rpID: RP.rpID, userHandle: 'AIDABOB', userName: 'bob', existingKeys: [] })
      const result = await verifySecurityKeyRegistration({ response: c.tamper(options.challenge, new SoftwareAuthenticator()), expectedChallenge: options.challenge, relyingParty: RP })
      expect(result.ok).toBe(false)
    })
  }

  it('sign-in succeeds and returns the new counter, then the next sign-in continues from it', async () => {
    const authenticator = new SoftwareAuthenticator()
    let key = await registered(authenticator)
    for (const expected of [1, 2]) {
      const options = await securityKeyAuthenticationOptions({ rpID: RP.rpID, keys: [key] })
      const result = await verifySecurityKeyAuthentication({ response: authenticator.authenticate(options.challenge), expectedChallenge: options.challenge, relyingParty: RP, key })
      expect(result).toEqual({ ok: true, newCounter: expected })
      key = { ...key, counter: expected }
    }
  })

  it('a repeated counter is refused as a cloned authenticator', async () => {
    const authenticator = new SoftwareAuthenticator()
    const key = { ...(await registered(authenticator)), counter: 7 }
    const options = await securityKeyAuthenticationOptions({ rpID: RP.rpID, keys: [key] })
    const result = await verifySecurityKeyAuthentication({ response: authenticator.authenticate(options.challenge, 7), expectedChallenge: options.challenge, relyingParty: RP, key })
    expect(result).toMatchObject({ ok: false, reason: 'cloned-authenticator' })
  })

  it('an authenticator without a counter (always 0) keeps working', async () => {
    const authenticator = new SoftwareAuthenticator()
    const key = await registered(authenticator)
    for (let i = 0; i < 2; i++) {
      const options = await securityKeyAuthenticationOptions({ rpID: RP.rpID, keys: [key] })
      const result = await verifySecurityKeyAuthentication({ response: authenticator.authenticate(options.challenge, 0), expectedChallenge: options.challenge, relyingParty: RP, key })
      expect(result).toEqual({ ok: true, newCounter: 0 })
    }
  })

  it('a signature by another key is refused', async () => {
    const authenticator = new SoftwareAuthenticator()
    const key = await registered(authenticator)
    const options = await securityKeyAuthenticationOptions({ rpID: RP.rpID, keys: [key] })
    const impostor = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey
    const result = await verifySecurityKeyAuthentication({ response: authenticator.authenticate(options.challenge, 1, impostor), expectedChallenge: options.challenge, relyingParty: RP, key })
    expect(result).toMatchObject({ ok: false, reason: 'invalid' })
  })

  it('a replayed assertion (old challenge) is refused', async () => {
    const authenticator = new SoftwareAuthenticator()
    const key = await registered(authenticator)
    const first = await securityKeyAuthenticationOptions({ rpID: RP.rpID, keys: [key] })
    const second = await securityKeyAuthenticationOptions({ rpID: RP.rpID, keys: [key] })
    const result = await verifySecurityKeyAuthentication({ response: authenticator.authenticate(first.challenge), expectedChallenge: second.challenge, relyingParty: RP, key })
    expect(result).toMatchObject({ ok: false, reason: 'invalid' })
  })

  it('an assertion from a different credential is refused before any crypto', async () => {
    const key = await registered(new SoftwareAuthenticator())
    const other = new SoftwareAuthenticator()
    const options = await securityKeyAuthenticationOptions({ rpID: RP.rpID, keys: [key] })
    const result = await verifySecurityKeyAuthentication({ response: other.authenticate(options.challenge), expectedChallenge: options.challenge, relyingParty: RP, key })
    expect(result).toMatchObject({ ok: false, reason: 'wrong-credential' })
  })

  it('signatureCounterOf reads the counter an authenticator put in authenticatorData', () => {
    const authenticator = new SoftwareAuthenticator()
    expect(signatureCounterOf(authenticator.authenticate('x', 0x01020304).response.authenticatorData)).toBe(0x01020304)
    expect(() => signatureCounterOf('AAAA')).toThrow(/too short/)
  })
})
