// Everything the gate reads for a call by an IAM user, in two SQL statements: the
// principal's facts (the user's policies: inline, attached, and those of its groups,
// default versions only; its permissions boundary and tags; whether its account's
// password policy lets users change their own password, an account-level grant added by
// the gate) and the target resource's tags and boundary. Apart, because one page makes
// many gated calls for one principal: the gate loads the principal's facts once per
// request (lib/iam/request-memo.ts) and the resource's for each call.
//
// Documents are not in that query: each policy is named by its cache key (managed:
// see policy-input.ts), and only documents whose key has not been parsed yet are fetched. Loading
// ten large AWS managed documents on every request cost ~5-9 ms (bench/gate.ts); the
// keys alone cost a fraction of a millisecond, and a change to any attachment,
// membership, version, boundary or tag is still read on the very next request.
//
// Raw SQL because Prisma's nested selects issue one query per relation level (about ten
// here); the statement is portable between SQLite and PostgreSQL (quoted identifiers,
// CAST to TEXT, typed NULLs).
import type { Db } from '@/lib/db/client'
import type { PolicyInput, PolicySet } from '@/lib/policy/types'
import { PREPARED_STATEMENT_MARKER } from '@/lib/db/prepared-statement-marker'
import { cachedPolicyInput, fetchMissingDocuments, type PolicyRef } from './policy-input'
import { resourceOfArn } from '@/lib/iam/arn'

export interface UserPrincipal {
  policySet: PolicySet
  /** aws:PrincipalTag/* */
  tags: Record<string, string>
  permissionsBoundaryArn?: string
  /** The account's password policy has AllowUsersToChangePassword on. */
  allowedToChangeOwnPassword: boolean
}

/** aws:ResourceTag/* and iam:ResourceTag/*; iam:PermissionsBoundary of an existing user or role. */
export interface ResourceAttributes {
  tags: Record<string, string>
  permissionsBoundaryArn?: string
}

interface FactRow {
  kind: 'user' | 'tag' | 'inline' | 'managed' | 'boundary' | 'changePassword' | 'rtag' | 'rboundary'
  a: string | null
  b: string | null
  c: string | null
  d: string | null
}

export interface GateFacts {
  principal: UserPrincipal | null
  resource: ResourceAttributes
}

export async function loadGateFacts(db: Db, userId: string, resourceArn: string): Promise<GateFacts> {
  const [principal, resource] = await Promise.all([loadPrincipalFacts(db, userId), loadResourceFacts(db, resourceArn)])
  return { principal, resource }
}

// Only users, roles and managed policies carry tags or a boundary here, so no other ARN
// (a group, an MFA device, "*") can match the resource query below.
const RESOURCE_TYPES_WITH_ATTRIBUTES = ['user/', 'role/', 'policy/']

/** The target resource's tags and boundary. */
export async function loadResourceFacts(db: Db, resourceArn: string): Promise<ResourceAttributes> {
  const resource: ResourceAttributes = { tags: {} }
  const resourcePart = resourceOfArn(resourceArn)
  if (!RESOURCE_TYPES_WITH_ATTRIBUTES.some((type) => resourcePart.startsWith(type))) return resource
  // The marker must stay the first text of the statement (PREPARED_STATEMENT_MARKER).
  const rows = await db.$queryRaw<FactRow[]>`/* prepared */
    SELECT 'rtag' AS kind, t."key" AS a, t."value" AS b, CAST(NULL AS TEXT) AS c, CAST(NULL AS TEXT) AS d
      FROM "Tag" t JOIN "User" u ON u."id" = t."userId" WHERE u."arn" = ${resourceArn}
    UNION ALL
    SELECT 'rtag', t."key", t."value", NULL, NULL FROM "Tag" t JOIN "Role" r ON r."id" = t."roleId" WHERE r."arn" = ${resourceArn}
    UNION ALL
    SELECT 'rtag', t."key", t."value", NULL, NULL FROM "Tag" t JOIN "ManagedPolicy" p ON p."id" = t."policyId" WHERE p."arn" = ${resourceArn}
    UNION ALL
    SELECT 'rboundary', p."arn", NULL, NULL, NULL FROM "User" u JOIN "ManagedPolicy" p ON p."id" = u."permissionsBoundaryId" WHERE u."arn" = ${resourceArn}
    UNION ALL
    SELECT 'rboundary', p."arn", NULL, NULL, NULL FROM "Role" r JOIN "ManagedPolicy" p ON p."id" = r."permissionsBoundaryId" WHERE r."arn" = ${resourceArn}
  `
  for (const r of rows) {
    if (r.kind === 'rtag') resource.tags[r.a!] = r.b ?? ''
    else if (r.kind === 'rboundary') resource.permissionsBoundaryArn = r.a!
  }
  return resource
}

