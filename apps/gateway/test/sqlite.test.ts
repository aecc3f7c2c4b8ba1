import { describe } from "vitest";
import { graphSuite } from "./graph-suite.ts";

describe("gateway on SQLite", () => graphSuite("sqlite"));
