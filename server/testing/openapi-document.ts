// The operations of /api/openapi.json as tests need them, and Hono's route paths in OpenAPI spelling.
import { z } from "zod";
import { type Resolve, resolverFor } from "./fuzz-input";

export const HTTP_METHODS = ["get", "post", "put", "patch", "delete"] as const;

export type Parameter = {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  schema: unknown;
};

export type Operation = {
  method: Uppercase<(typeof HTTP_METHODS)[number]>;
  /** As the document writes it: /api/sync/{collection}. */
  path: string;
  parameters: Parameter[];
  /** Request bodies by media type. */
  bodies: { mediaType: string; schema: unknown }[];
  /** The statuses the operation declares, e.g. "200", "400", "502". */
  statuses: string[];
};

const parameterSchema = z.object({
  name: z.string(),
  in: z.enum(["path", "query", "header", "cookie"]),
  required: z.boolean().optional(),
  schema: z.unknown().optional(),
});
const operationSchema = z.object({
  parameters: z.array(z.unknown()).optional(),
  requestBody: z
    .object({ content: z.record(z.string(), z.object({ schema: z.unknown().optional() })) })
    .optional(),
  responses: z.record(z.string(), z.unknown()),
});
const documentSchema = z.object({
  openapi: z.string(),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
});

export function readOperations(document: unknown): { operations: Operation[]; resolve: Resolve } {
  const resolve = resolverFor(document);
  const { paths } = documentSchema.parse(document);
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(paths)) {
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of HTTP_METHODS) {
      if (!item[method]) continue;
      const operation = operationSchema.parse(item[method]);
      const parameters = [...shared, ...(operation.parameters ?? [])].map((p): Parameter => {
        const parameter = parameterSchema.parse(resolve(p));
        return { ...parameter, required: parameter.required ?? false, schema: parameter.schema ?? {} };
      });
      const bodies = Object.entries(operation.requestBody?.content ?? {}).map(([mediaType, content]) => ({
        mediaType,
        schema: content.schema ?? {},
      }));
      operations.push({
        method: method.toUpperCase() as Operation["method"],
        path,
        parameters,
        bodies,
        statuses: Object.keys(operation.responses),
      });
    }
  }
  return { operations, resolve };
}

/** Hono's `/items/:id` (also `:id{[0-9]+}` and `:id?`) as OpenAPI's `/items/{id}`. */
export function toOpenApiPath(honoPath: string): string {
  let result = "";
  for (let i = 0; i < honoPath.length; i++) {
    const char = honoPath[i];
    if (char !== ":" || (i > 0 && honoPath[i - 1] !== "/")) {
      result += char;
      continue;
    }
    let name = "";
    i++;
    while (i < honoPath.length && /[\w-]/.test(honoPath[i] ?? "")) name += honoPath[i++];
    if (honoPath[i] === "{") {
      // Skip the regular expression, whose own braces nest.
      let depth = 0;
      for (; i < honoPath.length; i++) {
        if (honoPath[i] === "{") depth++;
        else if (honoPath[i] === "}" && --depth === 0) break;
      }
      i++;
    }
    if (honoPath[i] === "?") i++;
    result += `{${name}}`;
    i--;
  }
  return result;
}
