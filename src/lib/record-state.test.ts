// What a record page shows while its record is not on the device yet (a shared link, first visit).
import { describe, expect, it, vi } from "vitest";
import type { Fetch } from "./http";
import { readServerRecord, recordView, type RemoteRead } from "./record-state";

type Item = { id: string; title: string };
const item: Item = { id: "reisepass", title: "Reisepass" };
const neverSynced = { record: undefined, synced: false };
const syncedWithout = { record: undefined, synced: true };

describe("recordView", () => {
  it("shows the device's copy whatever the server said", () => {
    const newer: RemoteRead<Item> = { status: "found", record: { ...item, title: "Older?" } };
    expect(recordView({ record: item, synced: false }, newer)).toEqual({ kind: "found", record: item });
    expect(recordView({ record: item, synced: true }, { status: "absent" })).toEqual({
      kind: "found",
      record: item,
    });
  });

  it("is loading while the record is missing, never synced and the server has not answered", () => {
    expect(recordView(undefined, { status: "idle" })).toEqual({ kind: "loading" });
    expect(recordView(neverSynced, { status: "idle" })).toEqual({ kind: "loading" });
    expect(recordView(neverSynced, { status: "pending" })).toEqual({ kind: "loading" });
  });

  it("shows the server's record before the sync brings it", () => {
    expect(recordView(neverSynced, { status: "found", record: item })).toEqual({
      kind: "found",
      record: item,
    });
  });

  it("says not found only after the server's 404, or after a completed sync when the server is out of reach", () => {
    expect(recordView(neverSynced, { status: "absent" })).toEqual({ kind: "not-found" });
    expect(recordView(syncedWithout, { status: "absent" })).toEqual({ kind: "not-found" });
    expect(recordView(syncedWithout, { status: "offline" })).toEqual({ kind: "not-found" });
    expect(recordView(syncedWithout, { status: "pending" })).toEqual({ kind: "loading" });
  });

  it("says the page cannot be loaded offline on a first visit, not that the record does not exist", () => {
    expect(recordView(neverSynced, { status: "offline" })).toEqual({
      kind: "unavailable",
      reason: "offline",
    });
    expect(recordView(neverSynced, { status: "failed" })).toEqual({ kind: "unavailable", reason: "failed" });
  });
});

describe("readServerRecord", () => {
  const parse = (data: unknown): Promise<Item> => {
    const value = data as Partial<Item>;
    if (typeof value.id !== "string" || typeof value.title !== "string") throw new Error("invalid");
    return Promise.resolve({ id: value.id, title: value.title });
  };
  const json = (status: number, body: unknown, type = "application/json") =>
    new Response(JSON.stringify(body), { status, headers: { "Content-Type": type } });

  it("asks the collection's record endpoint and checks the record", async () => {
    const fetchImpl = vi.fn<Fetch>(() => Promise.resolve(json(200, { id: item.id, data: item })));
    expect(await readServerRecord(fetchImpl, "services", "reise pass", parse)).toEqual({
      status: "found",
      record: item,
    });
    expect(fetchImpl.mock.calls[0]?.[0]).toBe("/api/sync/services/records/reise%20pass");
  });

  it("maps the server's 404 to absent, no answer to offline, anything else to failed", async () => {
    const problem = { type: "about:blank", title: "Not found", status: 404, code: "not_found" };
    const answer = (response: () => Promise<Response>) =>
      readServerRecord(vi.fn<Fetch>(response), "offices", "standesamt", parse);
    expect(await answer(() => Promise.resolve(json(404, problem, "application/problem+json")))).toEqual({
      status: "absent",
    });
    expect(await answer(() => Promise.reject(new TypeError("Failed to fetch")))).toEqual({
      status: "offline",
    });
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(await answer(() => Promise.resolve(json(503, {})))).toEqual({ status: "failed" });
    expect(await answer(() => Promise.resolve(json(200, { id: "x", data: { id: "x" } })))).toEqual({
      status: "failed",
    });
  });
});
