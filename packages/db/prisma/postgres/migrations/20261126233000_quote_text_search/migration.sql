-- Quote text search: a pg_trgm GIN index so ILIKE '%text%' on "Quote"."text" is an index lookup, not a scan.
-- Prisma cannot express an operator-class index for one provider only, so it lives only here.

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Quote_text_trgm_idx" ON "Quote" USING GIN ("text" gin_trgm_ops);
