-- AlterTable
ALTER TABLE "ArticleEntity" ADD COLUMN "linkReason" TEXT;
