import { describe, expect, it } from 'vitest'
import { findChromium } from './test'

describe('findChromium', () => {
  it.each([
    { name: 'CHROMIUM_PATH naming a file wins', env: { CHROMIUM_PATH: process.execPath }, expected: { path: process.execPath } },
    {
      name: 'CHROMIUM_PATH naming nothing fails with what to install',
      env: { CHROMIUM_PATH: '/nonexistent/chromium' },
      expected: { error: 'CHROMIUM_PATH=/nonexistent/chromium does not exist. Install Chromium: apt-get install chromium, or set CHROMIUM_PATH.' },
    },
  ])('$name', async ({ env, expected }) => {
    expect(await findChromium(env)).toEqual(expected)
  })

  it('without CHROMIUM_PATH finds a browser that exists, or says what to install', async () => {
    const found = await findChromium({})
    if ('path' in found) expect(found.path).toMatch(/chrom/i)
    else expect(found.error).toMatch(/Install Chromium: apt-get install chromium, or set CHROMIUM_PATH/)
  })
})
