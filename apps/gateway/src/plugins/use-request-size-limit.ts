import { createGraphQLError, type Plugin } from "graphql-yoga";

/** Request bodies over this many bytes are refused with HTTP 413 (4 MiB). */
export const DEFAULT_MAX_REQUEST_BODY_BYTES = 4 * 1024 * 1024;

/** Only one non-negative integer is a valid Content-Length (not a list, as request smuggling sends). */
const CONTENT_LENGTH = /^\d+$/;

function tooLarge(message: string, maxBytes: number) {
  return createGraphQLError(message, {
    extensions: { http: { status: 413 }, code: "REQUEST_ENTITY_TOO_LARGE", limit: maxBytes },
  });
}

/** The request with its body counted while it streams in, failing with 413 once past `maxBytes`. */
function countingBody(
  request: Request,
  maxBytes: number,
  fetchAPI: { Request: typeof Request; TransformStream: typeof TransformStream },
) {
  const body = request.body as ReadableStream<Uint8Array>;
  // A native stream (Node's fetch) needs the native TransformStream, the ponyfill's needs the ponyfill's.
  const Transform = body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let bytes = 0;
  const counted = body.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytes += chunk.byteLength;
        if (bytes > maxBytes)
          controller.error(tooLarge(`Request body is over the limit of ${maxBytes} bytes.`, maxBytes));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: counted,
    duplex: "half",
  } as RequestInit);
}

/**
 * Refuses a request whose declared `Content-Length` is over `maxBytes` with HTTP 413 and a message naming the
 * limit, before any of the body is read, and a malformed one with 400. A body with a valid length is framed by it
 * (the HTTP server reads exactly that many bytes), so it is read as is; only a body without one (a chunked upload)
 * is counted while it streams in and cut off past the limit. Yoga's own limiter, which wraps every body in a
 * counting stream, is off (`maxRequestBodySize: false`): the stream costs a large share of a small request.
 */
export function useRequestSizeLimit(maxBytes: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get("content-length");
      if (declared != null) {
        if (!CONTENT_LENGTH.test(declared)) {
          throw createGraphQLError("Content-Length header is invalid.", {
            extensions: { http: { status: 400 }, code: "BAD_REQUEST" },
          });
        }
        const bytes = Number(declared);
        if (bytes > maxBytes)
          throw tooLarge(`Request body of ${bytes} bytes is over the limit of ${maxBytes} bytes.`, maxBytes);
        return;
      }
      if (!requestParser || !request.body) return;
      setRequestParser((req) => requestParser(countingBody(req, maxBytes, fetchAPI)));
    },
  };
}
