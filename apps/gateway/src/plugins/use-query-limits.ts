import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import type { Plugin } from "graphql-yoga";
import { usePageSizeLimit } from "./use-page-size-limit.ts";

/** Limits every request is checked against before it executes. */
export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxPageSize: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 14,
  maxCost: 20_000,
  maxAliases: 30,
  maxTokens: 3_000,
  maxDirectives: 30,
  maxPageSize: 100,
};

export function useQueryLimits(limits: QueryLimits = DEFAULT_QUERY_LIMITS): Plugin[] {
  return [
    EnvelopArmorPlugin({
      maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, exposeLimits: true, flattenFragments: true },
      costLimit: {
        maxCost: limits.maxCost,
        objectCost: 2,
        scalarCost: 1,
        depthCostFactor: 1,
        ignoreIntrospection: true,
        exposeLimits: true,
      },
      maxAliases: { n: limits.maxAliases, exposeLimits: true },
      maxTokens: { n: limits.maxTokens, exposeLimits: true },
      maxDirectives: { n: limits.maxDirectives, exposeLimits: true },
      blockFieldSuggestion: { enabled: true },
    }) as Plugin,
    usePageSizeLimit(limits.maxPageSize),
  ];
}
