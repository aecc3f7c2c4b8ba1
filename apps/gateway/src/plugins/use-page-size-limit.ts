import { type ArgumentNode, type DocumentNode, GraphQLError, Kind, visit } from "graphql";
import type { Plugin } from "graphql-yoga";

const PAGE_ARGUMENTS = new Set(["first", "last"]);

function argumentValue(arg: ArgumentNode, variables: Record<string, unknown> | null | undefined): unknown {
  if (arg.value.kind === Kind.INT) return Number(arg.value.value);
  if (arg.value.kind === Kind.VARIABLE) return variables?.[arg.value.name.value];
  return undefined;
}

/** Rejects any `first`/`last` above `maxPageSize`, whether written inline or passed as a variable. */
export function usePageSizeLimit(maxPageSize: number): Plugin {
  const pageArguments = new WeakMap<DocumentNode, ArgumentNode[]>();
  const pageArgumentsOf = (document: DocumentNode) => {
    let found = pageArguments.get(document);
    if (!found) {
      const list: ArgumentNode[] = [];
      visit(document, {
        Argument(node) {
          if (PAGE_ARGUMENTS.has(node.name.value)) list.push(node);
        },
      });
      found = list;
      pageArguments.set(document, found);
    }
    return found;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const errors: GraphQLError[] = [];
      for (const node of pageArgumentsOf(args.document)) {
        const value = argumentValue(node, args.variableValues);
        if (typeof value === "number" && value > maxPageSize) {
          errors.push(
            new GraphQLError(`Page size ${node.name.value}: ${value} is over the limit of ${maxPageSize}.`, {
              nodes: [node],
              extensions: { code: "PAGE_SIZE_LIMIT", limit: maxPageSize },
            }),
          );
        }
      }
      if (errors.length > 0) setResultAndStopExecution({ errors });
    },
  };
}
