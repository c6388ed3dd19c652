-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ConsoleSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "userId" TEXT,
    "principalArn" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "mfaAuthenticatedAt" DATETIME,
    "passwordChangeRequired" BOOLEAN NOT NULL DEFAULT false,
    "sourceIp" TEXT,
    "userAgent" TEXT,
    "roleSessionId" TEXT,
    "roleDisplayName" TEXT,
    "roleDisplayColor" TEXT,
    CONSTRAINT "ConsoleSession_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ConsoleSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ConsoleSession_roleSessionId_fkey" FOREIGN KEY ("roleSessionId") REFERENCES "RoleSession" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ConsoleSession" ("accountId", "createdAt", "expiresAt", "id", "lastSeenAt", "mfaAuthenticatedAt", "passwordChangeRequired", "principalArn", "revokedAt", "sourceIp", "userAgent", "userId") SELECT "accountId", "createdAt", "expiresAt", "id", "lastSeenAt", "mfaAuthenticatedAt", "passwordChangeRequired", "principalArn", "revokedAt", "sourceIp", "userAgent", "userId" FROM "ConsoleSession";
DROP TABLE "ConsoleSession";
ALTER TABLE "new_ConsoleSession" RENAME TO "ConsoleSession";
CREATE INDEX "ConsoleSession_userId_idx" ON "ConsoleSession"("userId");
CREATE INDEX "ConsoleSession_accountId_idx" ON "ConsoleSession"("accountId");
CREATE INDEX "ConsoleSession_roleSessionId_idx" ON "ConsoleSession"("roleSessionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
