-- Quote text search: an FTS5 trigram index over "Quote"."text" (substring matches, case-insensitive),
-- kept in step with "Quote" by triggers. Prisma cannot express either, so both live only here (and
-- src/migrate.ts keeps its diffs from offering to drop them). A later migration that rebuilds "Quote"
-- (SQLite's way to alter a column) drops the triggers with the old table and must create them again.

-- CreateVirtualTable
CREATE VIRTUAL TABLE "QuoteText" USING fts5("text", content='Quote', content_rowid='id', tokenize='trigram');

-- CreateTrigger
CREATE TRIGGER "Quote_text_insert" AFTER INSERT ON "Quote" BEGIN
  INSERT INTO "QuoteText"(rowid, "text") VALUES (new."id", new."text");
END;

-- CreateTrigger
CREATE TRIGGER "Quote_text_delete" AFTER DELETE ON "Quote" BEGIN
  INSERT INTO "QuoteText"("QuoteText", rowid, "text") VALUES ('delete', old."id", old."text");
END;

-- CreateTrigger
CREATE TRIGGER "Quote_text_update" AFTER UPDATE OF "id", "text" ON "Quote" BEGIN
  INSERT INTO "QuoteText"("QuoteText", rowid, "text") VALUES ('delete', old."id", old."text");
  INSERT INTO "QuoteText"(rowid, "text") VALUES (new."id", new."text");
END;

-- Backfill
INSERT INTO "QuoteText"("QuoteText") VALUES ('rebuild');
