// The citizen account as residents and staff use it: sign-up with the confirmation mail, passkeys
// with Chromium's virtual authenticator, a decision sent by staff that stays readable offline, and
// a sign-out that leaves nothing personal on the device.
import { expect, test } from "@playwright/test";
import { everythingStored, newPerson, PASSWORD, signIn, signInAsAdmin, signUp } from "./support/account";
import { expectNoAxeViolations, waitForServiceWorker } from "./support/app";
import { linkFromMail, mailText } from "./support/mail";

test("a resident signs up with the mailed link, adds a passkey and signs in with it", async ({ page }) => {
  const person = newPerson("Erika", "Musterfrau");
  await signUp(page, person);
  await page.getByRole("link", { name: "Zu Ihrem Bürgerkonto" }).click();
  await expect(page.getByText("E-Mail-Adresse bestätigt")).toBeVisible();
  await expectNoAxeViolations(page);

  // A platform authenticator with a resident key, like a phone's fingerprint sensor.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });

  await page.goto("/konto/sicherheit");
  await page.getByLabel("Name des Passkeys").fill("Mein Testhandy");
  await page.getByRole("button", { name: "Passkey hinzufügen" }).click();
  await expect(page.getByText("Der Passkey „Mein Testhandy“ wurde hinzugefügt.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Mein Testhandy" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/konto");
  await page.getByRole("button", { name: "Abmelden", exact: true }).click();
  await expect(page.getByText("Alle persönlichen Daten wurden von diesem Gerät gelöscht.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Im Bürgerkonto anmelden" })).toBeVisible();
  await expectNoAxeViolations(page);

  // No email, no password: the passkey alone signs in.
  await page.getByRole("button", { name: "Mit Passkey anmelden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mein Bürgerkonto" })).toBeVisible();
  await expect(page.getByText(`Guten Tag, ${person.givenName} ${person.familyName}!`)).toBeVisible();
});

