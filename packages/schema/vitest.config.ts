import { defineProject } from "vitest/config";

// Tests assert behaviour; the limits only stop a hang (a loaded two-core machine ran the seed's
// parse → extract → load in 8 s against vitest's 5 s default once). Speed is measured by the benches.
export default defineProject({
  test: {
    name: "schema",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
