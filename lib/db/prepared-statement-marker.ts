/**
 * Raw statements that start with this comment are worth a server-side prepared statement
 * on PostgreSQL: planning the gate's fact query (lib/iam/load-gate-facts.ts, 13 UNION ALL
 * branches) takes ~0.9 ms, more than running it (~0.4 ms), and is done on every call
 * unless the statement is named (PrismaPg's statementNameGenerator; see
 * create-prisma-client.ts). Only marked statements, because node-postgres keeps every
 * named statement for the connection's life, and Prisma's own SQL varies with the length
 * of IN lists.
 */
export const PREPARED_STATEMENT_MARKER = '/* prepared */'
