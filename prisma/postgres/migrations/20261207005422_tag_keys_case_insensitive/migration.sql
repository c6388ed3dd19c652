-- Tag keys of users, roles and policies are unique regardless of letter case, as in AWS.

-- DropIndex
DROP INDEX "Tag_policyId_key_key";

-- DropIndex
DROP INDEX "Tag_roleId_key_key";

-- DropIndex
DROP INDEX "Tag_userId_key_key";

-- AlterTable: added with a default so existing rows can be backfilled, which is dropped after.
ALTER TABLE "Tag" ADD COLUMN     "keyLower" TEXT NOT NULL DEFAULT '';

-- Backfill: a user's, role's or policy's keys that differ only in letter case become one
-- tag, the first one created keeping its spelling and value (ids are cuids, in creation
-- order). lower() folds letters as the database's LC_CTYPE does (only ASCII under "C").
DELETE FROM "Tag" WHERE "mfaDeviceId" IS NULL
  AND "id" NOT IN (SELECT MIN("id") FROM "Tag" WHERE "mfaDeviceId" IS NULL GROUP BY "userId", "roleId", "policyId", lower("key"));
UPDATE "Tag" SET "keyLower" = lower("key");
ALTER TABLE "Tag" ALTER COLUMN "keyLower" DROP DEFAULT;

-- CreateIndex
CREATE UNIQUE INDEX "Tag_userId_keyLower_key" ON "Tag"("userId", "keyLower");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_roleId_keyLower_key" ON "Tag"("roleId", "keyLower");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_policyId_keyLower_key" ON "Tag"("policyId", "keyLower");
