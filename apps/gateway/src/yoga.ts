import { useGraphQlJit } from "@envelop/graphql-jit";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import type { Database } from "@newsgraph/db";
import { createLogger, createYoga, type YogaLogger } from "graphql-yoga";
import { writeAccess } from "./auth.ts";
import type { GatewayContext } from "./context.ts";
import { DEFAULT_MAX_INGEST_BYTES } from "./context.ts";
import { createLoaders } from "./loaders.ts";
import { maskedErrors } from "./plugins/use-error-masking.ts";
import { DEFAULT_QUERY_LIMITS, type QueryLimits, useQueryLimits } from "./plugins/use-query-limits.ts";
import { DEFAULT_MAX_REQUEST_BODY_BYTES, useRequestSizeLimit } from "./plugins/use-request-size-limit.ts";
import { useResponseCache } from "./plugins/use-response-cache.ts";
import { schema } from "./schema/index.ts";

export const EXAMPLE_QUERY = `query SeedArticle {
  articles(first: 1) {
    totalCount
    edges {
      node {
        title
        publishedAt
        entities(first: 5) { edges { mentionCount salience node { name type } } }
        quotes(first: 5) { edges { node { text speakerName speakerDescription } } }
      }
    }
  }
}`;

export interface GatewayOptions {
  db: Database;
  /** Bearer token that allows writes; without one the server is read-only. */
  token?: string | null;
  logger?: YogaLogger;
  limits?: Partial<QueryLimits>;
  /** Serve identical queries from memory for this many milliseconds (0, the default, turns it off). */
  responseCacheTtlMs?: number;
  /** Request bodies over this many bytes are refused with HTTP 413 (default 4 MiB). */
  maxRequestBodyBytes?: number;
  /** `ingestArticle` refuses text or html over this many UTF-8 bytes (default 2 MiB). */
  maxIngestBytes?: number;
}

export function createGatewayYoga({
  db,
  token = null,
  logger = createLogger("info"),
  limits,
  responseCacheTtlMs = 0,
  maxRequestBodyBytes = DEFAULT_MAX_REQUEST_BODY_BYTES,
  maxIngestBytes = DEFAULT_MAX_INGEST_BYTES,
}: GatewayOptions) {
  return createYoga<Record<string, unknown>, GatewayContext>({
    schema,
    logging: logger,
    maskedErrors: maskedErrors(logger),
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql: { title: "newsgraph", defaultQuery: EXAMPLE_QUERY },
    renderGraphiQL,
    // useRequestSizeLimit checks declared lengths and counts only bodies sent without one (see there).
    maxRequestBodySize: false,
    plugins: [
      useRequestSizeLimit(maxRequestBodyBytes),
      ...(responseCacheTtlMs > 0 ? [useResponseCache({ ttlMs: responseCacheTtlMs })] : []),
      ...useQueryLimits({ ...DEFAULT_QUERY_LIMITS, ...limits }),
      // Compiles each validated document once (cached with Yoga's parse/validate cache) into plain JS.
      useGraphQlJit(
        {},
        { onError: (result) => logger.error("graphql-jit could not compile:", result.errors) },
      ),
    ],
    context: ({ request }) => ({
      db,
      logger,
      writeAccess: writeAccess(request.headers.get("authorization"), token),
      loaders: createLoaders(db),
      maxIngestBytes,
    }),
  });
}

export type GatewayYoga = ReturnType<typeof createGatewayYoga>;
