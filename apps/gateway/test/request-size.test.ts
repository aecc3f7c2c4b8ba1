import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MAX_INGEST_BYTES } from "../src/context.ts";
import { DEFAULT_MAX_REQUEST_BODY_BYTES } from "../src/plugins/use-request-size-limit.ts";
import { listenGateway, type RunningGateway } from "../src/server.ts";
import { captureLogger, clientFor, createTestDatabase, type Gql, type TestDatabase } from "./harness.ts";

const INGEST = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { id title } }`;
const auth = { authorization: "Bearer s3cret" };

let store: TestDatabase;
let gateway: RunningGateway;
let gql: Gql;

beforeAll(async () => {
  store = await createTestDatabase("sqlite");
  gateway = await listenGateway({ db: store.db, token: "s3cret", logger: captureLogger(), port: 0 });
  gql = clientFor((init) => fetch(gateway.url, init));
});
afterAll(async () => {
  await gateway?.close();
  await store?.drop();
});

async function stillServes() {
  const started = performance.now();
  const ok = await gql("{ articles(first: 1) { totalCount } }");
  expect(ok.errors).toBeUndefined();
  expect(ok.data?.articles.totalCount).toBe(0);
  expect(performance.now() - started).toBeLessThan(2_000);
}

/** Posts `chunks` with chunked transfer encoding (no Content-Length), as a client streaming an upload would. */
function postChunked(url: string, chunks: Buffer[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: "POST", headers: { "content-type": "application/json", "transfer-encoding": "chunked" } },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => {
          body += d;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    // The server may answer and close before the whole upload is written; that is the point.
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE" && error.code !== "ECONNRESET") reject(error);
    });
    const write = (i: number) => {
      if (i === chunks.length) return req.end();
      if (req.destroyed) return;
      req.write(chunks[i], () => write(i + 1));
    };
    write(0);
  });
}

describe("request and input size limits", () => {
  it("refuses a 15 MB mutation by its Content-Length with 413, without running it, and keeps serving", async () => {
    const text = "x".repeat(15 * 1024 * 1024);
    const started = performance.now();
    const res = await gql(INGEST, { input: { source: "test:huge", text } }, auth);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(res.status).toBe(413);
    expect(res.errors?.[0]?.message).toMatch(
      new RegExp(
        `^Request body of \\d+ bytes is over the limit of ${DEFAULT_MAX_REQUEST_BODY_BYTES} bytes\\.$`,
      ),
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("REQUEST_ENTITY_TOO_LARGE");
    await stillServes();
    expect(await store.db.prisma.article.count()).toBe(0);
  });

  it("cuts off a chunked upload with no Content-Length once it passes the limit", async () => {
    const filler = Buffer.alloc(1024 * 1024, "x");
    const chunks = [
      Buffer.from('{"query":"{ __typename }","variables":{"pad":"'),
      ...Array.from({ length: 8 }, () => filler),
      Buffer.from('"}}'),
    ];
    const res = await postChunked(gateway.url, chunks);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).errors[0].extensions.code).toBe("REQUEST_ENTITY_TOO_LARGE");
    await stillServes();
  });

  it("refuses ingestArticle text over the input cap with a typed error naming the limit", async () => {
    const text = `A title\n\n${"word ".repeat((DEFAULT_MAX_INGEST_BYTES + 1000) / 5)}`;
    const res = await gql(INGEST, { input: { source: "test:long", text } }, auth);
    expect(res.data?.ingestArticle ?? null).toBeNull();
    expect(res.errors?.[0]?.message).toBe(
      `input.text is ${Buffer.byteLength(text)} bytes, over the limit of ${DEFAULT_MAX_INGEST_BYTES} bytes for one article.`,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: "INPUT_TOO_LARGE",
      field: "input.text",
      limit: DEFAULT_MAX_INGEST_BYTES,
    });
    await stillServes();
    expect(await store.db.prisma.article.count()).toBe(0);
  });

  it("takes both limits from the options", async () => {
    const small = await listenGateway({
      db: store.db,
      token: "s3cret",
      logger: captureLogger(),
      port: 0,
      maxRequestBodyBytes: 2_000,
      maxIngestBytes: 100,
    });
    try {
      const post = clientFor((init) => fetch(small.url, init));
      const html = await post(
        INGEST,
        { input: { source: "test:html", html: `<p>${"é".repeat(60)}</p>` } },
        auth,
      );
      expect(html.errors?.[0]?.message).toBe(
        "input.html is 127 bytes, over the limit of 100 bytes for one article.",
      );
      const body = await post(INGEST, { input: { source: "test:body", text: "y".repeat(3_000) } }, auth);
      expect(body.status).toBe(413);
      expect(body.errors?.[0]?.message).toMatch(/over the limit of 2000 bytes\.$/);
    } finally {
      await small.close();
    }
  });
});
