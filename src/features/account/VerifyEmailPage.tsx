// /konto/bestaetigen?token=…: the link from the confirmation email. Confirms on open and says
// plainly what to do when the link does not work.
import { A, useSearchParams } from "@solidjs/router";
import { createSignal, Match, onMount, Show, Switch } from "solid-js";
import { t } from "../../lib/i18n";
import { usePageTitle } from "../../ui/page-title";
import { verifyEmail } from "./auth-api";
import { errorKey, isApiError } from "./errors";
import { ResendVerification } from "./ResendVerification";
import { account, loadSession } from "./session";
import "./account.css";

type State = "checking" | "done" | "link_invalid" | "link_expired" | "link_used" | "failed";

export default function VerifyEmailPage() {
  usePageTitle(() => t("account.verify.title"));
  const [params] = useSearchParams<{ token?: string }>();
  const [state, setState] = createSignal<State>("checking");
  const [error, setError] = createSignal("errors.internal_error");

  const confirm = async () => {
    setState("checking");
    // The session tells whether "send a new link" can be offered; a new trust level comes with it.
    await loadSession().catch((failure: unknown) => console.error("session check failed", failure));
    const token = params.token;
    if (!token) {
      setState("link_invalid");
      return;
    }
    try {
      await verifyEmail(token);
      setState("done");
      await loadSession().catch((failure: unknown) => console.error("session check failed", failure));
    } catch (failure) {
      // A token cut off in the mail program fails the server's format check.
      if (isApiError(failure, "link_invalid", "validation_failed")) setState("link_invalid");
      else if (isApiError(failure, "link_expired")) setState("link_expired");
      else if (isApiError(failure, "link_used")) setState("link_used");
      else {
        setError(errorKey(failure));
        setState("failed");
      }
    }
  };
  onMount(() => void confirm());

  const nextStep = () => (
    <Show
      when={account()}
      fallback={
        <p>
          {t("account.verify.signInForNewLink")} <A href="/konto">{t("account.signInPrompt.link")}</A>
        </p>
      }
    >
      <p>{t("account.verify.newLinkText")}</p>
      <ResendVerification />
    </Show>
  );

  return (
    <section class="account">
      <h1>{t("account.verify.title")}</h1>
      <Switch>
        <Match when={state() === "checking"}>
          <p class="loading" role="status">
            {t("account.verify.checking")}
          </p>
        </Match>
        <Match when={state() === "done"}>
          <div class="success" role="status">
            <p class="success-title">{t("account.verify.done")}</p>
            <p>{t("account.verify.doneText")}</p>
          </div>
          <p>
            <A href="/konto">{t("account.verify.toAccount")}</A>
          </p>
        </Match>
        <Match when={state() === "link_invalid"}>
          <div role="alert">
            <p class="problem-title">{t("account.verify.invalid")}</p>
            <p>{t("account.verify.invalidText")}</p>
          </div>
          {nextStep()}
        </Match>
        <Match when={state() === "link_expired"}>
          <div role="alert">
            <p class="problem-title">{t("account.verify.expired")}</p>
            <p>{t("account.verify.expiredText")}</p>
          </div>
          {nextStep()}
        </Match>
        <Match when={state() === "link_used"}>
          <div role="alert">
            <p class="problem-title">{t("account.verify.used")}</p>
            <p>{t("account.verify.usedText")}</p>
          </div>
          <p>
            <A href="/konto">{t("account.verify.toAccount")}</A>
          </p>
        </Match>
        <Match when={state() === "failed"}>
          <div role="alert">
            <p>{t(error())}</p>
          </div>
          <button type="button" class="button" onClick={() => void confirm()}>
            {t("common.retry")}
          </button>
        </Match>
      </Switch>
    </section>
  );
}
