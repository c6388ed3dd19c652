// The layering rule, checked by `npm run lint:deps` (a stage of `npm test`):
// - imports point down LAYERS: a module imports only from the rows below its own, never
//   from a row above, nor from another folder of its own row;
// - no import cycles, not even through type-only imports;
// - lib/policy, the policy engine, imports nothing outside itself: no framework, no
//   package, no other lib folder;
// - every import resolves (an import the checker cannot follow is one it cannot check).
// Tests (*.test.ts and the case-table loader they share) may import anything, as may
// scripts/, tests/, bench/ and e2e/, which are not cruised.
// tests/dependency-rules.test.ts shows each rule failing on a fixture.

const LAYERS = [
  ['app', 'proxy.ts'],
  ['components'],
  // Console workflows: one button, several IAM calls.
  ['lib/console'],
  // Server-action plumbing: the form state the console's actions return, and their runner.
  ['lib/actions'],
  // The AWS Query API (SigV4-signed requests from the CLI and SDKs) over lib/iam.
  ['lib/aws-api'],
  // Sign-in, console sessions, next-auth.
  ['lib/auth'],
  // IAM operations, each gated, and the gate with its loaders.
  ['lib/iam'],
  // What lib/auth and lib/iam both need: passwords, TOTP, WebAuthn, access keys, ids, secrets at rest.
  ['lib/credentials'],
  // The Prisma client; the policy engine; the Content-Security-Policy (for proxy.ts).
  ['lib/db', 'lib/policy', 'lib/http'],
  // What `prisma generate` writes.
  ['lib/generated'],
]

const TEST_CODE = '\\.test\\.tsx?$|^lib/policy/conditions/condition-cases\\.ts$'

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** A folder matches its files; a file (proxy.ts) matches itself. */
const pathOf = (part) => (part.endsWith('.ts') ? `^${escape(part)}$` : `^${escape(part)}/`)

const layerRules = LAYERS.flatMap((row, i) =>
  row.map((part) => {
    const notBelow = LAYERS.slice(0, i + 1).flat().filter((other) => other !== part)
    return {
      name: 'layers-point-down',
      comment: `${part} imports only from the layers below it: not from ${notBelow.join(', ')}`,
      severity: 'error',
      from: { path: pathOf(part), pathNot: TEST_CODE },
      to: { path: notBelow.map(pathOf).join('|') },
    }
  }),
)

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'every-lib-folder-has-a-layer',
      comment: 'A new folder under lib/ needs its row in LAYERS (.dependency-cruiser.cjs), or the layer rules cannot see it.',
      severity: 'error',
      from: { path: '^lib/', pathNot: `${LAYERS.flat().map(pathOf).join('|')}|${TEST_CODE}` },
      to: {},
    },
    {
      name: 'no-cycles',
      comment: 'Modules that import each other load each other: a cycle through lib/db made every script that opened the database load the policy engine.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'policy-is-pure',
      comment: 'lib/policy runs the same in a test, a page or a script: it imports only its own files.',
      severity: 'error',
      from: { path: '^lib/policy/', pathNot: TEST_CODE },
      to: { pathNot: '^lib/policy/' },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import the checker cannot resolve is an edge it cannot check.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^lib/generated/' },
    tsConfig: { fileName: 'tsconfig.json' },
    babelConfig: { fileName: '.dependency-cruiser.babel.cjs' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
}
