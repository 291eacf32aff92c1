// Steps the account stories share: signing up with the mail from the local SMTP server, the first
// admin, signing in, and a look into everything the browser stores.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Page } from "@playwright/test";
import { linkFromMail } from "./mail";

export const PASSWORD = "Delmenhorst-2026-sicher";
export const ADMIN_EMAIL = "admin@stadt-delmenhorst.example";

export type Person = { email: string; givenName: string; familyName: string };

/** A fresh person per test, so tests never share an account. */
export function newPerson(givenName: string, familyName: string): Person {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return {
    email: `${givenName.toLowerCase()}.${suffix}@example.org`,
    givenName,
    familyName: `${familyName}-${suffix}`,
  };
}

/** Signs up through the form and confirms the address with the link from the received mail. */
export async function signUp(page: Page, person: Person): Promise<void> {
  // Each resident from their own device's address (TEST-NET-2, RFC 5737): the suite signs up more
  // people than one address may in an hour (10), and they all reach the server from loopback.
  await page.context().setExtraHTTPHeaders({ "X-Forwarded-For": addressOf(person.email) });
  await page.goto("/konto/registrieren");
  await page.getByLabel("Vorname").fill(person.givenName);
  await page.getByLabel("Nachname").fill(person.familyName);
  await page.getByLabel("Geburtsdatum").fill("1984-05-17");
  await page.getByLabel("Straße und Hausnummer").fill("Rathausplatz 1");
  await page.getByLabel("Postleitzahl").fill("27749");
  await page.getByLabel(/^Ort/).fill("Delmenhorst");
  await page.getByLabel("E-Mail-Adresse").fill(person.email);
  await page.getByLabel(/^Passwort/).fill(PASSWORD);
  await page.getByRole("button", { name: "Konto erstellen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mein Bürgerkonto" })).toBeVisible();
  await expect(page.getByText("E-Mail noch nicht bestätigt")).toBeVisible();

  await page.goto(await linkFromMail(person.email, /bestätigen/));
  await expect(page.getByText("Ihre E-Mail-Adresse ist bestätigt.")).toBeVisible();
}

export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto("/konto");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel(/^Passwort/).fill(password);
  await page.getByRole("button", { name: "Anmelden", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mein Bürgerkonto" })).toBeVisible();
}

/**
 * The first admin, through the one-time link the server wrote into its data folder. Tests run in
 * parallel and may be retried: whoever comes second signs in instead, and once the admin is known to
 * exist everyone signs in (the setup form is limited to 10 tries a quarter of an hour per address).
 */
export async function signInAsAdmin(page: Page): Promise<void> {
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error("E2E_DATA_DIR is set by tests/playwright.config.ts");
  const created = join(dataDir, "e2e-admin-created");
  if (existsSync(created)) return signIn(page, ADMIN_EMAIL);
  const link = readFileSync(join(dataDir, "admin-setup-link.txt"), "utf8").trim();
  await page.goto(link);
  await page.getByLabel("E-Mail-Adresse").fill(ADMIN_EMAIL);
  await page.getByLabel("Vorname").fill("Anna");
  await page.getByLabel("Familienname").fill("Admin");
  await page.getByLabel(/^Passwort/).fill(PASSWORD);
  await page.getByRole("button", { name: "Administrationskonto anlegen" }).click();
  const consoleNav = page.getByRole("navigation", { name: "Verwaltungskonsole" });
  const taken = page.getByRole("alert");
  await expect(consoleNav.or(taken)).toBeVisible();
  if (await taken.isVisible()) await signIn(page, ADMIN_EMAIL);
  writeFileSync(created, "");
}

/**
 * Every record in every IndexedDB database and every cached response, as text: what a next user
 * of this device could read. Blobs are read as text too.
 */
export async function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [];
    const asText = async (value: unknown): Promise<string> =>
      value instanceof Blob ? value.text() : JSON.stringify(value, (_k, v: unknown) => v);
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const records = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        for (const record of records) {
          parts.push(`${info.name}/${store}: ${await asText(record)}`);
          if (record && typeof record === "object") {
            for (const value of Object.values(record))
              if (value instanceof Blob) parts.push(await value.text());
          }
        }
      }
      db.close();
    }
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        parts.push(`cache ${name}: ${request.url}`);
        if (response && /json|text|pdf/.test(response.headers.get("content-type") ?? "")) {
          parts.push(await response.text());
        }
      }
    }
    return parts.join("\n");
  });
}

/** A stable address per person in 198.51.100.0/24 (TEST-NET-2), as if each came from a device of their own. */
export function addressOf(email: string): string {
  let hash = 0;
  for (const char of email) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `198.51.100.${(hash % 254) + 1}`;
}
