-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "ip" TEXT;