/** What applies to the user: its policies, boundary, tags and account-level grants; null when the user does not exist. */
export async function loadPrincipalFacts(db: Db, userId: string): Promise<UserPrincipal | null> {
  // The marker must stay the first text of the statement (PREPARED_STATEMENT_MARKER).
  const rows = await db.$queryRaw<FactRow[]>`/* prepared */
    SELECT 'user' AS kind, u."arn" AS a, CAST(NULL AS TEXT) AS b, CAST(NULL AS TEXT) AS c, CAST(NULL AS TEXT) AS d
      FROM "User" u WHERE u."id" = ${userId}
    UNION ALL
    SELECT 'tag', t."key", t."value", NULL, NULL FROM "Tag" t WHERE t."userId" = ${userId}
    UNION ALL
    SELECT 'inline', u."arn", i."name", i."id", CAST(i."updatedAt" AS TEXT)
      FROM "InlinePolicy" i JOIN "User" u ON u."id" = i."userId" WHERE i."userId" = ${userId}
    UNION ALL
    SELECT 'managed', p."arn", v."versionId", v."id", NULL
      FROM "UserPolicyAttachment" x JOIN "ManagedPolicy" p ON p."id" = x."policyId"
      JOIN "PolicyVersion" v ON v."policyId" = p."id" AND v."isDefault" = true
      WHERE x."userId" = ${userId}
    UNION ALL
    SELECT 'inline', g."arn", i."name", i."id", CAST(i."updatedAt" AS TEXT)
      FROM "GroupMembership" m JOIN "Group" g ON g."id" = m."groupId" JOIN "InlinePolicy" i ON i."groupId" = g."id"
      WHERE m."userId" = ${userId}
    UNION ALL
    SELECT 'managed', p."arn", v."versionId", v."id", NULL
      FROM "GroupMembership" m JOIN "GroupPolicyAttachment" x ON x."groupId" = m."groupId"
      JOIN "ManagedPolicy" p ON p."id" = x."policyId"
      JOIN "PolicyVersion" v ON v."policyId" = p."id" AND v."isDefault" = true
      WHERE m."userId" = ${userId}
    UNION ALL
    SELECT 'boundary', p."arn", v."versionId", v."id", NULL
      FROM "User" u JOIN "ManagedPolicy" p ON p."id" = u."permissionsBoundaryId"
      JOIN "PolicyVersion" v ON v."policyId" = p."id" AND v."isDefault" = true
      WHERE u."id" = ${userId}
    UNION ALL
    SELECT 'changePassword', NULL, NULL, NULL, NULL
      FROM "User" u JOIN "PasswordPolicy" pp ON pp."accountId" = u."accountId"
      WHERE u."id" = ${userId} AND pp."allowUsersToChangePassword" = true
  `
  if (!rows.some((r) => r.kind === 'user')) return null

  const { tags, identity, boundary } = await policyRefsOf(db, rows)
  const principal: UserPrincipal = {
    policySet: { identity: toInputs(identity) },
    tags,
    allowedToChangeOwnPassword: rows.some((r) => r.kind === 'changePassword'),
  }
  if (boundary.length) {
    principal.policySet.permissionsBoundary = toInputs(boundary)
    principal.permissionsBoundaryArn = boundary[0]!.policyArn
  }
  return principal
}

const toInputs = (refs: PolicyRef[]): PolicyInput[] => refs.map(cachedPolicyInput)
type ManagedRef = Extract<PolicyRef, { kind: 'managed' }>

