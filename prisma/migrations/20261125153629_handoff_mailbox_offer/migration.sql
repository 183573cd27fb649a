-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "handoffForwardedAt" TIMESTAMP(3),
ADD COLUMN     "handoffOfferedAt" TIMESTAMP(3);

