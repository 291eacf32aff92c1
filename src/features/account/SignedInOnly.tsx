// Pages with personal data: shown once the session is known, and only to a signed-in account.
// Offline, the session stored on the device counts (session.ts), so these pages read offline.
import { A } from "@solidjs/router";
import { type Accessor, type JSX, onMount, Show } from "solid-js";
import type { AccountSummary } from "../../lib/contract/account";
import { t } from "../../lib/i18n";
import { account, loadSession, sessionKnown } from "./session";

/** Asks the server who is signed in when the page opens (a session may have ended elsewhere). */
export function useSession(): void {
  onMount(() => {
    loadSession().catch((error: unknown) => console.error("session check failed", error));
  });
}

/** `heading`: the page's h1 while signed out, for pages whose heading comes with their personal data. */
export function SignedInOnly(props: {
  heading?: string;
  children: (account: Accessor<AccountSummary>) => JSX.Element;
}) {
  useSession();
  return (
    <Show when={sessionKnown()} fallback={<p class="loading">{t("common.loading")}</p>}>
      <Show
        when={account()}
        fallback={
          <>
            <Show when={props.heading}>{(heading) => <h1>{heading()}</h1>}</Show>
            <SignInPrompt />
          </>
        }
      >
        {(current) => props.children(current)}
      </Show>
    </Show>
  );
}

export function SignInPrompt() {
  return (
    <div class="notice">
      <p>{t("account.signInPrompt.text")}</p>
      <p>
        <A href="/konto">{t("account.signInPrompt.link")}</A>
      </p>
    </div>
  );
}