/** The rows' tags and policies by kind, their documents fetched when not parsed yet. */
async function policyRefsOf(db: Db, rows: { kind: string; a: string | null; b: string | null; c: string | null; d: string | null }[]) {
  const tags: Record<string, string> = {}
  const identity: PolicyRef[] = []
  const boundary: ManagedRef[] = []
  const session: ManagedRef[] = []
  const seenManaged = new Set<string>()
  const managed = (r: (typeof rows)[number]): ManagedRef => ({ kind: 'managed', policyArn: r.a!, versionId: r.b!, rowId: r.c! })
  for (const r of rows) {
    if (r.kind === 'tag') tags[r.a!] = r.b ?? ''
    else if (r.kind === 'inline') identity.push({ kind: 'inline', ownerArn: r.a!, name: r.b!, rowId: r.c!, updatedAt: r.d! })
    else if (r.kind === 'managed' && !seenManaged.has(r.a!)) {
      // The same managed policy reached directly and through a group is one policy.
      seenManaged.add(r.a!)
      identity.push(managed(r))
    } else if (r.kind === 'boundary') boundary.push(managed(r))
    else if (r.kind === 'sessionManaged') session.push(managed(r))
  }
  await fetchMissingDocuments(db, [...identity, ...boundary, ...session])
  return { tags, identity, boundary, session }
}

export interface RoleSessionPrincipal {
  /** The role's identity policies (inline and attached), its boundary, and the session's managed session policies. */
  policySet: PolicySet
  /** The role's own tags (aws:PrincipalTag/*, before session tags override them). */
  tags: Record<string, string>
}

/**
 * What applies to a role session: the role's policies, boundary and tags, and the
 * session's managed session policies (their default versions); null when the role or
 * the session no longer exists. The inline session policy travels with the caller.
 */
export async function loadRoleSessionFacts(db: Db, roleId: string, sessionId: string): Promise<RoleSessionPrincipal | null> {
  // The marker must stay the first text of the statement (PREPARED_STATEMENT_MARKER).
  const rows = await db.$queryRaw<(Omit<FactRow, 'kind'> & { kind: FactRow['kind'] | 'role' | 'session' | 'sessionManaged' })[]>`/* prepared */
    SELECT 'role' AS kind, r."arn" AS a, CAST(NULL AS TEXT) AS b, CAST(NULL AS TEXT) AS c, CAST(NULL AS TEXT) AS d
      FROM "Role" r WHERE r."id" = ${roleId}
    UNION ALL
    SELECT 'session', s."id", NULL, NULL, NULL FROM "RoleSession" s WHERE s."id" = ${sessionId} AND s."roleId" = ${roleId}
    UNION ALL
    SELECT 'tag', t."key", t."value", NULL, NULL FROM "Tag" t WHERE t."roleId" = ${roleId}
    UNION ALL
    SELECT 'inline', r."arn", i."name", i."id", CAST(i."updatedAt" AS TEXT)
      FROM "InlinePolicy" i JOIN "Role" r ON r."id" = i."roleId" WHERE i."roleId" = ${roleId}
    UNION ALL
    SELECT 'managed', p."arn", v."versionId", v."id", NULL
      FROM "RolePolicyAttachment" x JOIN "ManagedPolicy" p ON p."id" = x."policyId"
      JOIN "PolicyVersion" v ON v."policyId" = p."id" AND v."isDefault" = true
      WHERE x."roleId" = ${roleId}
    UNION ALL
    SELECT 'boundary', p."arn", v."versionId", v."id", NULL
      FROM "Role" r JOIN "ManagedPolicy" p ON p."id" = r."permissionsBoundaryId"
      JOIN "PolicyVersion" v ON v."policyId" = p."id" AND v."isDefault" = true
      WHERE r."id" = ${roleId}
    UNION ALL
    SELECT 'sessionManaged', p."arn", v."versionId", v."id", NULL
      FROM "RoleSessionPolicyArn" x JOIN "ManagedPolicy" p ON p."arn" = x."policyArn"
      JOIN "PolicyVersion" v ON v."policyId" = p."id" AND v."isDefault" = true
      WHERE x."sessionId" = ${sessionId}
  `
  if (!rows.some((r) => r.kind === 'role') || !rows.some((r) => r.kind === 'session')) return null
  const { tags, identity, boundary, session } = await policyRefsOf(db, rows)
  const policySet: PolicySet = { identity: toInputs(identity) }
  if (boundary.length) policySet.permissionsBoundary = toInputs(boundary)
  if (session.length) policySet.session = toInputs(session)
  return { policySet, tags }
}
