export * from "./article.ts";
export * from "./errors.ts";
export * from "./graph.ts";
