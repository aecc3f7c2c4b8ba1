import { builder } from "../builder.ts";

builder.prismaNode("Figure", {
  id: { field: "id" },
  fields: (t) => ({
    text: t.exposeString("text"),
    start: t.exposeInt("start"),
    end: t.exposeInt("end"),
    paragraph: t.exposeInt("paragraph", { nullable: true }),
    value: t.exposeFloat("value"),
    valueMax: t.exposeFloat("valueMax", { nullable: true }),
    counted: t.exposeString("counted", { nullable: true, description: 'What is counted: "peacekeepers".' }),
    qualifier: t.exposeString("qualifier", { nullable: true }),
    unit: t.exposeString("unit", { nullable: true }),
    article: t.relation("article"),
  }),
});

builder.prismaNode("DateMention", {
  id: { field: "id" },
  fields: (t) => ({
    text: t.exposeString("text"),
    start: t.exposeInt("start"),
    end: t.exposeInt("end"),
    paragraph: t.exposeInt("paragraph", { nullable: true }),
    value: t.exposeString("value", { description: 'ISO value at its granularity: "2021-05", "2023-12-31".' }),
    granularity: t.exposeString("granularity"),
    relative: t.exposeBoolean("relative"),
    article: t.relation("article"),
  }),
});
