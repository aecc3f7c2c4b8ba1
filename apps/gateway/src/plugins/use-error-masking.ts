import { GraphQLError } from "graphql";
import { createGraphQLError, type YogaLogger, type YogaMaskedErrorOpts } from "graphql-yoga";

function isClientSafe(error: unknown): error is GraphQLError {
  return (
    error instanceof GraphQLError &&
    (error.originalError == null || error.originalError instanceof GraphQLError)
  );
}

/** Masks every unexpected error to a generic message (no SQL, no stack) and logs the original server-side. */
export function maskedErrors(logger: YogaLogger): Partial<YogaMaskedErrorOpts> {
  return {
    errorMessage: "Unexpected error.",
    isDev: false,
    maskError(error, message) {
      if (isClientSafe(error)) return error;
      const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
      const path = error instanceof GraphQLError ? error.path?.join(".") : undefined;
      logger.error(`resolver error${path ? ` at ${path}` : ""}:`, original);
      return createGraphQLError(message, {
        nodes: error instanceof GraphQLError ? error.nodes : undefined,
        path: error instanceof GraphQLError ? error.path : undefined,
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      });
    },
  };
}
