-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "additionalEventData" TEXT,
ADD COLUMN     "mfaAuthenticated" BOOLEAN,
ADD COLUMN     "requestId" TEXT,
ADD COLUMN     "userName" TEXT;

-- CreateIndex
CREATE INDEX "AuditEvent_accountId_userName_eventTime_idx" ON "AuditEvent"("accountId", "userName", "eventTime");
