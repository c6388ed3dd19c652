-- AlterTable
ALTER TABLE "ManagedPolicy" ADD COLUMN     "lastVersionNumber" INTEGER NOT NULL DEFAULT 1;

-- Backfill: the highest version id each policy has now. (An id deleted before this
-- migration, above the highest kept, is not known and may be given once more.)
UPDATE "ManagedPolicy" SET "lastVersionNumber" = COALESCE(
  (SELECT MAX(CAST(SUBSTR("versionId", 2) AS INTEGER)) FROM "PolicyVersion" WHERE "PolicyVersion"."policyId" = "ManagedPolicy"."id"),
  1
);
