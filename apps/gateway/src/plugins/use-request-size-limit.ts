import { createGraphQLError, type Plugin } from "graphql-yoga";

/** Request bodies over this many bytes are refused with HTTP 413 (4 MiB). */
export const DEFAULT_MAX_REQUEST_BODY_BYTES = 4 * 1024 * 1024;

/**
 * Refuses a request whose declared `Content-Length` is over `maxBytes` with HTTP 413 and a message
 * naming the limit, before any of the body is read. Bodies without a length (chunked uploads) are
 * cut off while streaming by Yoga's own `maxRequestBodySize`, which the gateway sets to the same limit.
 */
export function useRequestSizeLimit(maxBytes: number): Plugin {
  return {
    onRequestParse({ request }) {
      const declared = request.headers.get("content-length");
      if (declared == null || !/^\d+$/.test(declared)) return; // Yoga rejects malformed lengths
      const bytes = Number(declared);
      if (bytes > maxBytes) {
        throw createGraphQLError(`Request body of ${bytes} bytes is over the limit of ${maxBytes} bytes.`, {
          extensions: { http: { status: 413 }, code: "REQUEST_ENTITY_TOO_LARGE", limit: maxBytes },
        });
      }
    },
  };
}
