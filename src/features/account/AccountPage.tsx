// /konto: sign-in when nobody is signed in on this device, otherwise the account's overview.
import { lazy, Show, Suspense } from "solid-js";
import { t } from "../../lib/i18n";
import { usePageTitle } from "../../ui/page-title";
import { account, sessionKnown } from "./session";
import { useSession } from "./SignedInOnly";
import { SignInView } from "./SignInView";
import "./account.css";

// The overview (postbox count, sign-out with its check for unsent personal writes) is its own chunk:
// a visitor who is not signed in needs only the sign-in.
const AccountOverview = lazy(() =>
  import("./AccountOverview").then((module) => ({ default: module.AccountOverview })),
);

export default function AccountPage() {
  useSession();
  usePageTitle(() => (account() ? t("account.overview.title") : t("account.signIn.title")));
  return (
    <Show when={sessionKnown()} fallback={<p class="loading">{t("common.loading")}</p>}>
      <Show when={account()} fallback={<SignInView />}>
        {(current) => (
          <Suspense fallback={<p class="loading">{t("common.loading")}</p>}>
            <AccountOverview account={current()} />
          </Suspense>
        )}
      </Show>
    </Show>
  );
}
