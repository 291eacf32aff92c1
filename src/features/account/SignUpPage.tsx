// /konto/registrieren: a new account; signed in at once, the email address is confirmed by a link.
import { A, useNavigate } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { PASSWORD_MIN } from "../../lib/contract/account-constants";
import { createWrite, failureItems } from "../../lib/write";
import { contentLanguage, t } from "../../lib/i18n";
import { usePageTitle } from "../../ui/page-title";
import { signUp } from "./auth-api";
import { errorKey, isApiError } from "./errors";
import { ErrorSummary, type SummaryItem, summaryOf } from "../../ui/ErrorSummary";
import { DateInput, PasswordInput, TextInput } from "../../ui/Field";
import { setNotice } from "./Notice";
import { account } from "./session";
import { useSession } from "./SignedInOnly";
import { checkSignUp, type FieldErrors, hasErrors, type SignUpFields, todayInBerlin } from "./validation";
import "./account.css";

type Field = keyof SignUpFields;
const FIELDS: Field[] = [
  "givenName",
  "familyName",
  "birthDate",
  "street",
  "postalCode",
  "city",
  "email",
  "password",
];
const id = (field: Field) => `sign-up-${field}`;

export default function SignUpPage() {
  useSession();
  usePageTitle(() => t("account.signUp.title"));
  const navigate = useNavigate();
  const [fields, setFields] = createSignal<SignUpFields>({
    givenName: "",
    familyName: "",
    birthDate: "",
    street: "",
    postalCode: "",
    city: "Delmenhorst",
    email: "",
    password: "",
  });
  const [errors, setErrors] = createSignal<FieldErrors<Field>>({});
  const [summary, setSummary] = createSignal<SummaryItem[]>([]);
  const write = createWrite({
    explain: (error) => {
      if (!isApiError(error, "email_taken")) return errorKey(error);
      setErrors({ email: "errors.email_taken" });
      setSummary(summaryOf(FIELDS, { email: "errors.email_taken" }, "sign-up"));
      return undefined;
    },
  });
  // Set while this page signs the new account in, so "already signed in" does not flash up.
  const [created, setCreated] = createSignal(false);

  const set = (field: Field) => (value: string) => setFields((current) => ({ ...current, [field]: value }));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    write.clear();
    const found = checkSignUp(fields(), todayInBerlin());
    setErrors(found);
    setSummary(summaryOf(FIELDS, found, "sign-up"));
    if (hasErrors(found)) return;
    setCreated(true);
    const f = fields();
    const lang = contentLanguage();
    const done = await write.run(true, async () => {
      await signUp({
        email: f.email.trim(),
        password: f.password,
        givenName: f.givenName.trim(),
        familyName: f.familyName.trim(),
        birthDate: f.birthDate,
        street: f.street.trim(),
        postalCode: f.postalCode.trim(),
        city: f.city.trim(),
        language: lang,
      });
      setNotice("account.signUp.done");
      navigate("/konto");
    });
    if (!done) setCreated(false);
  };

  const field = (name: Field, label: string, extra: { autocomplete: string; hint?: string }) => (
    <TextInput
      id={id(name)}
      label={label}
      required
      value={fields()[name]}
      onInput={set(name)}
      error={errors()[name]}
      {...extra}
    />
  );

  return (
    <section class="account">
      <h1>{t("account.signUp.title")}</h1>
      <Show
        when={!account() || created()}
        fallback={
          <div class="notice">
            <p>{t("account.signUp.alreadySignedIn")}</p>
            <A href="/konto">{t("account.signUp.toAccount")}</A>
          </div>
        }
      >
        <p>{t("account.signUp.intro")}</p>
        <p class="hint">{t("common.form.requiredNote")}</p>
        <ErrorSummary items={[...summary(), ...failureItems(write.failure())]} />
        <form class="account-form" noValidate onSubmit={(event) => void submit(event)}>
          <fieldset>
            <legend>{t("account.signUp.personTitle")}</legend>
            {field("givenName", t("account.fields.givenName"), { autocomplete: "given-name" })}
            {field("familyName", t("account.fields.familyName"), { autocomplete: "family-name" })}
            <DateInput
              id={id("birthDate")}
              label={t("account.fields.birthDate")}
              autocomplete="bday"
              required
              hint={t("account.signUp.birthDateHint")}
              value={fields().birthDate}
              onInput={set("birthDate")}
              error={errors().birthDate}
            />
          </fieldset>
          <fieldset>
            <legend>{t("account.signUp.addressTitle")}</legend>
            {field("street", t("account.fields.street"), { autocomplete: "street-address" })}
            <TextInput
              id={id("postalCode")}
              label={t("account.fields.postalCode")}
              autocomplete="postal-code"
              inputMode="numeric"
              maxLength={5}
              required
              value={fields().postalCode}
              onInput={set("postalCode")}
              error={errors().postalCode}
            />
            {field("city", t("account.fields.city"), { autocomplete: "address-level2" })}
          </fieldset>
          <fieldset>
            <legend>{t("account.signUp.accessTitle")}</legend>
            <TextInput
              id={id("email")}
              label={t("account.fields.email")}
              type="email"
              autocomplete="email"
              inputMode="email"
              required
              hint={t("account.signUp.emailHint")}
              value={fields().email}
              onInput={set("email")}
              error={errors().email}
            />
            <PasswordInput
              id={id("password")}
              label={t("account.fields.password")}
              autocomplete="new-password"
              required
              hint={t("account.signUp.passwordHint", { min: PASSWORD_MIN })}
              value={fields().password}
              onInput={set("password")}
              error={errors().password}
            />
          </fieldset>

          <h2>{t("account.signUp.privacyTitle")}</h2>
          <p>{t("account.signUp.privacyStored")}</p>
          <p>{t("account.signUp.privacyWhy")}</p>
          <p>
            <A href="/konto/datenschutz">{t("account.signUp.privacyLink")}</A>
          </p>

          <button type="submit" class="button" disabled={write.busy()}>
            {t("account.signUp.submit")}
          </button>
        </form>
        <p>
          <A href="/konto">{t("account.signUp.haveAccount")}</A>
        </p>
      </Show>
    </section>
  );
}
