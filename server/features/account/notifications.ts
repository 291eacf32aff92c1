// Tells citizens that something arrived in their postbox. Mail today; Web Push will be a second
// implementation of the same interface. The notice never carries the content (it stays behind sign-in).
import type { Mailer } from "../../mail/mailer";
import { newPostboxMessageMail } from "../../mail/templates";

export type NotifiedAccount = { id: string; email: string; language: string };

export interface AccountNotifier {
  newPostboxMessage(account: NotifiedAccount): Promise<void>;
}

export function mailNotifier(mailer: Mailer, appOrigin: string): AccountNotifier {
  return {
    async newPostboxMessage(account) {
      await mailer.send(
        newPostboxMessageMail(account.email, account.language, `${appOrigin}/konto/postfach`),
      );
    },
  };
}
