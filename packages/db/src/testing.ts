export * from "./article-graph-factory.ts";
export * from "./pg-scratch.ts";
