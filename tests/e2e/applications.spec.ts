// User story: a resident applies for a building permit from a phone, step by step with the plans
// attached; the building authority claims it, asks for a missing plan, the resident answers with
// the file, and the authority decides. The Bescheid is in the postbox and stays readable offline.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { newPerson, signUp } from "./support/account";
import { expectNoAxeViolations, waitForServiceWorker } from "./support/app";
import { repoRoot } from "./support/server";
import { staffPage } from "./support/staff";

const pdf = (name: string) => ({
  name,
  mimeType: "application/pdf",
  buffer: Buffer.from(`%PDF-1.4\n% ${name}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`),
});

/** Larger than one part of a resumable upload (512 KiB): it travels in parts. */
const largePdf = (name: string) => {
  const small = pdf(name);
  return { ...small, buffer: Buffer.concat([small.buffer, Buffer.alloc(700 * 1024, 0x20)]) };
};

type Texts = { applications: { validation: { pattern: Record<string, string> } } };
const germanTexts = JSON.parse(
  readFileSync(join(repoRoot, "src/locales/applications/de.json"), "utf8"),
) as Texts;

const next = async (page: Page, heading: string) => {
  await page.getByRole("button", { name: "Weiter", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expectNoAxeViolations(page);
};

/** What the server says about these answers, through the same API the outbox uses. */
const serverErrors = (page: Page, answers: Record<string, unknown>) =>
  page.evaluate(async (body) => {
    const session = (await (await fetch("/api/auth/session")).json()) as { csrfToken: string };
    const response = await fetch("/api/applications", {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "X-CSRF-Token": session.csrfToken,
        "Idempotency-Key": crypto.randomUUID(),
      },
      body: JSON.stringify({ id: crypto.randomUUID(), type: "bauantrag", answers: body, attachments: {} }),
    });
    return {
      status: response.status,
      problem: (await response.json()) as { errors?: { path: string; message: string }[] },
    };
  }, answers);

test("a Bauantrag from a phone: question, answer, decision in the postbox, readable offline", async ({
  page,
  browser,
  context,
}) => {
  test.setTimeout(240_000);
  const citizen = newPerson("Bea", "Bauherrin");
  await signUp(page, citizen);
  await waitForServiceWorker(page);

  await page.goto("/antraege");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Antrag starten Bauantrag" }).click();

  // Step 1: pre-filled from the account.
  await expect(page.getByRole("heading", { level: 1, name: "Bauherrin oder Bauherr" })).toBeVisible();
  await expect(page.getByText("Schritt 1 von 7")).toBeVisible();
  await expect(page.getByLabel("Vorname")).toHaveValue(citizen.givenName);
  await expect(page.getByLabel("E-Mail-Adresse")).toHaveValue(citizen.email);
  await expectNoAxeViolations(page);
  await next(page, "Entwurfsverfasserin oder Entwurfsverfasser");

  // Step 2: nothing filled in yet; the error summary names what is missing.
  await page.getByRole("button", { name: "Weiter", exact: true }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Name oder Büro" });
  await expect(summary).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Name oder Büro").fill("Planungsbüro Nord");
  await page.getByRole("radio", { name: "Architektin oder Architekt" }).check();
  await page.getByLabel("E-Mail-Adresse").fill("buero@example.org");
  await next(page, "Baugrundstück");

  // Step 3: a plot number the browser refuses, with the message the server gives for it too.
  await page.getByLabel("Straße und Hausnummer des Grundstücks").fill("Am Wollepark 3");
  await page.getByLabel("Gemarkung").fill("Delmenhorst");
  await page.getByLabel("Flur", { exact: true }).fill("12");
  await page.getByLabel("Flurstück").fill("12a");
  await page.getByRole("button", { name: "Weiter", exact: true }).click();
  const message = germanTexts.applications.validation.pattern.flurstueck!;
  await expect(page.getByRole("alert").getByText(message)).toBeVisible();
  const server = await serverErrors(page, { flurstueck: "12a" });
  expect(server.status).toBe(400);
  const code = server.problem.errors?.find((e) => e.path === "flurstueck")?.message ?? "";
  expect(germanTexts.applications.validation.pattern[code.replace("pattern.", "")]).toBe(message);
  await page.getByLabel("Flurstück").fill("345/6");
  await next(page, "Vorhaben");

  await page.getByRole("radio", { name: /^Vereinfachtes Baugenehmigungsverfahren/ }).check();
  await page.getByLabel("Art des Vorhabens").selectOption("newBuilding");
  await page.getByLabel("Beschreibung des Vorhabens").fill("Neubau eines Einfamilienhauses mit Carport");
  await page.getByLabel("Gebäudeklasse").selectOption("1");
  await page.getByLabel("Geschätzte Baukosten in Euro").fill("350000");
  await next(page, "Erklärung");
  // The declaration is a required box: not ticked, it says so beside itself, and passes axe.
  await page.getByRole("button", { name: "Weiter", exact: true }).click();
  const declaration = page.getByRole("checkbox", { name: /Ich versichere/ });
  await expect(declaration).toHaveAttribute("aria-invalid", "true");
  await expect(declaration).toHaveAttribute("aria-required", "true");
  await expectNoAxeViolations(page);
  await declaration.check();
  await next(page, "Unterlagen");

  await page.getByLabel("Datei für „Lageplan“ auswählen").setInputFiles(pdf("lageplan.pdf"));
  await page
    .getByLabel("Datei für „Bauzeichnungen“ auswählen")
    .setInputFiles([pdf("grundriss.pdf"), largePdf("ansichten.pdf")]);
  await page.getByLabel("Datei für „Baubeschreibung“ auswählen").setInputFiles(pdf("baubeschreibung.pdf"));
  // A text file that calls itself a PDF is not taken.
  await page.getByLabel("Datei für „Lageplan“ auswählen").setInputFiles({
    name: "falsch.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("Dies ist kein PDF."),
  });
  await expect(page.getByText(/„falsch\.pdf“ wurde nicht übernommen/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Entfernen ansichten.pdf" })).toBeVisible();
  await expectNoAxeViolations(page);
  await next(page, "Angaben prüfen und absenden");
  await expect(page.getByText("345/6")).toBeVisible();
  await expect(page.getByText("grundriss.pdf")).toBeVisible();

  const parts: string[] = [];
  context.on("request", (request) => {
    if (request.method() === "PATCH" && request.url().includes("/api/applications/uploads/"))
      parts.push(request.url());
  });
  await page.getByRole("button", { name: "Absenden" }).click();
  const reference = page.getByText(/A-[2-9A-Z]{4}-[2-9A-Z]{4}/).first();
  await expect(reference).toBeVisible({ timeout: 30_000 });
  const ref = /A-[2-9A-Z]{4}-[2-9A-Z]{4}/.exec((await reference.textContent()) ?? "")![0];
  await expect(page.getByText("Eingegangen").first()).toBeVisible();
  await expectNoAxeViolations(page);
  const applicationUrl = page.url();
  // The large drawing went in two parts of 512 KiB and the rest: resumable on a bad connection.
  expect(parts).toHaveLength(2);

  // The building authority: inbox, claim, question.
  const staff = await staffPage(browser, newPerson("Bernd", "Bauamt"), "bauamt");
  await staff.goto("/verwaltung/antraege");
  await expect(staff.getByRole("heading", { level: 1, name: "Anträge" })).toBeVisible();
  await expectNoAxeViolations(staff);
  await staff.getByRole("link", { name: new RegExp(ref) }).click();
  await expect(staff.getByText("Neubau eines Einfamilienhauses mit Carport").first()).toBeVisible();
  await expect(staff.getByRole("rowheader", { name: "lageplan.pdf" })).toBeVisible();
  await expectNoAxeViolations(staff);
  await staff.getByRole("button", { name: "Übernehmen" }).focus();
  await staff.keyboard.press("Enter");
  await staff.getByLabel("Text der Rückfrage").fill("Bitte reichen Sie den Lageplan im Maßstab 1:500 nach.");
  await staff.getByRole("button", { name: "Rückfrage stellen" }).focus();
  await staff.keyboard.press("Enter");
  await expect(
    staff.getByText("Bitte reichen Sie den Lageplan im Maßstab 1:500 nach.").first(),
  ).toBeVisible();
  await expectNoAxeViolations(staff);

  // The resident answers with the missing plan.
  await page.goto(applicationUrl);
  await expect(page.getByText("Bitte reichen Sie den Lageplan im Maßstab 1:500 nach.").first()).toBeVisible({
    timeout: 30_000,
  });
  await expectNoAxeViolations(page);
  await page.getByLabel("Ihre Antwort").fill("Anbei der Lageplan 1:500.");
  await page.getByLabel("Datei für „Antwort“ auswählen").setInputFiles(pdf("lageplan-500.pdf"));
  await page.getByRole("button", { name: "Antwort senden" }).click();
  await expect(page.getByText("In Bearbeitung").first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Anbei der Lageplan 1:500.").first()).toBeVisible();

  // The authority reads the answer, opens the file and decides.
  await staff.reload();
  await expect(staff.getByText("Anbei der Lageplan 1:500.").first()).toBeVisible();
  const download = staff.waitForEvent("download");
  await staff.getByRole("button", { name: "Herunterladen lageplan-500.pdf" }).click();
  expect((await download).suggestedFilename()).toBe("lageplan-500.pdf");
  await staff.getByRole("radio", { name: "Genehmigt", exact: true }).focus();
  await staff.keyboard.press("Space");
  await staff.getByLabel("Begründung").fill("Das Vorhaben entspricht dem Bebauungsplan Nr. 12.");
  await staff.getByRole("button", { name: "Entscheiden" }).focus();
  await staff.keyboard.press("Enter");
  await expect(staff.getByRole("group", { name: "Entscheidung jetzt senden?" })).toBeVisible();
  await expectNoAxeViolations(staff);
  await staff.getByRole("button", { name: "Bescheid senden" }).focus();
  await staff.keyboard.press("Enter");
  await expect(staff.getByText("Entschieden").first()).toBeVisible();
  // One word for the outcome in the console, the resident's timeline, the message and the Bescheid
  // (OUTCOME_WORDS_DE), and the decided state said once.
  await expect(staff.getByText("Ergebnis: Genehmigt")).toBeVisible();
  await expect(staff.getByText("Der Bescheid ist gesendet.")).toBeVisible();
  await expect(staff.getByText(/ist entschieden/)).toHaveCount(1);
  await staff.context().close();

  // The resident finds the Bescheid in the postbox, opens its PDF once, and reads it offline later.
  await page.goto(applicationUrl);
  await expect(page.getByText("Entschieden").first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Ergebnis: Genehmigt")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Bescheid im Postfach öffnen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`Bescheid ${ref}`) })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText("Ihr Antrag wurde genehmigt")).toBeVisible();
  const firstDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: /Herunterladen/ }).click();
  expect((await firstDownload).suggestedFilename()).toBe(`Bescheid-${ref}.pdf`);
  await expectNoAxeViolations(page);
  const messageUrl = page.url();

  await context.setOffline(true);
  await page.goto(messageUrl);
  await expect(page.getByText("Ihr Antrag wurde genehmigt")).toBeVisible();
  const offlineDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: /Herunterladen/ }).click();
  const saved = await (await offlineDownload).path();
  expect(readFileSync(saved).subarray(0, 5).toString()).toBe("%PDF-");
  await page.goto(applicationUrl);
  await expect(page.getByText("Entschieden").first()).toBeVisible();
  await expect(page.getByText("Bitte reichen Sie den Lageplan im Maßstab 1:500 nach.").first()).toBeVisible();
  await context.setOffline(false);
});
