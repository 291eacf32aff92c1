// A member of staff for a test: the admin invites them into a department, they set a password
// through the mailed link and sign in (the same steps as the account story, in one place).
import { type Browser, expect, type Page } from "@playwright/test";
import { ADMIN_EMAIL, addressOf, PASSWORD, type Person, signIn, signInAsAdmin } from "./account";
import { linkFromMail } from "./mail";

export type Department =
  "buergerbuero" | "bauamt" | "ordnungsamt" | "wirtschaft" | "sozialamt" | "steueramt" | "abfall" | "rat";

/**
 * A new, signed-in page of a staff member of `department`, in a context of its own. The admin and each
 * member come from addresses of their own (support/account.ts): the suite invites more staff than one
 * address may set passwords for in a quarter of an hour (10).
 */
export async function staffPage(browser: Browser, person: Person, department: Department): Promise<Page> {
  const adminContext = await browser.newContext({
    extraHTTPHeaders: { "X-Forwarded-For": addressOf(ADMIN_EMAIL) },
  });
  const admin = await adminContext.newPage();
  await signInAsAdmin(admin);
  await admin.goto("/verwaltung/mitarbeitende");
  await admin.getByLabel("E-Mail-Adresse").fill(person.email);
  await admin.getByLabel("Vorname").fill(person.givenName);
  await admin.getByLabel("Familienname").fill(person.familyName);
  await admin.getByLabel("Rolle").selectOption("staff");
  await admin.getByLabel("Fachbereich").selectOption(department);
  await admin.getByRole("button", { name: "Konto anlegen und einladen" }).click();
  await expect(admin.getByText(/Das Konto ist angelegt/)).toContainText(person.email);
  await adminContext.close();

  const context = await browser.newContext({
    extraHTTPHeaders: { "X-Forwarded-For": addressOf(person.email) },
  });
  const page = await context.newPage();
  await page.goto(await linkFromMail(person.email, /Verwaltungskonsole/));
  await page.getByLabel("Neues Passwort").fill(PASSWORD);
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(page.getByText("Ihr neues Passwort ist gespeichert.")).toBeVisible();
  await signIn(page, person.email);
  return page;
}
