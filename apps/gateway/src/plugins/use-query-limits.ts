import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { GraphQLError, type ValidationContext } from "graphql";
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

/**
 * graphql-armor words every rejection as `Syntax Error: <limit> exceeded`. Re-issue it without the
 * prefix (the query is well-formed; it is over a limit) and with a code clients can branch on:
 * validation rules report through the validation context, the token limit (which runs inside the
 * parser, with no context) throws.
 */
function reportLimit(context: ValidationContext | null, error: GraphQLError): void {
  const clean = new GraphQLError(error.message.replace(/^Syntax Error: /, ""), {
    nodes: error.nodes,
    extensions: { code: "QUERY_LIMIT_EXCEEDED" },
  });
  if (context) context.reportError(clean);
  else throw clean;
}

const rejection = { onReject: [reportLimit], propagateOnRejection: false };

export function useQueryLimits(limits: QueryLimits = DEFAULT_QUERY_LIMITS): Plugin[] {
  return [
    EnvelopArmorPlugin({
      maxDepth: {
        n: limits.maxDepth,
        ignoreIntrospection: true,
        exposeLimits: true,
        flattenFragments: true,
        ...rejection,
      },
      costLimit: {
        maxCost: limits.maxCost,
        objectCost: 2,
        scalarCost: 1,
        depthCostFactor: 1,
        ignoreIntrospection: true,
        exposeLimits: true,
        ...rejection,
      },
      maxAliases: { n: limits.maxAliases, exposeLimits: true, ...rejection },
      maxTokens: { n: limits.maxTokens, exposeLimits: true, ...rejection },
      maxDirectives: { n: limits.maxDirectives, exposeLimits: true, ...rejection },
      blockFieldSuggestion: { enabled: true },
    }) as Plugin,
    usePageSizeLimit(limits.maxPageSize),
  ];
}
