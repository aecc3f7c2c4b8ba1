-- AlterTable
ALTER TABLE "Mention" ADD COLUMN "actsAs" TEXT;
