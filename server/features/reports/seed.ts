// Sample defect reports across categories and statuses, loaded once on the first start so that the
// public map, list and the console have something to show. Marked as samples (`sample`, and texts
// starting with "Beispiel:"); staff remove or close them like any report.
import type { ReportCategory, ReportStatus } from "../../../src/lib/contract/reports";
import type { Db } from "../../db/database";
import { markSeedDone, seedDone } from "../../db/seed-store";
import { storeReport } from "./service";
import { updateReport } from "./store";

const SEED_KEY = "seed:reports";
const DAY_MS = 24 * 3600_000;

type Sample = {
  category: ReportCategory;
  lat: number;
  lon: number;
  address: string;
  description: string;
  status: ReportStatus;
  note: string | null;
  daysAgo: number;
};

export const SAMPLE_REPORTS: Sample[] = [
  {
    category: "street-lighting",
    lat: 53.0507,
    lon: 8.6314,
    address: "Rathausplatz (Beispiel)",
    description: "Beispiel: Die Laterne vor dem Rathaus bleibt abends dunkel.",
    status: "received",
    note: null,
    daysAgo: 1,
  },
  {
    category: "road-damage",
    lat: 53.0638,
    lon: 8.6234,
    address: "Stedinger Straße (Beispiel)",
    description: "Beispiel: Tiefes Schlagloch am rechten Fahrbahnrand.",
    status: "in_progress",
    note: "Beispiel: Die Reparatur ist für nächste Woche geplant.",
    daysAgo: 6,
  },
  {
    category: "illegal-dumping",
    lat: 53.0395,
    lon: 8.653,
    address: "Deichhorst (Beispiel)",
    description: "Beispiel: Alte Matratzen und Säcke am Wegrand abgestellt.",
    status: "done",
    note: "Beispiel: Die Abfallwirtschaft hat den Müll abgeholt.",
    daysAgo: 12,
  },
  {
    category: "graffiti",
    lat: 53.0488,
    lon: 8.6378,
    address: "Lange Straße (Beispiel)",
    description: "Beispiel: Schriftzüge an der Wand eines Privathauses.",
    status: "rejected",
    note: "Beispiel: Die Wand gehört einem privaten Eigentümer; bitte wenden Sie sich an ihn.",
    daysAgo: 20,
  },
  {
    category: "public-green",
    lat: 53.0446,
    lon: 8.6299,
    address: "Graftanlagen (Beispiel)",
    description: "Beispiel: Ein großer Ast hängt abgebrochen über dem Weg.",
    status: "in_progress",
    note: null,
    daysAgo: 3,
  },
  {
    category: "bus-stops",
    lat: 53.0559,
    lon: 8.6346,
    address: "Bahnhof (Beispiel)",
    description: "Beispiel: Die Scheibe der Wartehalle ist gesprungen.",
    status: "not_responsible",
    note: "Beispiel: Die Wartehalle gehört der Deutschen Bahn; wir haben die Meldung weitergegeben.",
    daysAgo: 30,
  },
];

export async function seedReportsOnFirstStart(db: Db, now = new Date()): Promise<boolean> {
  if (await seedDone(db, SEED_KEY)) return false;
  await db.transaction().execute(async (trx) => {
    for (const sample of SAMPLE_REPORTS) {
      const created = new Date(now.getTime() - sample.daysAgo * DAY_MS);
      const { row } = await storeReport(
        trx,
        {
          category: sample.category,
          lat: sample.lat,
          lon: sample.lon,
          address: sample.address,
          description: sample.description,
          language: "de",
        },
        { accountId: null, source: "app" },
        created,
        true,
      );
      const changed = new Date(created.getTime() + DAY_MS / 2).toISOString();
      await updateReport(trx, row.id, {
        status: sample.status,
        public_note: sample.note,
        reviewed: 1,
        status_changed_at: sample.status === "received" ? row.status_changed_at : changed,
        updated_at: sample.status === "received" ? row.updated_at : changed,
      });
    }
    await markSeedDone(trx, SEED_KEY, now);
  });
  return true;
}
