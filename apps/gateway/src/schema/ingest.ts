import { ingestDocument } from "@newsgraph/ingest";
import { formatStepError } from "@newsgraph/schema";
import { GraphQLError } from "graphql";
import { assertCanWrite } from "../auth.ts";
import { builder } from "../builder.ts";

const IngestArticleInput = builder.inputType("IngestArticleInput", {
  fields: (t) => ({
    text: t.string({ description: "The article as plain text (give text or html)." }),
    html: t.string({ description: "The article page as HTML (give text or html)." }),
    source: t.string({ required: true, description: "Where the article came from; named in every error." }),
    url: t.string(),
  }),
});

builder.mutationField("ingestArticle", (t) =>
  t.prismaField({
    type: "Article",
    description:
      "Runs the pipeline (parse → extract → validate → load) on one article and returns it as stored. Needs the server's bearer token.",
    args: { input: t.arg({ type: IngestArticleInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      assertCanWrite(ctx.writeAccess);
      if ((input.text == null) === (input.html == null)) {
        throw new GraphQLError("Give exactly one of input.text and input.html.", {
          extensions: { code: "BAD_USER_INPUT" },
        });
      }
      const field = input.html != null ? "html" : "text";
      const bytes = Buffer.byteLength(input.html ?? input.text ?? "", "utf8");
      if (bytes > ctx.maxIngestBytes) {
        throw new GraphQLError(
          `input.${field} is ${bytes} bytes, over the limit of ${ctx.maxIngestBytes} bytes for one article.`,
          { extensions: { code: "INPUT_TOO_LARGE", field: `input.${field}`, limit: ctx.maxIngestBytes } },
        );
      }
      const result = await ingestDocument(ctx.db, {
        source: input.source,
        url: input.url ?? null,
        retrievedAt: null,
        contentType: input.html != null ? "html" : "text",
        content: input.html ?? input.text ?? "",
      });
      if (!result.ok) {
        if (result.step === "load") ctx.logger.error("ingestArticle load failed:", formatStepError(result));
        throw new GraphQLError(
          result.step === "load"
            ? `${result.source}: the article could not be stored.`
            : formatStepError(result),
          {
            extensions: {
              code: result.step === "validate" ? "VALIDATION_FAILED" : "INGEST_FAILED",
              step: result.step,
              reason: result.code,
              source: result.source,
              ...(result.line === undefined ? {} : { line: result.line }),
            },
          },
        );
      }
      return ctx.db.prisma.article.findUniqueOrThrow({ ...query, where: { id: result.value.id } });
    },
  }),
);
