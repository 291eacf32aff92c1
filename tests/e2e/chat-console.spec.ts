// The Bürgerbüro chat's console, keyboard only: a signed-in resident leaves a message while the chat
// does not accept, it becomes a case, a clerk answers it in the console's inbox and the answer
// arrives in the resident's postbox. An admin names the clerk a lead of the chat, who then sees the
// statistics. Every console screen of the chat is checked with axe, and the clerk's side reflows at
// 320 px with the text at 200 %. A signed-in resident's live chat appears on the desk by itself (the
// waiting list is streamed), and the resident saves its transcript into the postbox.
import { expect, type Locator, type Page, test } from "@playwright/test";
import { newPerson, signInAsAdmin, signUp } from "./support/account";
import { expectNoAxeViolations } from "./support/app";
import { doubleTextSize, REFLOW_WIDTH, reflowProblems } from "./support/reflow";
import { staffPage } from "./support/staff";

/** Moves the focus with Tab (Shift+Tab with `back`) until `target` has it. */
async function tabTo(page: Page, target: Locator, options: { back?: boolean; limit?: number } = {}) {
  for (let i = 0; i < (options.limit ?? 120); i++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(options.back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test("a message left outside chat hours is answered in the console and arrives in the postbox", async ({
  browser,
  page: resident,
  context: residentContext,
}) => {
  test.setTimeout(300_000);
  // The chat story (chat.spec.ts) keeps the chat open at the same time in this server: here the
  // resident's page is told the chat is closed, as it is after hours (the server's own hours rule
  // and its holidays are tested on the server).
  await residentContext.route(/\/api\/chat\/status$/, (route) =>
    route.fulfill({
      json: {
        hours: { open: false, nextOpensAt: "2030-01-07T07:00:00.000Z" },
        agentsOnDuty: false,
        accepting: false,
      },
    }),
  );
  const person = newPerson("Frieda", "Fall");
  await signUp(resident, person);
  const question = `Wo melde ich meinen Hund an? ${Date.now().toString(36)}`;
  await resident.goto("/chat");
  await expect(resident.getByRole("heading", { name: "Nachricht hinterlassen" })).toBeVisible();
  await resident.getByLabel("Thema").selectOption("other");
  await resident.getByLabel("Ihre Frage").fill(question);
  await resident.getByRole("button", { name: "Nachricht senden" }).click();
  await expect(
    resident.getByText("Wir antworten Ihnen in der nächsten Chatzeit in Ihr Postfach."),
  ).toBeVisible();

  // An admin names the clerk a lead of the chat on the hours page.
  const clerk = newPerson("Carla", "Fall");
  const agent = await staffPage(browser, clerk, "buergerbuero");
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAsAdmin(admin);
  await admin.goto("/verwaltung/chat/zeiten");
  const leadBox = admin.getByRole("checkbox", { name: new RegExp(clerk.familyName) });
  await tabTo(admin, leadBox);
  await admin.keyboard.press("Space");
  await tabTo(admin, admin.getByRole("button", { name: "Leitung speichern" }));
  await admin.keyboard.press("Enter");
  await expect(admin.getByText("Die Leitung ist gespeichert.")).toBeVisible();
  await expectNoAxeViolations(admin);
  await adminContext.close();

  // The clerk, keyboard only: from the chat console to the messages left, and the answer.
  await agent.goto("/verwaltung/chat");
  await expect(agent.getByRole("heading", { level: 1, name: "Bürgerbüro-Chat" })).toBeVisible();
  await expectNoAxeViolations(agent);
  await tabTo(agent, agent.getByRole("link", { name: "Hinterlassene Nachrichten" }));
  await agent.keyboard.press("Enter");
  await expect(agent.getByRole("heading", { level: 1, name: "Hinterlassene Nachrichten" })).toBeVisible();
  await expectNoAxeViolations(agent);
  const item = agent.locator(".chat-case").filter({ hasText: question });
  await expect(item).toContainText("Die Antwort geht in das Postfach der Person.");
  await expect(item).toContainText(`${person.givenName} ${person.familyName}`);
  const subject = `Ihre Hundeanmeldung ${Date.now().toString(36)}`;
  const answer = "Die Hundesteuer melden Sie beim Steueramt an, online oder im Bürgerbüro.";
  const subjectField = item.getByRole("textbox", { name: /^Betreff/ });
  await tabTo(agent, subjectField);
  await agent.keyboard.press("ControlOrMeta+A");
  await agent.keyboard.type(subject);
  await agent.keyboard.press("Tab");
  await agent.keyboard.type(answer);
  await agent.keyboard.press("Tab");
  await expect(item.getByRole("button", { name: "Antwort senden" })).toBeFocused();
  await agent.keyboard.press("Enter");
  await expect(agent.getByText("Die Antwort ist versendet.")).toBeVisible();
  await expect(agent.locator(".chat-case").filter({ hasText: question })).toContainText("Beantwortet am");
  await expectNoAxeViolations(agent);

  // The clerk's other console screens: canned answers, hours, and (as a lead now) the statistics.
  for (const [link, heading] of [
    ["Textbausteine", "Textbausteine"],
    ["Chatzeiten festlegen", "Chatzeiten"],
    ["Statistik des Chats", "Statistik des Chats"],
  ] as const) {
    await agent.goto("/verwaltung/chat");
    await tabTo(agent, agent.getByRole("link", { name: link }));
    await agent.keyboard.press("Enter");
    await expect(agent.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    if (heading === "Statistik des Chats")
      await expect(agent.getByText("Hinterlassene Nachrichten")).toBeVisible();
    await expectNoAxeViolations(agent);
  }

  // Nothing of the clerk's side scrolls sideways at 320 px with the text at 200 %.
  for (const path of ["/verwaltung/chat", "/verwaltung/chat/nachrichten", "/verwaltung/chat/statistik"]) {
    const fresh = await agent.context().newPage();
    await doubleTextSize(fresh);
    await fresh.setViewportSize({ width: REFLOW_WIDTH, height: 640 });
    await fresh.goto(path);
    await expect(fresh.getByRole("heading", { level: 1 })).toBeVisible();
    await expect.poll(() => reflowProblems(fresh), { message: path }).toEqual([]);
    await fresh.close();
  }
  await agent.context().close();

  // The answer is in the resident's postbox.
  await resident.goto("/konto/postfach");
  const message = resident.getByRole("link", { name: new RegExp(subject) });
  await expect(message).toBeVisible({ timeout: 30_000 });
  await message.click();
  await expect(resident.getByText(answer)).toBeVisible();
});

test("a signed-in resident's chat appears on the clerk's desk by itself, and its transcript goes into the postbox", async ({
  browser,
  page: resident,
}) => {
  test.setTimeout(300_000);
  const clerk = newPerson("Theo", "Verlauf");
  const agent = await staffPage(browser, clerk, "buergerbuero");
  // Open all the time, as in the chat story that may run at the same moment.
  await agent.goto("/verwaltung/chat/zeiten");
  await agent.getByRole("textbox", { name: /^Chatzeiten/ }).fill("24/7");
  await agent.getByRole("button", { name: "Speichern" }).click();
  await expect(agent.getByText("Die Chatzeiten sind gespeichert.")).toBeVisible();
  await agent.goto("/verwaltung/chat");
  await agent.getByRole("button", { name: "Dienst beginnen" }).click();
  await expect(agent.getByText(/Sie sind im Dienst: 0 von \d+ Chats\./)).toBeVisible();

  const person = newPerson("Tessa", "Verlauf");
  await signUp(resident, person);
  const question = `Brauche ich für die Ummeldung einen Termin? ${Date.now().toString(36)}`;
  await resident.goto("/chat");
  await resident.getByLabel("Thema").selectOption("registration");
  await resident.getByLabel("Ihre Frage").fill(question);
  await resident.getByRole("button", { name: "Chat beginnen" }).click();
  await expect(resident.getByText(/Sie sind an Platz \d+ der Warteschlange\./)).toBeVisible({
    timeout: 30_000,
  });
  // Nobody is told of answers on this device unless the resident asks for it.
  await expect(
    resident.getByRole("checkbox", { name: "Benachrichtigen, wenn geantwortet wird" }),
  ).not.toBeChecked();

  // The desk's waiting list is streamed: the chat shows up without "Aktualisieren".
  await agent
    .getByRole("button", { name: `Übernehmen (Chat von ${person.givenName} ${person.familyName})` })
    .click({ timeout: 30_000 });
  await expect(agent.getByRole("heading", { level: 1, name: "Chat", exact: true })).toBeVisible();
  await agent.getByLabel("Ihre Antwort").fill("Ja, bitte buchen Sie einen Termin im Bürgerbüro.");
  await agent.getByRole("button", { name: "Senden", exact: true }).click();
  await expect(resident.getByRole("log")).toContainText("Ja, bitte buchen Sie einen Termin");
  await agent.getByLabel("Ergebnis").selectOption("answered");
  await agent.getByRole("button", { name: "Chat beenden" }).click();
  await agent.context().close();

  // After the chat: "Verlauf in mein Postfach", and there it is.
  await expect(resident.getByText("Der Chat ist beendet.")).toBeVisible({ timeout: 30_000 });
  await resident.getByRole("button", { name: "Verlauf in mein Postfach" }).click();
  await expect(resident.getByText("Der Verlauf liegt in Ihrem Postfach.")).toBeVisible();
  await resident.goto("/konto/postfach");
  const saved = resident.getByRole("link", { name: /Verlauf Ihres Chats mit dem Bürgerbüro/ });
  await expect(saved).toBeVisible({ timeout: 30_000 });
  await saved.click();
  await expect(resident.getByText(question)).toBeVisible();
  await expect(resident.getByText("Ja, bitte buchen Sie einen Termin im Bürgerbüro.")).toBeVisible();
});
