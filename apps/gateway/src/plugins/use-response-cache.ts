import { type ExecutionResult, getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";

export interface ResponseCacheOptions {
  /** How long an error-free query result is served from memory, in milliseconds; 0 turns the cache off. */
  ttlMs: number;
  /** Most results kept; the oldest is dropped first. */
  maxEntries?: number;
  now?: () => number;
}

type Cached = ExecutionResult & { stringify: () => string };

interface Entry {
  expires: number;
  result: Promise<Cached | null>;
}

function cacheable(result: unknown): result is ExecutionResult {
  if (!result || typeof result !== "object" || Symbol.asyncIterator in result) return false;
  const r = result as ExecutionResult;
  return r.data != null && !r.errors?.length && r.extensions == null;
}

/**
 * Serves repeated identical queries (same document, operation name and variables) from memory for `ttlMs`.
 * Concurrent identical requests share one execution; any mutation empties the cache; requests carrying
 * an Authorization header bypass it. Writes made by other processes show after at most `ttlMs`.
 */
export function useResponseCache({ ttlMs, maxEntries = 1000, now = Date.now }: ResponseCacheOptions): Plugin {
  const entries = new Map<string, Entry>();
  let generation = 0;
  const pending = new WeakMap<Request, (result: unknown) => void>();
  const settle = (request: Request, result: unknown) => {
    const done = pending.get(request);
    if (!done) return;
    pending.delete(request);
    done(result);
  };
  return {
    async onParams({ params, request, setResult }) {
      if (ttlMs <= 0 || !params.query || request.headers.has("authorization")) return;
      const key = JSON.stringify([params.query, params.operationName ?? null, params.variables ?? null]);
      const hit = entries.get(key);
      if (hit && hit.expires > now()) {
        const result = await hit.result;
        if (result) setResult(result);
        return;
      }
      let resolve!: (result: Cached | null) => void;
      const entry: Entry = { expires: now() + ttlMs, result: new Promise((r) => (resolve = r)) };
      entries.delete(key);
      entries.set(key, entry);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      const started = generation;
      pending.set(request, (result) => {
        if (!cacheable(result) || started !== generation) {
          if (entries.get(key) === entry) entries.delete(key);
          return resolve(null);
        }
        const json = JSON.stringify({ data: result.data });
        resolve({ data: result.data, stringify: () => json });
      });
    },
    onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName)?.operation === "query") return;
      const request = (args.contextValue as { request?: Request }).request;
      if (request) settle(request, null);
      return {
        onExecuteDone: () => {
          generation++;
          entries.clear();
        },
      };
    },
    onExecutionResult({ request, result }) {
      settle(request, result);
    },
    onResponse({ request }) {
      settle(request, null);
    },
  };
}
