// The index is the only list Kysely reads: a migration file it misses never runs, and a key that
// differs from its file name would be recorded in kysely_migration under a name nobody can find.
import { readdirSync } from "node:fs";
import { expect, it } from "vitest";
import { migrations } from "./index";

const files = readdirSync(import.meta.dirname)
  .filter((file) => /^\d{4}_[a-z0-9_]+\.ts$/.test(file))
  .map((file) => file.slice(0, -".ts".length));

it("lists every migration file, in the order of their numbers", () => {
  expect(files.length).toBeGreaterThan(0);
  expect(Object.keys(migrations)).toEqual([...files].sort());
});

it("numbers the migrations 0001, 0002, ... without a gap or a twin", () => {
  const numbers = Object.keys(migrations).map((name) => Number(name.slice(0, 4)));
  expect(numbers).toEqual(numbers.map((_, index) => index + 1));
});

it("names each migration like the file it comes from", async () => {
  for (const name of files) {
    const module = (await import(`./${name}.ts`)) as { migration: unknown };
    expect(migrations[name], name).toBe(module.migration);
  }
});

it("keeps the names existing databases have recorded", () => {
  expect(Object.keys(migrations).slice(0, 10)).toEqual([
    "0001_foundation",
    "0002_accounts",
    "0003_warnings_and_push",
    "0004_appointments",
    "0005_applications",
    "0006_upload_chunks",
    "0007_map_layers",
    "0008_shops",
    "0009_push_timeouts",
    "0010_application_departments",
  ]);
});
