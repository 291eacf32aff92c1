// Creates the first admin with the one-time link the server prints at its first start
// (server/features/auth/first-admin.ts). Works signed out; signs the new admin in.
import { A, useNavigate, useSearchParams } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { adminSetupSchema, PASSWORD_MIN } from "../../lib/contract/account";
import { consoleLanguage, t } from "../../lib/i18n";
import { usePageTitle } from "../../ui/page-title";
import { ErrorSummary, type SummaryItem, summaryOf } from "../../ui/ErrorSummary";
import { PasswordInput, TextInput } from "../../ui/Field";
import { createWrite } from "../../lib/write";
import { type FieldErrors, fieldErrors } from "../../lib/field-errors";
import { postForSession } from "../account/session";
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
  const write = createWrite<true>();

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (write.busy()) return;
    const input = {
      token: token(),
      email: email().trim(),
      givenName: givenName(),
      familyName: familyName(),
      password: password(),
    };
    const found = fieldErrors(adminSetupSchema, input, MESSAGES);
    setErrors(found);
    write.clear();
    const parsed = adminSetupSchema.safeParse(input);
    if (!parsed.success) return;
    await write.run(
      true,
      async () => {
        // Parses the SessionInfo answer and applies it (sign-in on this device).
        await postForSession("/api/auth/admin-setup", parsed.data);
        return undefined;
      },
      {
        overrides: {
          link_invalid: "staff.setup.errors.linkInvalid",
          link_expired: "staff.setup.errors.linkExpired",
          link_used: "staff.setup.errors.linkUsed",
          conflict: "staff.setup.errors.conflict",
          email_taken: "staff.setup.errors.emailTaken",
        },
        done: () => navigate("/verwaltung", { replace: true }),
      },
    );
  };

  // The token comes with the link, not from a field: its error is said without a link.
  const summary = (): SummaryItem[] => {
    const failure = write.failure();
    return [
      ...(errors().token ? [{ message: MESSAGES.token }] : []),
      ...summaryOf(["email", "givenName", "familyName", "password"], errors(), "setup"),
      ...(failure ? [{ message: failure }] : []),
    ];
  };
  const linkProblem = () =>
    write.failure() === "staff.setup.errors.conflict" ||
    write.failure()?.startsWith("staff.setup.errors.link");

  return (
    <section class="staff" lang={consoleLanguage()} dir="ltr">
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
          <ErrorSummary items={summary()} />
          <TextInput
            id="setup-email"
            type="email"
            label={t("staff.setup.email")}
            autocomplete="username"
            value={email()}
            onInput={setEmail}
            error={errors().email}
            required
          />
          <TextInput
            id="setup-givenName"
            label={t("staff.setup.givenName")}
            autocomplete="given-name"
            value={givenName()}
            onInput={setGivenName}
            error={errors().givenName}
            required
          />
          <TextInput
            id="setup-familyName"
            label={t("staff.setup.familyName")}
            autocomplete="family-name"
            value={familyName()}
            onInput={setFamilyName}
            error={errors().familyName}
            required
          />
          <PasswordInput
            id="setup-password"
            label={t("staff.setup.password")}
            hint={t("staff.setup.passwordHint", { min: PASSWORD_MIN })}
            autocomplete="new-password"
            value={password()}
            onInput={setPassword}
            error={errors().password}
            required
          />
          <button type="submit" class="button">
            {write.busy() ? t("staff.common.saving") : t("staff.setup.submit")}
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
