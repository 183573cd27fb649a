-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "deliveryLeaseUntil" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Message_deliveryLeaseUntil_idx" ON "Message"("deliveryLeaseUntil");

