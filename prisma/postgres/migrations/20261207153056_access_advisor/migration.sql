-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "entityId" TEXT;

-- Backfill: the IAM user or role behind each call recorded so far (sign-in attempts are
-- not calls of an entity and keep NULL, as new ones do).
UPDATE "AuditEvent" SET "entityId" = ("userIdentity"::jsonb ->> 'principalId')
WHERE "eventSource" <> 'signin.amazonaws.com' AND ("userIdentity"::jsonb ->> 'type') = 'IAMUser';
UPDATE "AuditEvent" SET "entityId" = split_part("userIdentity"::jsonb ->> 'principalId', ':', 1)
WHERE "eventSource" <> 'signin.amazonaws.com' AND ("userIdentity"::jsonb ->> 'type') = 'AssumedRole';

-- CreateTable
CREATE TABLE "ServiceLastAccessedJob" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "arn" TEXT NOT NULL,
    "granularity" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "completedAt" TIMESTAMP(3) NOT NULL,
    "services" TEXT NOT NULL,
    "entities" TEXT NOT NULL,

    CONSTRAINT "ServiceLastAccessedJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ServiceLastAccessedJob_accountId_createdAt_idx" ON "ServiceLastAccessedJob"("accountId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_accountId_entityId_eventSource_eventName_eventTi_idx" ON "AuditEvent"("accountId", "entityId", "eventSource", "eventName", "eventTime");

-- AddForeignKey
ALTER TABLE "ServiceLastAccessedJob" ADD CONSTRAINT "ServiceLastAccessedJob_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;
