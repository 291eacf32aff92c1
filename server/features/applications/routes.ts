// /api/applications: the citizen's side. Uploads first (one request per file, repeatable), then the
// submission through the outbox (Idempotency-Key), answers to the office's questions, and downloads
// of the application's own files. Other accounts' applications answer 404 like missing ones.
import {
  ATTACHMENT_TYPES,
  answerQuestionSchema,
  submitApplicationSchema,
} from "../../../src/lib/contract/applications";
import { z } from "../../../src/lib/contract/zod";
import { inTransaction } from "../../db/database";
import { idempotent } from "../../http/idempotency";
import { ProblemError } from "../../http/problem";
import { rateLimit } from "../../http/rate-limit";
import { createRouter } from "../../http/router";
import { requireAccount } from "../../http/session";
import { parseInput, readJson } from "../../http/validate";
import { fileResponse, readUpload } from "../files/store";
import { appendPart, uploadState } from "./resumable";
import { answerQuestion, ownFile, storeUpload, submitApplication } from "./service";

const uuid = z.uuid();

const PART_TYPE = "application/offset+octet-stream";
const partHeadersSchema = z.object({
  offset: z.coerce.number().int().min(0),
  length: z.coerce.number().int().min(1),
  /** encodeURIComponent of the file's name: headers are Latin-1. */
  name: z
    .string()
    .max(1000)
    .transform((value, ctx) => {
      try {
        return decodeURIComponent(value);
      } catch {
        ctx.addIssue({ code: "custom", message: "not URI-encoded" });
        return z.NEVER;
      }
    }),
});

/** A path id that cannot exist is "not found", not a validation error: nothing to probe. */
export function idParam(value: string): string {
  if (!uuid.safeParse(value).success) throw new ProblemError(404, "not_found");
  return value;
}

export function applicationRoutes() {
  const app = createRouter();

  // A minute's worth per address covers a Bauantrag's files, also at the office's shared terminals;
  // the disk is guarded by the quota of waiting uploads per account (service.ts).
  app.put(
    "/uploads/:id",
    rateLimit({ name: "application-uploads", windowMs: 60_000, max: 60 }),
    async (c) => {
      const account = requireAccount(c);
      const id = parseUploadId(c.req.param("id"));
      const upload = await readUpload(c, "file", ATTACHMENT_TYPES);
      const { file, created } = await inTransaction(c.var.db, (trx) =>
        storeUpload(trx, account.id, id, upload),
      );
      return c.json(file, created ? 201 : 200);
    },
  );

  // Resumable: how far an upload got, and the next part (resumable.ts).
  app.get("/uploads/:id", async (c) => {
    const account = requireAccount(c);
    return c.json(await uploadState(c.var.db, account.id, parseUploadId(c.req.param("id"))), 200);
  });

  app.patch(
    "/uploads/:id",
    rateLimit({ name: "application-upload-parts", windowMs: 60_000, max: 600 }),
    async (c) => {
      const account = requireAccount(c);
      const id = parseUploadId(c.req.param("id"));
      if (c.req.header("content-type") !== PART_TYPE) {
        throw new ProblemError(415, "unsupported_media_type", `Send ${PART_TYPE}`);
      }
      const headers = parseInput(partHeadersSchema, {
        offset: c.req.header("upload-offset"),
        length: c.req.header("upload-length"),
        name: c.req.header("upload-name"),
      });
      const part = { ...headers, bytes: new Uint8Array(await c.req.arrayBuffer()) };
      try {
        const { state, created } = await inTransaction(c.var.db, (trx) =>
          appendPart(trx, account.id, id, part),
        );
        return c.json(state, created ? 201 : state.file ? 200 : 202);
      } catch (error) {
        // A whole file of the wrong type: its parts go, the device has to pick another file.
        if (error instanceof ProblemError && error.status === 415) {
          await c.var.db.deleteFrom("upload_chunks").where("upload_id", "=", id).execute();
        }
        throw error;
      }
    },
  );

  // Sent from the outbox: c.var.db is the idempotency transaction.
  app.post(
    "/",
    rateLimit({ name: "applications", windowMs: 60 * 60_000, max: 30 }),
    idempotent(),
    async (c) => {
      const account = requireAccount(c);
      const input = await readJson(c.req, submitApplicationSchema);
      const { application, created } = await submitApplication(c.var.db, account, input);
      return c.json(application, created ? 201 : 200);
    },
  );

  app.post("/:id/answers", idempotent(), async (c) => {
    const account = requireAccount(c);
    const input = await readJson(c.req, answerQuestionSchema);
    return c.json(await answerQuestion(c.var.db, account, idParam(c.req.param("id")), input), 200);
  });

  app.get("/:id/files/:fileId", async (c) => {
    const account = requireAccount(c);
    const file = await ownFile(
      c.var.db,
      account.id,
      idParam(c.req.param("id")),
      idParam(c.req.param("fileId")),
    );
    return fileResponse(c, file);
  });

  return app;
}

function parseUploadId(value: string): string {
  if (!uuid.safeParse(value).success) {
    throw new ProblemError(400, "validation_failed", "The upload id must be a UUID made on the device");
  }
  return value;
}
