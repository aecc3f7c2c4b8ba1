-- AlterTable
ALTER TABLE "ArticleEntity" ADD COLUMN     "publishedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Quote" ADD COLUMN     "publishedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "EntityCoMention" (
    "entityId" TEXT NOT NULL,
    "otherId" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "EntityCoMention_pkey" PRIMARY KEY ("entityId","otherId")
);

-- CreateIndex
CREATE INDEX "EntityCoMention_entityId_count_otherId_idx" ON "EntityCoMention"("entityId", "count" DESC, "otherId");

-- CreateIndex
CREATE INDEX "EntityCoMention_otherId_idx" ON "EntityCoMention"("otherId");

-- CreateIndex
CREATE INDEX "ArticleEntity_entityId_publishedAt_articleId_idx" ON "ArticleEntity"("entityId", "publishedAt" DESC, "articleId");

-- CreateIndex
CREATE INDEX "Quote_publishedAt_id_idx" ON "Quote"("publishedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Quote_speakerEntityId_publishedAt_id_idx" ON "Quote"("speakerEntityId", "publishedAt" DESC, "id");

-- AddForeignKey
ALTER TABLE "EntityCoMention" ADD CONSTRAINT "EntityCoMention_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityCoMention" ADD CONSTRAINT "EntityCoMention_otherId_fkey" FOREIGN KEY ("otherId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill
UPDATE "ArticleEntity" SET "publishedAt" = (SELECT a."publishedAt" FROM "Article" a WHERE a."id" = "ArticleEntity"."articleId");
UPDATE "Quote" SET "publishedAt" = (SELECT a."publishedAt" FROM "Article" a WHERE a."id" = "Quote"."articleId");
INSERT INTO "EntityCoMention" ("entityId", "otherId", "count")
SELECT a."entityId", b."entityId", count(*) FROM "ArticleEntity" a JOIN "ArticleEntity" b ON b."articleId" = a."articleId" AND b."entityId" <> a."entityId"
GROUP BY a."entityId", b."entityId";
