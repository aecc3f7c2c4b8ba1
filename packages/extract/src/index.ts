export { articleBlocks, type Block, type BlockKind } from "./blocks.ts";
export * from "./eval/index.ts";
export { extractArticle, extractPlainText } from "./extract-article.ts";
export { EXTRACTION_NODE_FLAGS, EXTRACTION_SEMI_SPACE_MB } from "./runtime.ts";
