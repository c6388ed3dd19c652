-- Nothing wrote RoleSession before STS existed, and a row would lack the new required
-- columns, so the table starts empty.
DELETE FROM "RoleSession";

-- AlterTable
ALTER TABLE "RoleSession" DROP COLUMN "createdAt",
DROP COLUMN "revokedAt",
ADD COLUMN     "accountId" TEXT NOT NULL,
ADD COLUMN     "issuedAt" TIMESTAMP(3) NOT NULL,
ADD COLUMN     "mfaAuthenticatedAt" TIMESTAMP(3),
ADD COLUMN     "sessionTags" TEXT,
ADD COLUMN     "sourceArn" TEXT NOT NULL,
ADD COLUMN     "sourceSessionId" TEXT,
ADD COLUMN     "transitiveTagKeys" TEXT,
ADD COLUMN     "userId" TEXT,
ALTER COLUMN "roleId" DROP NOT NULL,
ALTER COLUMN "sessionName" DROP NOT NULL;

-- CreateTable
CREATE TABLE "RoleSessionPolicyArn" (
    "sessionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "policyArn" TEXT NOT NULL,

    CONSTRAINT "RoleSessionPolicyArn_pkey" PRIMARY KEY ("sessionId","position")
);

-- CreateIndex
CREATE INDEX "RoleSession_userId_idx" ON "RoleSession"("userId");

-- CreateIndex
CREATE INDEX "RoleSession_expiresAt_idx" ON "RoleSession"("expiresAt");

-- AddForeignKey
ALTER TABLE "RoleSession" ADD CONSTRAINT "RoleSession_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleSession" ADD CONSTRAINT "RoleSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleSessionPolicyArn" ADD CONSTRAINT "RoleSessionPolicyArn_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "RoleSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
