import { describe, expect, it } from "vitest";
import type { Warning } from "../../lib/contract/warnings";
import { partition, relate, textLanguageIn, textsIn } from "./model";
import { testWarning as warning } from "./test-warning";

const NOW = Date.parse("2026-03-10T12:00:00+01:00");

const ids = (entries: { warning: Warning }[]) => entries.map((e) => e.warning.id);

describe("warnings in force", () => {
  it("lists the most severe first, then the newest", () => {
    const { active } = partition(
      relate(
        [
          warning("minor-new", { severity: "Minor", sent: "2026-03-10T11:00:00+01:00" }),
          warning("severe-old", { severity: "Severe", sent: "2026-03-10T08:00:00+01:00" }),
          warning("severe-new", { severity: "Severe", sent: "2026-03-10T09:00:00+01:00" }),
          warning("extreme", { severity: "Extreme" }),
        ],
        NOW,
      ),
    );
    expect(ids(active)).toEqual(["extreme", "severe-new", "severe-old", "minor-new"]);
  });

  it("moves expired warnings and all-clears to the ended ones", () => {
    const { active, ended } = partition(
      relate(
        [
          warning("expired", { expires: "2026-03-10T11:59:00+01:00" }),
          warning("running", { expires: "2026-03-10T13:00:00+01:00" }),
          warning("city-ended", { msgType: "Cancel", provider: "city" }),
        ],
        NOW,
      ),
    );
    expect(ids(active)).toEqual(["running"]);
    expect(ids(ended).sort()).toEqual(["city-ended", "expired"]);
  });

  it("ends a warning its source no longer lists, even without an expiry", () => {
    const { active, ended } = partition(
      relate(
        [
          warning("withdrawn", { expires: null, withdrawnAt: "2026-03-10T11:30:00+01:00" }),
          warning("listed", { expires: null }),
        ],
        NOW,
      ),
    );
    expect(ids(active)).toEqual(["listed"]);
    expect(ids(ended)).toEqual(["withdrawn"]);
  });

  it("marks a warning updated or lifted by a later message that references it", () => {
    const entries = relate(
      [
        warning("first"),
        warning("update", { msgType: "Update", references: ["first"], sent: "2026-03-10T10:30:00+01:00" }),
        warning("all-clear", {
          msgType: "Cancel",
          references: ["update"],
          sent: "2026-03-10T11:00:00+01:00",
        }),
      ],
      NOW,
    );
    const byId = new Map(entries.map((e) => [e.warning.id, e]));
    expect(byId.get("first")?.successor).toMatchObject({ kind: "updated", by: { id: "update" } });
    expect(byId.get("update")?.successor).toMatchObject({ kind: "cancelled", by: { id: "all-clear" } });
    expect(byId.get("all-clear")?.refersTo.map((w) => w.id)).toEqual(["update"]);
    expect(ids(partition(entries).active)).toEqual([]);
  });

  it("ignores references to older messages from an earlier time or to itself", () => {
    const entries = relate(
      [
        warning("new", { sent: "2026-03-10T11:00:00+01:00" }),
        warning("stale", {
          msgType: "Update",
          references: ["new", "stale"],
          sent: "2026-03-10T09:00:00+01:00",
        }),
      ],
      NOW,
    );
    expect(ids(partition(entries).active).sort()).toEqual(["new", "stale"]);
  });
});

describe("texts", () => {
  it("falls back to German", () => {
    expect(textsIn(warning("a"), "en").headline).toBe("Warnung a");
    expect(textLanguageIn(warning("a"), "en")).toBe("de");
  });

  it("shows NINA's own translation in the reader's language, German to the others", () => {
    const german = warning("a").texts.de;
    const turkish = { ...german, headline: "Korona yönetmeliği: uyarı seviyesi ilan edildi" };
    const english = { ...german, headline: "Corona regulation: warning level declared" };
    const translated = warning("a", { texts: { de: german, en: english, tr: turkish } });
    expect(textsIn(translated, "tr")).toEqual(turkish);
    expect(textLanguageIn(translated, "tr")).toBe("tr");
    expect(textsIn(translated, "en")).toEqual(english);
    for (const reader of ["ar", "uk", "de-x-ls", "de"]) {
      expect(textsIn(translated, reader), reader).toEqual(german);
      expect(textLanguageIn(translated, reader), reader).toBe("de");
    }
  });
});
