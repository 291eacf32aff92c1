// The report being written survives closing the page: saved in the device database (here a fresh
// stand-in per test), read back with its photos, checked when read, and gone once discarded.
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AppDatabase } from "../../lib/db";
import { CITY_CENTRE } from "../map/pin";
import type { ReportDraft } from "./report-form";
import {
  discardReportDraft,
  fromStoredDraft,
  isBlankDraft,
  loadReportDraft,
  makeDraftSaver,
  saveReportDraft,
  toStoredDraft,
} from "./report-draft";

const device = () =>
  new AppDatabase(`draft-${crypto.randomUUID()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
const photo = (name: string, bytes: number[]) =>
  new File([new Uint8Array(bytes)], name, { type: "image/png" });
const blank = (): ReportDraft => ({
  category: "",
  pin: null,
  place: "",
  description: "",
  email: "",
  photos: [],
});
const filled = (): ReportDraft => ({
  category: "graffiti",
  pin: { lat: 53.0509, lon: 8.6316 },
  place: "Rathausplatz",
  description: "Farbe an der Wand",
  email: "erika@example.org",
  photos: [photo("wand.png", [1, 2, 3]), photo("nah.png", [4, 5])],
});

describe("the kept draft", () => {
  it("comes back as it was written, photos with their names, types and bytes", async () => {
    const db = device();
    await saveReportDraft(filled(), db);
    const restored = await loadReportDraft(db);
    expect(restored).toMatchObject({
      category: "graffiti",
      pin: { lat: 53.0509, lon: 8.6316 },
      place: "Rathausplatz",
      description: "Farbe an der Wand",
      email: "erika@example.org",
    });
    expect(restored?.photos.map((file) => [file.name, file.type, file.size])).toEqual([
      ["wand.png", "image/png", 3],
      ["nah.png", "image/png", 2],
    ]);
    expect([...new Uint8Array(await restored!.photos[0]!.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it("keeps a photo's id from save to save, so the same photo is not stored as a new one", async () => {
    const draft = filled();
    const first = toStoredDraft(draft, new Date());
    const second = toStoredDraft({ ...draft, description: "mehr" }, new Date());
    expect(second.photos.map((p) => p.id)).toEqual(first.photos.map((p) => p.id));
    const restored = fromStoredDraft(first);
    expect(toStoredDraft(restored!, new Date()).photos.map((p) => p.id)).toEqual(
      first.photos.map((p) => p.id),
    );
  });

  it("is not kept while nothing is entered, and a form emptied again removes it", async () => {
    const db = device();
    expect(isBlankDraft(blank())).toBe(true);
    expect(isBlankDraft({ ...blank(), description: "   " })).toBe(true);
    expect(isBlankDraft({ ...blank(), pin: CITY_CENTRE })).toBe(false);
    await saveReportDraft(blank(), db);
    expect(await db.reportDrafts.count()).toBe(0);
    await saveReportDraft(filled(), db);
    await saveReportDraft(blank(), db);
    expect(await loadReportDraft(db)).toBeUndefined();
    expect(await db.reportDrafts.count()).toBe(0);
  });

  it("is gone once discarded (as after the report went into the outbox)", async () => {
    const db = device();
    await saveReportDraft(filled(), db);
    await discardReportDraft(db);
    expect(await loadReportDraft(db)).toBeUndefined();
  });

  it("is not offered when what IndexedDB holds does not fit (an older version of the app)", () => {
    const stored = toStoredDraft(filled(), new Date());
    expect(fromStoredDraft(stored)).toBeDefined();
    expect(fromStoredDraft({ ...stored, category: "potholes" })).toBeUndefined();
    expect(
      fromStoredDraft({ ...stored, photos: [{ ...stored.photos[0], blob: "not a blob" }] }),
    ).toBeUndefined();
    expect(fromStoredDraft(undefined)).toBeUndefined();
    // An unknown category was never kept: the form's choice is only kept when it is a category.
    expect(toStoredDraft({ ...filled(), category: "nonsense" }, new Date()).category).toBeNull();
  });
});

describe("saving while the resident types", () => {
  afterEach(() => vi.useRealTimers());

  it("writes once after the last change, the newest state", async () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    const saver = makeDraftSaver(async (draft) => void saved.push(draft.description), 400);
    saver.schedule({ ...blank(), description: "L" });
    await vi.advanceTimersByTimeAsync(200);
    saver.schedule({ ...blank(), description: "La" });
    await vi.advanceTimersByTimeAsync(200);
    saver.schedule({ ...blank(), description: "Lam" });
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(400);
    expect(saved).toEqual(["Lam"]);
  });

  it("writes at once when the page is hidden, and nothing after a cancel", async () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    const saver = makeDraftSaver(async (draft) => void saved.push(draft.description), 400);
    saver.schedule({ ...blank(), description: "jetzt" });
    await saver.flush();
    expect(saved).toEqual(["jetzt"]);
    saver.schedule({ ...blank(), description: "verworfen" });
    await saver.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(["jetzt"]);
  });

  it("never lets a slow older write land after a newer one", async () => {
    const order: string[] = [];
    let releaseFirst: () => void = () => undefined;
    const writes: Promise<void>[] = [];
    const firstStarted = new Promise<void>((started) => {
      const saver = makeDraftSaver(async (draft) => {
        if (draft.description === "alt") {
          const released = new Promise<void>((resolve) => (releaseFirst = resolve));
          started();
          await released;
        }
        order.push(draft.description);
      }, 0);
      saver.schedule({ ...blank(), description: "alt" });
      writes.push(saver.flush());
      saver.schedule({ ...blank(), description: "neu" });
      writes.push(saver.flush());
    });
    await firstStarted;
    expect(order).toEqual([]);
    releaseFirst();
    await Promise.all(writes);
    expect(order).toEqual(["alt", "neu"]);
  });

  it("keeps the form usable when the device's storage fails", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const saver = makeDraftSaver(() => Promise.reject(new Error("QuotaExceededError")), 0);
    saver.schedule(filled());
    await expect(saver.flush()).resolves.toBeUndefined();
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });
});
