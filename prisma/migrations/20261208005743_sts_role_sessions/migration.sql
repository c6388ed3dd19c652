-- Nothing wrote RoleSession before STS existed, and a row would lack the new required
-- columns, so the table starts empty.
DELETE FROM "RoleSession";

-- CreateTable
CREATE TABLE "RoleSessionPolicyArn" (
    "sessionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "policyArn" TEXT NOT NULL,

    PRIMARY KEY ("sessionId", "position"),
    CONSTRAINT "RoleSessionPolicyArn_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "RoleSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_RoleSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "roleId" TEXT,
    "userId" TEXT,
    "sessionName" TEXT,
    "accessKeyId" TEXT NOT NULL,
    "secretEncrypted" TEXT NOT NULL,
    "sessionTokenHash" TEXT NOT NULL,
    "sessionPolicy" TEXT,
    "sessionTags" TEXT,
    "transitiveTagKeys" TEXT,
    "sourceIdentity" TEXT,
    "issuedAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "mfaAuthenticatedAt" DATETIME,
    "sourceArn" TEXT NOT NULL,
    "sourceSessionId" TEXT,
    CONSTRAINT "RoleSession_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RoleSession_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RoleSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
DROP TABLE "RoleSession";
ALTER TABLE "new_RoleSession" RENAME TO "RoleSession";
CREATE UNIQUE INDEX "RoleSession_accessKeyId_key" ON "RoleSession"("accessKeyId");
CREATE INDEX "RoleSession_roleId_idx" ON "RoleSession"("roleId");
CREATE INDEX "RoleSession_userId_idx" ON "RoleSession"("userId");
CREATE INDEX "RoleSession_expiresAt_idx" ON "RoleSession"("expiresAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
