-- CreateIndex
CREATE INDEX "MfaDevice_userId_idx" ON "MfaDevice"("userId");

-- CreateIndex
CREATE INDEX "User_accountId_lastActivityAt_idx" ON "User"("accountId", "lastActivityAt");

-- CreateIndex
CREATE INDEX "User_accountId_passwordLastUsedAt_idx" ON "User"("accountId", "passwordLastUsedAt");
