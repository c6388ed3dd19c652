-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "additionalEventData" TEXT;
ALTER TABLE "AuditEvent" ADD COLUMN "mfaAuthenticated" BOOLEAN;
ALTER TABLE "AuditEvent" ADD COLUMN "requestId" TEXT;
ALTER TABLE "AuditEvent" ADD COLUMN "userName" TEXT;

-- CreateIndex
CREATE INDEX "AuditEvent_accountId_userName_eventTime_idx" ON "AuditEvent"("accountId", "userName", "eventTime");
