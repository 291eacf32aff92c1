// /konto: sign-in when nobody is signed in on this device, otherwise the account's overview.
import { Show } from "solid-js";
import { t } from "../../lib/i18n";
import { usePageTitle } from "../../ui/page-title";
import { AccountOverview } from "./AccountOverview";
import { account, sessionKnown } from "./session";
import { useSession } from "./SignedInOnly";
import { SignInView } from "./SignInView";
import "./account.css";

export default function AccountPage() {
  useSession();
  usePageTitle(() => (account() ? t("account.overview.title") : t("account.signIn.title")));
  return (
    <Show when={sessionKnown()} fallback={<p class="loading">{t("common.loading")}</p>}>
      <Show when={account()} fallback={<SignInView />}>
        {(current) => <AccountOverview account={current()} />}
      </Show>
    </Show>
  );
}
