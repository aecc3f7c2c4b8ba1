import { lexicographicSortSchema } from "graphql";
import { builder } from "../builder.ts";
import "./article.ts";
import "./entity.ts";
import "./quote.ts";
import "./extraction.ts";
import "./search.ts";
import "./ingest.ts";

export const schema = lexicographicSortSchema(builder.toSchema());
