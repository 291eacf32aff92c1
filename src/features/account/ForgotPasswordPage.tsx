// /konto/passwort-vergessen: a link to set a new password comes by email.
import { A } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { createWrite, failureItems } from "../../lib/write";
import { t } from "../../lib/i18n";
import { usePageTitle } from "../../ui/page-title";
import { requestPasswordReset } from "./auth-api";
import { errorKey } from "./errors";
import { ErrorSummary, type SummaryItem } from "../../ui/ErrorSummary";
import { TextInput } from "../../ui/Field";
import { checkEmail } from "./validation";
import "./account.css";

export default function ForgotPasswordPage() {
  usePageTitle(() => t("account.forgot.title"));
  const [email, setEmail] = createSignal("");
  const [error, setError] = createSignal<string | undefined>();
  const [summary, setSummary] = createSignal<SummaryItem[]>([]);
  const write = createWrite({ explain: errorKey });
  const [sent, setSent] = createSignal(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    write.clear();
    const found = checkEmail(email());
    setError(found);
    setSummary(found ? [{ fieldId: "forgot-email", message: found }] : []);
    if (found) return;
    const address = email().trim();
    await write.run(true, () => requestPasswordReset(address), { done: () => setSent(true) });
  };

  return (
    <section class="account">
      <h1>{t("account.forgot.title")}</h1>
      <Show
        when={!sent()}
        fallback={
          <>
            <div class="success" role="status">
              <p class="success-title">{t("account.forgot.sent")}</p>
              <p>{t("account.forgot.sentText")}</p>
            </div>
            <p>
              <A href="/konto">{t("account.forgot.back")}</A>
            </p>
          </>
        }
      >
        <p>{t("account.forgot.intro")}</p>
        <ErrorSummary items={[...summary(), ...failureItems(write.failure())]} />
        <form class="account-form" noValidate onSubmit={(event) => void submit(event)}>
          <TextInput
            id="forgot-email"
            label={t("account.fields.email")}
            type="email"
            autocomplete="email"
            inputMode="email"
            value={email()}
            onInput={setEmail}
            error={error()}
          />
          <button type="submit" class="button" disabled={write.busy()}>
            {t("account.forgot.submit")}
          </button>
        </form>
        <p>
          <A href="/konto">{t("account.forgot.back")}</A>
        </p>
      </Show>
    </section>
  );
}