test("a decision sent by staff reaches the postbox, stays readable offline, and sign-out wipes the device", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const citizen = newPerson("Jonas", "Bürger");
  const clerk = newPerson("Bernd", "Buero");
  const subject = `Ihr Bescheid ${citizen.familyName}`;
  const text = "Ihr Antrag auf Sondernutzung wurde genehmigt. Geheimer Zusatz 7391.";

  // The admin invites a clerk of the citizens' office, who sets a password through the mailed link.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAsAdmin(admin);
  await admin.goto("/verwaltung/mitarbeitende");
  await expect(admin.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin.getByLabel("E-Mail-Adresse").fill(clerk.email);
  await admin.getByLabel("Vorname").fill(clerk.givenName);
  await admin.getByLabel("Familienname").fill(clerk.familyName);
  await admin.getByLabel("Rolle").selectOption("staff");
  await admin.getByLabel("Fachbereich").selectOption("buergerbuero");
  await admin.getByRole("button", { name: "Konto anlegen und einladen" }).click();
  await expect(admin.getByText(/Das Konto ist angelegt/)).toContainText(clerk.email);
  await adminContext.close();

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await staff.goto(await linkFromMail(clerk.email, /Verwaltungskonsole/));
  await staff.getByLabel("Neues Passwort").fill(PASSWORD);
  await staff.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(staff.getByText("Ihr neues Passwort ist gespeichert.")).toBeVisible();

  // The citizen signs up on a phone with the app installed (service worker in control).
  const phoneContext = await browser.newContext();
  const phone = await phoneContext.newPage();
  await phone.goto("/");
  await waitForServiceWorker(phone);
  await signUp(phone, citizen);
  // The city's messages to the citizen come in Turkish from now on (the app stays German).
  await phone.goto("/konto/daten");
  await phone.getByLabel("Sprache", { exact: true }).selectOption("tr");
  await phone.getByRole("button", { name: "Sprache speichern" }).click();
  await expect(phone.getByRole("status").filter({ hasText: "Gespeichert." })).toBeVisible();
  await expectNoAxeViolations(phone);

  // The clerk finds the citizen (with a reason for the audit log) and sends a decision with a PDF.
  await signIn(staff, clerk.email);
  await staff.goto("/verwaltung/buerger");
  await staff.getByLabel("Grund des Zugriffs").fill("Bescheid Sondernutzung zustellen");
  await staff.getByLabel("Name oder E-Mail-Adresse").fill(citizen.familyName);
  await staff.getByRole("button", { name: "Suchen" }).click();
  await expectNoAxeViolations(staff);
  await staff.getByRole("link", { name: `${citizen.givenName} ${citizen.familyName}` }).click();
  await expect(staff.getByText(citizen.email)).toBeVisible();
  await expectNoAxeViolations(staff);
  // With the keyboard: on a phone-sized page the fixed bottom navigation can cover a control that
  // Playwright counts as in view, and a click then lands on the navigation.
  await staff.getByRole("radio", { name: "Bescheid" }).focus();
  await staff.keyboard.press("Space");
  await expect(staff.getByRole("radio", { name: "Bescheid" })).toBeChecked();
  await staff.getByLabel("Betreff").fill(subject);
  await staff.getByLabel("Text (Pflichtfeld)", { exact: true }).fill(text);
  await staff.getByLabel("PDF-Datei").setInputFiles({
    name: "bescheid.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
  });
  await staff.getByRole("button", { name: "Senden", exact: true }).focus();
  await staff.keyboard.press("Enter");
  await expect(staff.getByText(/Gesendet an das Postfach von/)).toBeVisible();

  // The notice that something arrived is in the citizen's chosen language.
  expect(await mailText(citizen.email, /Posta kutunuzda yeni mesaj/)).toContain("/konto/postfach");

  // The citizen sees it, opens it and its PDF.
  await phone.goto("/konto/postfach");
  const entry = phone.getByRole("link", { name: new RegExp(subject) });
  await expect(entry).toBeVisible({ timeout: 30_000 });
  await expect(entry).toContainText("Ungelesen");
  await expect(phone.getByText("1 ungelesene Nachricht")).toBeVisible();
  await expectNoAxeViolations(phone);
  await entry.click();
  await expect(phone.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await expect(phone.getByText(text)).toBeVisible();
  await expect(phone.getByText("Zuerst geöffnet am")).toBeVisible();
  const download = phone.waitForEvent("download");
  await phone.getByRole("button", { name: /Herunterladen/ }).click();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
  await expectNoAxeViolations(phone);
  const messageUrl = phone.url();

  // The clerk sees when it was opened: the proof of delivery.
  await staff.goto("/verwaltung/nachrichten");
  await expect(staff.getByRole("row").filter({ hasText: subject })).not.toContainText("Noch nicht geöffnet");
  await expectNoAxeViolations(staff);

  // Offline: the postbox and the message come from the device.
  await phoneContext.setOffline(true);
  await phone.goto("/konto/postfach");
  await expect(phone.getByRole("link", { name: new RegExp(subject) })).toBeVisible();
  await phone.goto(messageUrl);
  await expect(phone.getByText(text)).toBeVisible();
  await phoneContext.setOffline(false);

  // Signing out leaves nothing personal in IndexedDB or Cache Storage.
  expect(await everythingStored(phone)).toContain(text);
  await phone.goto("/konto");
  await phone.getByRole("button", { name: "Abmelden", exact: true }).click();
  await expect(phone.getByText("Alle persönlichen Daten wurden von diesem Gerät gelöscht.")).toBeVisible();
  const stored = await everythingStored(phone);
  const secrets = [citizen.email, citizen.familyName, subject, text, "%PDF"];
  expect(
    secrets.filter((secret) => stored.includes(secret)),
    "personal data still on the device",
  ).toEqual([]);
  // The public guide stays: the app still works offline for the next person.
  expect(stored).toContain("personalausweis");

  await staffContext.close();
  await phoneContext.close();
});

test("an expired or used confirmation link says so plainly", async ({ page }) => {
  const person = newPerson("Lena", "Linktest");
  await signUp(page, person);
  // The link from the mail again: it has been used.
  await page.goto(await linkFromMail(person.email, /bestätigen/));
  await expect(page.getByText("Dieser Link wurde schon benutzt.")).toBeVisible();
  await page.goto("/konto/bestaetigen?token=abcdefghijklmnopqrstuvwxyz0123456789");
  await expect(page.getByText("Dieser Link funktioniert nicht.")).toBeVisible();
  await expectNoAxeViolations(page);
});
