// Signing in: with a passkey (no password to type) or with email and password.
import { A } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { createWrite, failureItems } from "../../lib/write";
import { t } from "../../lib/i18n";
import { signIn } from "./auth-api";
import { errorKey } from "./errors";
import { Checkbox } from "../../ui/Choices";
import { ErrorSummary, type SummaryItem, summaryOf } from "../../ui/ErrorSummary";
import { PasswordInput, TextInput } from "../../ui/Field";
import { PageNotice, setNotice } from "./Notice";
import { passkeyRefusalKey, signInWithPasskey, supportsPasskeys } from "./passkeys";
import { checkEmail, type FieldErrors, hasErrors } from "./validation";

type Field = "email" | "password";
const FIELDS: Field[] = ["email", "password"];

export function SignInView() {
  const [email, setEmail] = createSignal("");
  const [password, setPassword] = createSignal("");
  // Off by default: on a shared device or a public terminal the session must end with the browser.
  const [remember, setRemember] = createSignal(false);
  const [errors, setErrors] = createSignal<FieldErrors<Field>>({});
  const [summary, setSummary] = createSignal<SummaryItem[]>([]);
  const write = createWrite({ explain: errorKey });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    write.clear();
    const found: FieldErrors<Field> = {
      email: checkEmail(email()),
      password: password() ? undefined : "account.validation.passwordMissing",
    };
    setErrors(found);
    setSummary(summaryOf(FIELDS, found, "sign-in"));
    if (hasErrors(found)) return;
    const input = { email: email().trim(), password: password(), remember: remember() };
    await write.run(true, async () => {
      await signIn(input);
      setNotice(null);
    });
  };

  const withPasskey = async () => {
    setSummary([]);
    const remembered = remember();
    await write.run(
      true,
      async () => {
        await signInWithPasskey(remembered);
        setNotice(null);
      },
      { explain: (error) => passkeyRefusalKey(error) ?? errorKey(error) },
    );
  };

  return (
    <section class="account">
      <h1>{t("account.signIn.title")}</h1>
      <PageNotice />
      <p>{t("account.signIn.intro")}</p>
      <ErrorSummary items={[...summary(), ...failureItems(write.failure())]} />

      <Checkbox
        id="sign-in-remember"
        label={t("account.signIn.remember")}
        hint={t("account.signIn.rememberHint")}
        checked={remember()}
        onChange={setRemember}
      />

      <Show when={supportsPasskeys()}>
        <div class="passkey-sign-in">
          <button type="button" class="button" disabled={write.busy()} onClick={() => void withPasskey()}>
            {t("account.signIn.passkeyButton")}
          </button>
          <p class="hint">{t("account.signIn.passkeyHint")}</p>
        </div>
      </Show>

      <h2>{t("account.signIn.passwordTitle")}</h2>
      <form class="account-form" noValidate onSubmit={(event) => void submit(event)}>
        <TextInput
          id="sign-in-email"
          label={t("account.fields.email")}
          type="email"
          autocomplete="email"
          inputMode="email"
          value={email()}
          onInput={setEmail}
          error={errors().email}
        />
        <PasswordInput
          id="sign-in-password"
          label={t("account.fields.password")}
          autocomplete="current-password"
          value={password()}
          onInput={setPassword}
          error={errors().password}
        />
        <button type="submit" class="button" disabled={write.busy()}>
          {t("account.signIn.submit")}
        </button>
      </form>

      <ul class="link-list">
        <li>
          <A href="/konto/passwort-vergessen">{t("account.signIn.forgotLink")}</A>
        </li>
        <li>
          <A href="/konto/registrieren">{t("account.signIn.signUpLink")}</A>
        </li>
        <li>
          <A href="/konto/datenschutz">{t("account.signIn.privacyLink")}</A>
        </li>
      </ul>
    </section>
  );
}
