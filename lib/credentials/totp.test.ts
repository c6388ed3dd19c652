import { execFileSync, spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import {
  createVirtualMfaSeed,
  INVALID_AUTHENTICATION_CODE,
  openVirtualMfaSeed,
  otpauthUri,
  qrCodeDataUrl,
  sealVirtualMfaSeed,
  timeStepAt,
  totpCodeAt,
  verifySignInCode,
  verifyTwoConsecutiveCodes,
  virtualMfaAccountName,
} from './totp'

process.env.SANDBOX_IAM_ENCRYPTION_KEY ??= 'totp-test-key'

// RFC 6238 appendix B: SHA-1 with the 20-byte ASCII secret "12345678901234567890".
const RFC_SECRET = Buffer.from('12345678901234567890', 'ascii')
const RFC_SECRET_BASE32 = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'

describe('RFC 6238 test vectors (SHA-1)', () => {
  it('the base32 secret is the RFC\'s ASCII secret', () => {
    expect(base32Decode(RFC_SECRET_BASE32)).toEqual(RFC_SECRET)
  })
  const vectors: { t: number; code8: string }[] = [
    { t: 59, code8: '94287082' },
    { t: 1111111109, code8: '07081804' },
    { t: 1111111111, code8: '14050471' },
    { t: 1234567890, code8: '89005924' },
    { t: 2000000000, code8: '69279037' },
    { t: 20000000000, code8: '65353130' },
  ]
  for (const v of vectors) {
    it(`T = ${v.t}: 8 digits ${v.code8}, 6 digits ${v.code8.slice(2)}`, () => {
      expect(totpCodeAt(RFC_SECRET_BASE32, v.t, 8)).toBe(v.code8)
      expect(totpCodeAt(RFC_SECRET_BASE32, v.t)).toBe(v.code8.slice(2))
    })
  }
})

const haveOathtool = spawnSync('oathtool', ['--version']).status === 0
const mustRunOathtool = haveOathtool || !!process.env.CI
if (!mustRunOathtool) {
  console.warn('totp.test.ts: oathtool is not installed, skipping the oathtool agreement test (apt-get install -y oathtool); in CI it runs and fails instead')
}

describe(`agreement with Debian's oathtool${mustRunOathtool ? '' : ' (SKIPPED: oathtool not installed)'}`, () => {
  const times = [59, 1111111109, 1700000000, 1700000029, 1700000030, 2000000000, 1764547200]
  const seeds = [RFC_SECRET_BASE32, createVirtualMfaSeed().secretBase32, createVirtualMfaSeed().secretBase32]
  for (const seed of seeds) {
    ;(mustRunOathtool ? it : it.skip)(`codes for ${seed === RFC_SECRET_BASE32 ? 'the RFC secret' : 'a new seed'} at ${times.length} fixed times`, () => {
      for (const t of times) {
        const theirs = execFileSync('oathtool', ['--totp', '-b', '-N', `@${t}`, seed], { encoding: 'utf8' }).trim()
        expect({ t, code: totpCodeAt(seed, t) }).toEqual({ t, code: theirs })
      }
    })
  }
})

describe('createVirtualMfaSeed', () => {
  it('is 20 random bytes in base32 (32 characters), different each time', () => {
    const a = createVirtualMfaSeed().secretBase32
    const b = createVirtualMfaSeed().secretBase32
    expect(a).toMatch(/^[A-Z2-7]{32}$/)
    expect(base32Decode(a)).toHaveLength(20)
    expect(a).not.toBe(b)
  })
})

describe('otpauthUri and the QR code', () => {
  it('labels the entry issuer:NAME@ALIAS and names the issuer, as AWS does', () => {
    const uri = otpauthUri({ accountName: virtualMfaAccountName('alice', 'example-corp'), secret: RFC_SECRET_BASE32 })
    const url = new URL(uri)
    expect(url.protocol).toBe('otpauth:')
    expect(url.host).toBe('totp')
    expect(decodeURIComponent(url.pathname)).toBe('/Sandbox IAM:alice@example-corp')
    expect(url.searchParams.get('secret')).toBe(RFC_SECRET_BASE32)
    expect(url.searchParams.get('issuer')).toBe('Sandbox IAM')
  })
  it('renders a PNG data URL that changes with the URI', async () => {
    const a = await qrCodeDataUrl(otpauthUri({ accountName: 'alice@123456789012', secret: RFC_SECRET_BASE32 }))
    const b = await qrCodeDataUrl(otpauthUri({ accountName: 'bob@123456789012', secret: RFC_SECRET_BASE32 }))
    expect(a.startsWith('data:image/png;base64,')).toBe(true)
    const png = Buffer.from(a.slice('data:image/png;base64,'.length), 'base64')
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    expect(a).not.toBe(b)
  })
})

describe('verifyTwoConsecutiveCodes (EnableMFADevice)', () => {
  it("refuses with AWS's InvalidAuthenticationCode error", () => {
    expect(verifyTwoConsecutiveCodes(RFC_SECRET_BASE32, '000000', '000000', 1700000015)).toEqual({
      ok: false,
      error: { code: 'InvalidAuthenticationCode', message: 'Authentication code for device is not valid.' },
    })
  })
  const seed = RFC_SECRET_BASE32
  const now = 1700000015 // inside step 56666667
  const step = timeStepAt(now)
  const at = (s: number) => totpCodeAt(seed, s * 30)
  const cases: { name: string; code1: string; code2: string; result: { ok: true; timeStep: number } | { ok: false } }[] = [
    { name: 'previous and current step', code1: at(step - 1), code2: at(step), result: { ok: true, timeStep: step } },
    { name: 'current and next step (device clock slightly ahead)', code1: at(step), code2: at(step + 1), result: { ok: true, timeStep: step + 1 } },
    { name: 'submitted a minute late: still accepted', code1: at(step - 3), code2: at(step - 2), result: { ok: true, timeStep: step - 2 } },
    { name: 'submitted too late', code1: at(step - 4), code2: at(step - 3), result: { ok: false } },
    { name: 'the same code twice', code1: at(step), code2: at(step), result: { ok: false } },
    { name: 'codes in the wrong order', code1: at(step), code2: at(step - 1), result: { ok: false } },
    { name: 'codes two steps apart', code1: at(step - 2), code2: at(step), result: { ok: false } },
    { name: 'a wrong first code', code1: bump(at(step - 1)), code2: at(step), result: { ok: false } },
    { name: 'not six digits', code1: at(step - 1).slice(1), code2: at(step), result: { ok: false } },
    { name: 'spaces around the codes are ignored', code1: ` ${at(step - 1)}`, code2: `${at(step)} `, result: { ok: true, timeStep: step } },
  ]
  for (const c of cases) {
    it(c.name, () => {
      const expected = c.result.ok ? c.result : { ok: false, error: INVALID_AUTHENTICATION_CODE }
      expect(verifyTwoConsecutiveCodes(seed, c.code1, c.code2, now)).toEqual(expected)
    })
  }
  it('codes of another seed are refused', () => {
    const other = createVirtualMfaSeed().secretBase32
    expect(verifyTwoConsecutiveCodes(other, at(step - 1), at(step), now)).toMatchObject({ ok: false })
  })
})

describe('verifySignInCode', () => {
  const seed = RFC_SECRET_BASE32
  const now = 1700000015
  const step = timeStepAt(now)
  const at = (s: number) => totpCodeAt(seed, s * 30)
  const cases: { name: string; code: string; last: number | null; result: object }[] = [
    { name: 'the current code', code: at(step), last: null, result: { ok: true, timeStep: step } },
    { name: 'the previous step\'s code (typed as it changed)', code: at(step - 1), last: null, result: { ok: true, timeStep: step - 1 } },
    { name: 'the next step\'s code (device clock ahead)', code: at(step + 1), last: null, result: { ok: true, timeStep: step + 1 } },
    { name: 'two steps old is refused', code: at(step - 2), last: null, result: { ok: false, reason: 'invalid' } },
    { name: 'two steps ahead is refused', code: at(step + 2), last: null, result: { ok: false, reason: 'invalid' } },
    { name: 'a wrong code', code: bump(at(step)), last: null, result: { ok: false, reason: 'invalid' } },
    { name: 'letters', code: 'abcdef', last: null, result: { ok: false, reason: 'invalid' } },
    { name: 'seven digits', code: at(step) + '1', last: null, result: { ok: false, reason: 'invalid' } },
    { name: 'the code already accepted is refused as reused', code: at(step), last: step, result: { ok: false, reason: 'reused' } },
    { name: 'an older code than the last accepted is refused as reused', code: at(step - 1), last: step, result: { ok: false, reason: 'reused' } },
    { name: 'a newer code than the last accepted is accepted', code: at(step), last: step - 1, result: { ok: true, timeStep: step } },
    { name: 'after enabling at the next step, even the current code is reused', code: at(step), last: step + 1, result: { ok: false, reason: 'reused' } },
  ]
  for (const c of cases) {
    it(c.name, () => {
      expect(verifySignInCode(seed, c.code, now, c.last)).toEqual(c.result)
    })
  }
})

describe('seeds at rest', () => {
  it('are sealed so the ciphertext does not contain the seed, and open to the same seed', () => {
    const { secretBase32 } = createVirtualMfaSeed()
    const sealed = sealVirtualMfaSeed(secretBase32, 'device-row')
    expect(sealed).not.toContain(secretBase32)
    expect(sealed).toMatch(/^v2\./)
    expect(openVirtualMfaSeed(sealed, 'device-row')).toBe(secretBase32)
  })
})

/** A different code of the same length (last digit changed). */
function bump(code: string): string {
  return code.slice(0, -1) + String((Number(code.at(-1)) + 1) % 10)
}

function base32Decode(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  let bits = 0
  let value = 0
  const out: number[] = []
  for (const ch of text) {
    value = (value << 5) | alphabet.indexOf(ch)
    bits += 5
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff)
      bits -= 8
    }
  }
  return Buffer.from(out)
}
