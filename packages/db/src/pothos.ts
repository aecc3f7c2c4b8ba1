export type { default as PrismaTypes } from "../generated/sqlite/pothos-types.ts";
export { getDatamodel } from "../generated/sqlite/pothos-types.ts";
