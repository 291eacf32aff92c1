// /konto/passwort-neu?token=…: the link from "forgot password" and from a staff invitation.
import { A, useSearchParams } from "@solidjs/router";
import { createSignal, Match, Switch } from "solid-js";
import { PASSWORD_MIN } from "../../lib/contract/account-constants";
import { createWrite, failureItems } from "../../lib/write";
import { t } from "../../lib/i18n";
import { usePageTitle } from "../../ui/page-title";
import { setNewPassword } from "./auth-api";
import { errorKey, isApiError } from "./errors";
import { ErrorSummary, type SummaryItem } from "../../ui/ErrorSummary";
import { PasswordInput } from "../../ui/Field";
import { loadSession } from "./session";
import { checkNewPassword } from "./validation";
import "./account.css";

const LINK_REFUSALS = ["link_invalid", "link_expired", "link_used"] as const;
type State = "form" | "done" | (typeof LINK_REFUSALS)[number];

export default function NewPasswordPage() {
  usePageTitle(() => t("account.newPassword.title"));
  const [params] = useSearchParams<{ token?: string }>();
  const [state, setState] = createSignal<State>(params.token ? "form" : "link_invalid");
  const [password, setPassword] = createSignal("");
  const [error, setError] = createSignal<string | undefined>();
  const [summary, setSummary] = createSignal<SummaryItem[]>([]);
  /** A refused link is the page's own state; anything else is the summary's entry. */
  const write = createWrite({
    explain: (failure) => {
      const refused = LINK_REFUSALS.find((code) => isApiError(failure, code));
      if (refused) return void setState(refused);
      // The token is checked together with the password; a cut-off token fails its format.
      if (isApiError(failure, "validation_failed") && !checkNewPassword(password()))
        return void setState("link_invalid");
      return errorKey(failure);
    },
  });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    write.clear();
    const found = checkNewPassword(password());
    setError(found);
    setSummary(found ? [{ fieldId: "new-password", message: found }] : []);
    if (found) return;
    const [token, chosen] = [params.token ?? "", password()];
    await write.run(true, async () => {
      await setNewPassword(token, chosen);
      setState("done");
      // The server ended every session of the account: a session on this device is gone too.
      await loadSession().catch((failure: unknown) => console.error("session check failed", failure));
    });
  };

  const newLink = () => (
    <p>
      <A href="/konto/passwort-vergessen">{t("account.newPassword.requestNewLink")}</A>
    </p>
  );

  return (
    <section class="account">
      <h1>{t("account.newPassword.title")}</h1>
      <Switch>
        <Match when={state() === "form"}>
          <p>{t("account.newPassword.intro")}</p>
          <ErrorSummary items={[...summary(), ...failureItems(write.failure())]} />
          <form class="account-form" noValidate onSubmit={(event) => void submit(event)}>
            <PasswordInput
              id="new-password"
              label={t("account.fields.newPassword")}
              autocomplete="new-password"
              hint={t("account.signUp.passwordHint", { min: PASSWORD_MIN })}
              value={password()}
              onInput={setPassword}
              error={error()}
            />
            <button type="submit" class="button" disabled={write.busy()}>
              {t("account.newPassword.submit")}
            </button>
          </form>
        </Match>
        <Match when={state() === "done"}>
          <div class="success" role="status">
            <p class="success-title">{t("account.newPassword.done")}</p>
            <p>{t("account.newPassword.doneText")}</p>
          </div>
          <p>
            <A href="/konto">{t("account.newPassword.toSignIn")}</A>
          </p>
        </Match>
        <Match when={state() === "link_invalid"}>
          <div role="alert">
            <p class="problem-title">{t("account.verify.invalid")}</p>
            <p>{t("account.newPassword.invalidText")}</p>
          </div>
          {newLink()}
        </Match>
        <Match when={state() === "link_expired"}>
          <div role="alert">
            <p class="problem-title">{t("account.verify.expired")}</p>
            <p>{t("account.newPassword.expiredText")}</p>
          </div>
          {newLink()}
        </Match>
        <Match when={state() === "link_used"}>
          <div role="alert">
            <p class="problem-title">{t("account.verify.used")}</p>
            <p>{t("account.newPassword.usedText")}</p>
          </div>
          {newLink()}
        </Match>
      </Switch>
    </section>
  );
}
