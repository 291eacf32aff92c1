// The report being written on /melden, kept on this device (db.reportDrafts, key "current") so that
// closing the page or the app loses nothing: saved a moment after each change, photos as Blobs,
// read back (and checked: it may come from an older version of the app) when /melden opens again,
// and removed once the report is in the outbox or the resident discards it. Personal: it leaves at
// sign-out (src/lib/personal-data.ts).
import { reportCategorySchema } from "../../lib/contract/reports";
import { z } from "../../lib/contract/zod";
import { type AppDatabase, appDb, type DraftFile, type ReportDraft as StoredReportDraft } from "../../lib/db";
import { isCategory, type ReportDraft } from "./report-form";

/** A change is saved this long after the last keystroke: typing does not write on every key. */
export const DRAFT_SAVE_DELAY_MS = 400;

const storedDraftSchema = z.object({
  key: z.literal("current"),
  category: reportCategorySchema.nullable(),
  position: z.object({ lat: z.number(), lon: z.number() }).nullable(),
  address: z.string().nullable(),
  description: z.string(),
  email: z.string(),
  photos: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      mediaType: z.string(),
      size: z.number(),
      blob: z.instanceof(Blob),
    }),
  ),
  updatedAt: z.string(),
});

// The same File keeps its id between saves (the thumbnails and "remove" go by the File object).
const fileIds = new WeakMap<File, string>();
function idOf(file: File): string {
  let id = fileIds.get(file);
  if (!id) {
    id = crypto.randomUUID();
    fileIds.set(file, id);
  }
  return id;
}

/** Nothing entered yet: such a draft is not kept (nor offered as restored). */
export const isBlankDraft = (draft: ReportDraft) =>
  !draft.category &&
  !draft.pin &&
  !draft.place.trim() &&
  !draft.description.trim() &&
  !draft.email.trim() &&
  draft.photos.length === 0;

export function toStoredDraft(draft: ReportDraft, now: Date): StoredReportDraft {
  const photos: DraftFile[] = draft.photos.map((file) => ({
    id: idOf(file),
    name: file.name,
    mediaType: file.type,
    size: file.size,
    blob: file,
  }));
  return {
    key: "current",
    category: isCategory(draft.category) ? draft.category : null,
    position: draft.pin ? { lat: draft.pin.lat, lon: draft.pin.lon } : null,
    address: draft.place ? draft.place : null,
    description: draft.description,
    email: draft.email,
    photos,
    updatedAt: now.toISOString(),
  };
}

/** The form's draft from what IndexedDB holds; undefined when there is none or it cannot be read. */
export function fromStoredDraft(value: unknown): ReportDraft | undefined {
  const parsed = storedDraftSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const stored = parsed.data;
  const photos = stored.photos.map((photo) => {
    const file = new File([photo.blob], photo.name, { type: photo.mediaType });
    fileIds.set(file, photo.id);
    return file;
  });
  return {
    category: stored.category ?? "",
    pin: stored.position,
    place: stored.address ?? "",
    description: stored.description,
    email: stored.email,
    photos,
  };
}

export async function loadReportDraft(db: AppDatabase = appDb()): Promise<ReportDraft | undefined> {
  const draft = fromStoredDraft(await db.reportDrafts.get("current"));
  return draft && !isBlankDraft(draft) ? draft : undefined;
}

/** Keeps the draft as it is now; a blank one removes what was kept. */
export async function saveReportDraft(draft: ReportDraft, db: AppDatabase = appDb()): Promise<void> {
  if (isBlankDraft(draft)) await db.reportDrafts.delete("current");
  else await db.reportDrafts.put(toStoredDraft(draft, new Date()));
}

export const discardReportDraft = (db: AppDatabase = appDb()) => db.reportDrafts.delete("current");

export type DraftSaver = {
  /** Saves `draft` once no other change came for the delay. */
  schedule(draft: ReportDraft): void;
  /** Saves a scheduled draft now (the page is being hidden or left). */
  flush(): Promise<void>;
  /** Drops a scheduled save and waits for one being written (before the draft is removed). */
  cancel(): Promise<void>;
};

/**
 * Debounces the saves and writes one at a time, in order: a slow write can never put back an older
 * state after a newer one (or after the draft was removed).
 */
export function makeDraftSaver(
  save: (draft: ReportDraft) => Promise<void>,
  delayMs = DRAFT_SAVE_DELAY_MS,
): DraftSaver {
  let waiting: ReportDraft | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();

  const write = () => {
    clearTimeout(timer);
    timer = undefined;
    const draft = waiting;
    waiting = undefined;
    if (!draft) return writing;
    writing = writing
      .then(() => save(draft))
      .catch((error: unknown) => {
        // The device's storage is full or gone: the form still works, only the copy is missing.
        console.error("saving the report draft failed", error);
      });
    return writing;
  };

  return {
    schedule(draft) {
      waiting = draft;
      clearTimeout(timer);
      timer = setTimeout(() => void write(), delayMs);
    },
    flush: write,
    async cancel() {
      clearTimeout(timer);
      timer = undefined;
      waiting = undefined;
      await writing;
    },
  };
}
