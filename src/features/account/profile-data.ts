// "Meine Daten": the profile comes with the personal sync feed; the phone number and the language of
// the city's messages go back through the outbox, so they can be changed offline too.
import type { ContactUpdate, LanguageUpdate } from "../../lib/contract/account";
import type { UiLanguage } from "../../lib/contract/languages";
import { appDb } from "../../lib/db";
import { queueWrite } from "./outbox-entries";

export const profileOf = (accountId: string) => appDb().profile.get(accountId);

export async function savePhone(accountId: string, phone: string | null): Promise<void> {
  const body: ContactUpdate = { phone };
  await queueWrite(
    { kind: "account-contact", ref: accountId, method: "PATCH", url: "/api/account/contact", body },
    () => appDb().profile.update(accountId, { phone }),
  );
}

export async function saveLanguage(accountId: string, language: UiLanguage): Promise<void> {
  const body: LanguageUpdate = { language };
  await queueWrite(
    { kind: "account-language", ref: accountId, method: "PATCH", url: "/api/account/language", body },
    () => appDb().profile.update(accountId, { language }),
  );
}
