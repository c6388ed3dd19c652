// PathPrefix filters for the list operations. Prisma's `startsWith` becomes SQL LIKE,
// which on SQLite ignores ASCII case and on both databases takes "_" and "%" (both
// allowed in an IAM path) as wildcards, while IAM paths compare exactly. LIKE narrows to
// a superset (indexed, and bounded by the account's quotas), and the exact prefix keeps
// rows by id, so a listing can still page in the database.

interface PathRow {
  id: string
  path: string
}

/** The rows of `rows` whose path starts with `prefix`, exactly; all of them for no prefix. */
export const withPathPrefix = <T extends { path: string }>(rows: T[], prefix: string | undefined): T[] =>
  prefix ? rows.filter((r) => r.path.startsWith(prefix)) : rows

/**
 * A where-clause for "path starts with `prefix`": `candidates` reads the rows LIKE finds
 * (its argument is the LIKE filter, to combine with the account's own), and the clause
 * names the exact matches. No clause for no prefix or "/", which every path starts with.
 */
export async function pathPrefixWhere(
  prefix: string | undefined,
  candidates: (like: { path: { startsWith: string } }) => Promise<PathRow[]>,
): Promise<{ id?: { in: string[] } }> {
  if (!prefix || prefix === '/') return {}
  const rows = await candidates({ path: { startsWith: prefix } })
  return { id: { in: withPathPrefix(rows, prefix).map((r) => r.id) } }
}
