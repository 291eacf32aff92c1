// The change feed every syncable collection offers: GET /api/sync/<collection>?since=<cursor>.
import { z } from "./zod";

/**
 * Opaque to clients. Made of the database's epoch (changes when the database is recreated, so a
 * client holding a cursor of an old database starts over) and the last change version it saw.
 */
export const cursorSchema = z.string().regex(/^[a-z0-9]{8,32}\.\d{1,15}$/, "not a cursor of this server");

export const syncQuerySchema = z.strictObject({
  since: cursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

export const changeSchema = z.discriminatedUnion("op", [
  z.strictObject({ id: z.string(), op: z.literal("upsert"), data: z.unknown() }),
  z.strictObject({ id: z.string(), op: z.literal("delete") }),
]);
export type Change = z.infer<typeof changeSchema>;

export const syncPageSchema = z.strictObject({
  changes: z.array(changeSchema),
  cursor: cursorSchema,
  hasMore: z.boolean(),
});
export type SyncPage = z.infer<typeof syncPageSchema>;

/**
 * One record of a public collection, GET /api/sync/<collection>/records/<id>: what a page shows
 * while the device has not synced the collection yet (a shared link opened on a first visit).
 */
export const syncRecordSchema = z.strictObject({ id: z.string(), data: z.unknown() });
export type SyncRecord = z.infer<typeof syncRecordSchema>;
