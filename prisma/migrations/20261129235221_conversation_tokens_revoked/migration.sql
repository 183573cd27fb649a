-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "tokensRevokedAt" TIMESTAMP(3);

