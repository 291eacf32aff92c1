// The Bürgerbüro chat's console, keyboard only: a signed-in resident leaves a message while the chat
// does not accept, it becomes a case, a clerk answers it in the console's inbox and the answer
// arrives in the resident's postbox. An admin names the clerk a lead of the chat, who then sees the
// statistics. Every console screen of the chat is checked with axe, and the clerk's side reflows at
// 320 px with the text at 200 %.
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
