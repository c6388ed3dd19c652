-- Tag keys of users, roles and policies are unique regardless of letter case, as in AWS.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Tag" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT,
    "roleId" TEXT,
    "policyId" TEXT,
    "mfaDeviceId" TEXT,
    "key" TEXT NOT NULL,
    "keyLower" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    CONSTRAINT "Tag_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Tag_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Tag_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "ManagedPolicy" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Tag_mfaDeviceId_fkey" FOREIGN KEY ("mfaDeviceId") REFERENCES "MfaDevice" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Backfill: a user's, role's or policy's keys that differ only in letter case become one
-- tag, the first one created keeping its spelling and value (ids are cuids, in creation
-- order). SQLite's lower() folds ASCII letters only; a key with other upper-case letters
-- keeps them in keyLower until it is tagged again.
INSERT INTO "new_Tag" ("id", "key", "keyLower", "mfaDeviceId", "policyId", "roleId", "userId", "value")
SELECT "id", "key", lower("key"), "mfaDeviceId", "policyId", "roleId", "userId", "value" FROM "Tag"
WHERE "mfaDeviceId" IS NOT NULL
   OR "id" IN (SELECT MIN("id") FROM "Tag" WHERE "mfaDeviceId" IS NULL GROUP BY "userId", "roleId", "policyId", lower("key"));
DROP TABLE "Tag";
ALTER TABLE "new_Tag" RENAME TO "Tag";
CREATE UNIQUE INDEX "Tag_userId_keyLower_key" ON "Tag"("userId", "keyLower");
CREATE UNIQUE INDEX "Tag_roleId_keyLower_key" ON "Tag"("roleId", "keyLower");
CREATE UNIQUE INDEX "Tag_policyId_keyLower_key" ON "Tag"("policyId", "keyLower");
CREATE UNIQUE INDEX "Tag_mfaDeviceId_key_key" ON "Tag"("mfaDeviceId", "key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
