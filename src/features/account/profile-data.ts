// "Meine Daten": the profile comes with the personal sync feed; the phone number goes back through
// the outbox, so it can be changed offline too.
import type { ContactUpdate } from "../../lib/contract/account";
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
