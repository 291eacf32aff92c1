// The staff console's reads and writes: JSON parsed with the contract's schemas, never cached. Each
// feature's console/api.ts builds its requests with these.
import type { z } from "./contract/zod";
import { send } from "./http";

// no-store: personal data must not land in the browser's HTTP cache either.
const READ: RequestInit = { headers: { Accept: "application/json" }, cache: "no-store" };

export async function read<T>(url: string, schema: z.ZodType<T>): Promise<T> {
  const response = await send(fetch, url, READ);
  return schema.parse(await response.json());
}

export async function write<T>(
  method: "POST" | "PUT" | "PATCH",
  url: string,
  body: unknown,
  schema: z.ZodType<T>,
) {
  const response = await send(fetch, url, {
    method,
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
    cache: "no-store",
  });
  return schema.parse(await response.json());
}

export const query = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
  return search.toString();
};
