import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listenGateway, type RunningGateway } from "../src/server.ts";
import { captureLogger, createTestDatabase, inCI, ingestSeed, type TestDatabase } from "./harness.ts";

const CHROMIUM = "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && !inCI)
  console.log(`skipping browser test: ${CHROMIUM} missing (run apps/gateway/scripts/install-chromium.sh)`);

let store: TestDatabase;
let gateway: RunningGateway;
let browser: Browser;
let speakers: string[];
let quoteCount: number;
let articleId: string;

describe.skipIf(!haveChromium && !inCI)("GraphiQL in a real browser", () => {
  beforeAll(async () => {
    store = await createTestDatabase("sqlite");
    articleId = await ingestSeed(store.db);
    const quotes = await store.db.prisma.quote.findMany({
      where: { articleId },
      select: { speakerName: true, speakerDescription: true },
    });
    quoteCount = quotes.length;
    speakers = [
      ...new Set(
        quotes.map((q) => q.speakerName ?? q.speakerDescription).filter((s): s is string => Boolean(s)),
      ),
    ];
    gateway = await listenGateway({ db: store.db, logger: captureLogger(), port: 0 });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-quic",
        "--no-first-run",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
    await store?.drop();
  });

  it("runs a query for the seed article's quotes and shows the speakers", async () => {
    const query = `{ articles(first: 1) { edges { node { title quotes(first: 100) { totalCount edges { node { speakerName speakerDescription } } } } } } }`;
    const page = await browser.newPage({ viewport: { width: 1400, height: 4000 } });
    await page.goto(`${gateway.url}?query=${encodeURIComponent(query)}`);
    await page.locator(".graphiql-execute-button").click();
    const result = page.locator(".graphiql-response");
    await expect.poll(() => result.innerText(), { timeout: 30_000 }).toContain("totalCount");
    const shown = (await result.innerText()).replace(/\u00a0/g, " ");
    expect(shown).toContain(`"totalCount": ${quoteCount}`);
    for (const speaker of speakers) expect(shown).toContain(JSON.stringify(speaker));
    await page.close();
  });
});
