import { timingSafeEqual } from "node:crypto";
import { GraphQLError } from "graphql";

/** What a request may do: read always; write only with the server's token. */
export type WriteAccess = "granted" | "read-only-server" | "missing-token" | "wrong-token";

export function writeAccess(authorization: string | null, serverToken: string | null): WriteAccess {
  if (!serverToken) return "read-only-server";
  const match = authorization?.match(/^Bearer\s+(.+)$/i);
  if (!match?.[1]) return "missing-token";
  const given = Buffer.from(match[1].trim());
  const expected = Buffer.from(serverToken);
  return given.length === expected.length && timingSafeEqual(given, expected) ? "granted" : "wrong-token";
}

const DENIALS: Record<Exclude<WriteAccess, "granted">, { message: string; code: string }> = {
  "read-only-server": {
    message:
      "This server is read-only: writes are disabled because NEWSGRAPH_TOKEN is not set on the server.",
    code: "READ_ONLY",
  },
  "missing-token": {
    message: "Writes need an Authorization: Bearer <token> header.",
    code: "UNAUTHENTICATED",
  },
  "wrong-token": { message: "The bearer token is not valid for writes.", code: "FORBIDDEN" },
};

export function assertCanWrite(access: WriteAccess): void {
  if (access === "granted") return;
  const { message, code } = DENIALS[access];
  throw new GraphQLError(message, { extensions: { code } });
}
