-- AlterTable
ALTER TABLE "ConsoleSession" ADD COLUMN     "roleDisplayColor" TEXT,
ADD COLUMN     "roleDisplayName" TEXT,
ADD COLUMN     "roleSessionId" TEXT;

-- CreateIndex
CREATE INDEX "ConsoleSession_roleSessionId_idx" ON "ConsoleSession"("roleSessionId");

-- AddForeignKey
ALTER TABLE "ConsoleSession" ADD CONSTRAINT "ConsoleSession_roleSessionId_fkey" FOREIGN KEY ("roleSessionId") REFERENCES "RoleSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;
