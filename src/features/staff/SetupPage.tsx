// Creates the first admin with the one-time link the server prints at its first start
// (server/features/auth/first-admin.ts). Works signed out; signs the new admin in.
import { A, useNavigate, useSearchParams } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { adminSetupSchema, PASSWORD_MIN } from "../../lib/contract/account";
import { t } from "../../lib/i18n";
import { usePageTitle } from "../../ui/page-title";
import { postForSession } from "../account/session";
import { errorKey } from "../../lib/console-error-key";
import { FormAlert, TextField } from "./Field";
import { type FieldErrors, fieldErrors } from "../../lib/field-errors";
import "./staff.css";

type FieldName = "token" | "email" | "givenName" | "familyName" | "password";

const MESSAGES: Record<FieldName, string> = {
  token: "staff.setup.errors.token",
  email: "staff.setup.errors.email",
  givenName: "staff.setup.errors.givenName",
  familyName: "staff.setup.errors.familyName",
  password: "staff.setup.errors.password",
};

export default function SetupPage() {
  usePageTitle(() => t("staff.setup.title"));
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const token = () => {
    const value = searchParams.token;
    return (Array.isArray(value) ? value[0] : value) ?? "";
  };
  const [email, setEmail] = createSignal("");
  const [givenName, setGivenName] = createSignal("");
  const [familyName, setFamilyName] = createSignal("");
  const [password, setPassword] = createSignal("");
  const [errors, setErrors] = createSignal<FieldErrors<FieldName>>({});
  const [failure, setFailure] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    const input = {
      token: token(),
      email: email().trim(),
      givenName: givenName(),
      familyName: familyName(),
      password: password(),
    };
    const found = fieldErrors(adminSetupSchema, input, MESSAGES);
    setErrors(found);
    setFailure(undefined);
    const parsed = adminSetupSchema.safeParse(input);
    if (!parsed.success) return;
    setBusy(true);
    try {
      // Parses the SessionInfo answer and applies it (sign-in on this device).
      await postForSession("/api/auth/admin-setup", parsed.data);
      navigate("/verwaltung", { replace: true });
    } catch (error) {
      setFailure(
        errorKey(error, {
          link_invalid: "staff.setup.errors.linkInvalid",
          link_expired: "staff.setup.errors.linkExpired",
          link_used: "staff.setup.errors.linkUsed",
          conflict: "staff.setup.errors.conflict",
          email_taken: "staff.setup.errors.emailTaken",
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  const alerts = () =>
    [...Object.values(errors()), failure()].filter((key) => key !== undefined).map((key) => t(key));
  const linkProblem = () =>
    failure() === "staff.setup.errors.conflict" || failure()?.startsWith("staff.setup.errors.link");

  return (
    <section class="staff">
      <h1>{t("staff.setup.title")}</h1>
      <p class="lead">{t("staff.setup.lead")}</p>
      <Show
        when={token()}
        fallback={
          <p class="notice" role="alert">
            {t("staff.setup.errors.token")}
          </p>
        }
      >
        <form class="staff-form" onSubmit={(event) => void submit(event)} novalidate>
          <FormAlert messages={alerts()} />
          <TextField
            id="setup-email"
            type="email"
            label={t("staff.setup.email")}
            autocomplete="username"
            value={email()}
            onInput={setEmail}
            error={errors().email}
            required
          />
          <TextField
            id="setup-givenName"
            label={t("staff.setup.givenName")}
            autocomplete="given-name"
            value={givenName()}
            onInput={setGivenName}
            error={errors().givenName}
            required
          />
          <TextField
            id="setup-familyName"
            label={t("staff.setup.familyName")}
            autocomplete="family-name"
            value={familyName()}
            onInput={setFamilyName}
            error={errors().familyName}
            required
          />
          <TextField
            id="setup-password"
            type="password"
            label={t("staff.setup.password")}
            hint={t("staff.setup.passwordHint", { min: PASSWORD_MIN })}
            autocomplete="new-password"
            value={password()}
            onInput={setPassword}
            error={errors().password}
            required
          />
          <button type="submit" class="button">
            {busy() ? t("staff.common.saving") : t("staff.setup.submit")}
          </button>
        </form>
        <Show when={linkProblem()}>
          <p>
            <A href="/konto">{t("staff.setup.toSignIn")}</A>
          </p>
        </Show>
      </Show>
    </section>
  );
}
