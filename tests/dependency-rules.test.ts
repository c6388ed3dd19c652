// The layering rule (.dependency-cruiser.cjs, `npm run lint:deps`) run through
// dependency-cruiser's API: on a small tree that breaks each rule once, every break is
// reported under its rule's name (and what the rules allow is not); on the real tree,
// nothing is. Without the fixture, a checker that saw no imports at all would pass too.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { cruise, type ICruiseOptions, type ICruiseResult } from 'dependency-cruiser'
import extractBabelConfig from 'dependency-cruiser/config-utl/extract-babel-config'
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '..')
// As package.json's lint:deps names them.
const SOURCES = ['{app,components,lib}/**/*.{ts,tsx}', 'proxy.ts']

async function cruiseWithTheRules(baseDir: string): Promise<ICruiseResult> {
  const options = await extractDepcruiseOptions(path.join(ROOT, '.dependency-cruiser.cjs'))
  const babelConfig = await extractBabelConfig(path.join(ROOT, '.dependency-cruiser.babel.cjs'))
  // tsconfig.json's paths (`@/...`) resolve against the working directory, the project's:
  // the fixture imports by relative paths instead.
  const cruiseOptions: ICruiseOptions = { ...options, baseDir, ...(baseDir === ROOT ? {} : { tsConfig: undefined }) }
  // The fixture has no node_modules of its own: packages resolve from the project's.
  const reported = await cruise(SOURCES, cruiseOptions, { modules: ['node_modules', path.join(ROOT, 'node_modules')] }, { babelConfig })
  return reported.output as ICruiseResult
}

/** "rule: from -> to", a package named from its node_modules folder on (the fixture's lies outside the project). */
const violationsOf = (result: ICruiseResult) =>
  result.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to.replace(/^.*\/(node_modules\/)/, '$1')}`).sort()

/** Each file of the fixture, and the violations its imports make (none: the rules allow them). */
const FIXTURE: { name: string; files: Record<string, string>; violations: string[] }[] = [
  {
    name: 'the policy engine imports a framework',
    files: { 'lib/policy/evaluate.ts': "import { NextResponse } from 'next/server'\nexport const evaluate = () => NextResponse" },
    violations: ['policy-is-pure: lib/policy/evaluate.ts -> node_modules/next/server.js'],
  },
  {
    name: 'lib/iam imports lib/auth, the layer above it',
    files: { 'lib/iam/gate.ts': "import { signIn } from '../auth/sign-in'\nexport const gate = signIn" },
    violations: ['layers-point-down: lib/iam/gate.ts -> lib/auth/sign-in.ts'],
  },
  {
    name: 'a type-only import against the layers counts too',
    files: { 'lib/credentials/totp.ts': "import type { Caller } from '../iam/caller'\nexport type Totp = Caller" },
    violations: ['layers-point-down: lib/credentials/totp.ts -> lib/iam/caller.ts'],
  },
  {
    name: 'a component imports from app',
    files: { 'components/panel.tsx': "import { saveAction } from '../app/actions'\nexport const Panel = () => <form action={saveAction} />" },
    violations: ['layers-point-down: components/panel.tsx -> app/actions.ts'],
  },
  {
    name: 'lib/db imports lib/policy, a folder of its own row',
    files: { 'lib/db/client.ts': "import { evaluate } from '../policy/evaluate'\nexport const client = evaluate" },
    violations: ['layers-point-down: lib/db/client.ts -> lib/policy/evaluate.ts'],
  },
  {
    name: 'two modules import each other',
    files: {
      'lib/db/create-client.ts': "import { marker } from './marker'\nexport const createClient = () => marker",
      'lib/db/marker.ts': "import { createClient } from './create-client'\nexport const marker = 'm'\nexport const again = createClient",
    },
    violations: ['no-cycles: lib/db/create-client.ts -> lib/db/marker.ts'],
  },
  {
    name: 'a lib folder outside the layers',
    files: { 'lib/cache/memo.ts': "import { client } from '../db/client'\nexport const memo = client" },
    violations: ['every-lib-folder-has-a-layer: lib/cache/memo.ts -> lib/db/client.ts'],
  },
  {
    name: 'an import that resolves nowhere',
    files: { 'lib/auth/sign-in.ts': "import { gone } from '../iam/gone'\nexport const signIn = gone" },
    violations: ['no-unresolvable: lib/auth/sign-in.ts -> ../iam/gone'],
  },
  {
    name: 'allowed: down the layers, and tests import anything',
    files: {
      'lib/iam/caller.ts': "import { totp } from '../credentials/totp-code'\nexport type Caller = { id: string }\nexport const code = totp",
      'lib/credentials/totp-code.ts': "import { createHash } from 'node:crypto'\nexport const totp = createHash",
      'app/actions.ts': "import { gate } from '../lib/iam/gate'\nexport const saveAction = async () => gate",
      'app/page.tsx': "import { Panel } from '../components/panel'\nexport default function Page() { return <Panel /> }",
      'proxy.ts': "import { contentSecurityPolicy } from './lib/http/csp'\nexport const proxy = contentSecurityPolicy",
      'lib/http/csp.ts': "export const contentSecurityPolicy = \"default-src 'self'\"",
      'lib/policy/evaluate.test.ts': "import { expect } from 'vitest'\nimport { gate } from '../iam/gate'\nexpect(gate).toBeDefined()",
    },
    violations: [],
  },
]

describe('the layering rule', () => {
  let fixture: string
  beforeAll(() => {
    fixture = mkdtempSync(path.join(tmpdir(), 'dependency-rules-'))
    for (const [file, text] of FIXTURE.flatMap((c) => Object.entries(c.files))) {
      mkdirSync(path.dirname(path.join(fixture, file)), { recursive: true })
      writeFileSync(path.join(fixture, file), text)
    }
  })
  afterAll(() => rmSync(fixture, { recursive: true, force: true }))

  it('reports every break of the fixture by its rule, and nothing the rules allow', async () => {
    const result = await cruiseWithTheRules(fixture)
    expect(violationsOf(result)).toEqual(FIXTURE.flatMap((c) => c.violations).sort())
  })

  it('finds no violation in the project', async () => {
    const result = await cruiseWithTheRules(ROOT)
    expect(violationsOf(result)).toEqual([])
    // It did read the imports: the pages reach lib/iam, lib/iam reaches the engine.
    const edges = result.modules.flatMap((m) => m.dependencies.map((d) => `${m.source.split('/')[0]} -> ${d.resolved}`))
    expect(edges).toContain('app -> lib/iam/index.ts')
    expect(result.modules.find((m) => m.source === 'lib/iam/gate.ts')?.dependencies.map((d) => d.resolved)).toContain('lib/policy/index.ts')
  })
})
