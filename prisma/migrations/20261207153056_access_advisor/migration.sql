-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "entityId" TEXT;

-- Backfill: the IAM user or role behind each call recorded so far (sign-in attempts are
-- not calls of an entity and keep NULL, as new ones do).
UPDATE "AuditEvent" SET "entityId" = json_extract("userIdentity", '$.principalId')
WHERE "eventSource" <> 'signin.amazonaws.com' AND json_extract("userIdentity", '$.type') = 'IAMUser';
UPDATE "AuditEvent" SET "entityId" = substr(json_extract("userIdentity", '$.principalId'), 1, instr(json_extract("userIdentity", '$.principalId'), ':') - 1)
WHERE "eventSource" <> 'signin.amazonaws.com' AND json_extract("userIdentity", '$.type') = 'AssumedRole';

-- CreateTable
CREATE TABLE "ServiceLastAccessedJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "arn" TEXT NOT NULL,
    "granularity" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "completedAt" DATETIME NOT NULL,
    "services" TEXT NOT NULL,
    "entities" TEXT NOT NULL,
    CONSTRAINT "ServiceLastAccessedJob_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ServiceLastAccessedJob_accountId_createdAt_idx" ON "ServiceLastAccessedJob"("accountId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_accountId_entityId_eventSource_eventName_eventTime_idx" ON "AuditEvent"("accountId", "entityId", "eventSource", "eventName", "eventTime");
