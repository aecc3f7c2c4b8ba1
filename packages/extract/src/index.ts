export { articleBlocks, type Block, type BlockKind } from "./blocks.ts";
export { extractArticle, extractPlainText } from "./extract-article.ts";
export * from "./eval/index.ts";
