export { DEFAULT_MAX_INGEST_BYTES } from "./context.ts";
export { DEFAULT_QUERY_LIMITS, type QueryLimits } from "./plugins/use-query-limits.ts";
export { DEFAULT_MAX_REQUEST_BODY_BYTES } from "./plugins/use-request-size-limit.ts";
export { schema } from "./schema/index.ts";
export { listenGateway, type RunningGateway } from "./server.ts";
export { createGatewayYoga, EXAMPLE_QUERY, type GatewayOptions, type GatewayYoga } from "./yoga.ts";
