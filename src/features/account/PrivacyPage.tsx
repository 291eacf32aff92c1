// /konto/datenschutz: what the account stores and why, the export (Art. 15 and 20 GDPR), and
// deleting the account (Art. 17 GDPR) with what the city must keep. The information is public;
// export and deletion need a sign-in.
import { A, useNavigate } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { createWrite, failureItems } from "../../lib/write";
import { t } from "../../lib/i18n";
import { connection } from "../../lib/sync-status";
import { usePageTitle } from "../../ui/page-title";
import { deleteAccount } from "./auth-api";
import { errorKey, isApiError } from "./errors";
import { ErrorSummary, type SummaryItem } from "../../ui/ErrorSummary";
import { PasswordInput } from "../../ui/Field";
import { setNotice } from "./Notice";
import { account, sessionKnown, signOut } from "./session";
import { SignInPrompt, useSession } from "./SignedInOnly";
import "./account.css";

export default function PrivacyPage() {
  useSession();
  usePageTitle(() => t("account.privacy.title"));
  return (
    <section class="account">
      <p class="breadcrumb">
        <A href="/konto">{t("account.common.backToAccount")}</A>
      </p>
      <h1>{t("account.privacy.title")}</h1>

      <h2>{t("account.privacy.storedTitle")}</h2>
      <p>{t("account.privacy.storedIntro")}</p>
      <ul class="checklist">
        <li>{t("account.privacy.storedPerson")}</li>
        <li>{t("account.privacy.storedContact")}</li>
        <li>{t("account.privacy.storedDocuments")}</li>
        <li>{t("account.privacy.storedPostbox")}</li>
        <li>{t("account.privacy.storedPasskeys")}</li>
        <li>{t("account.privacy.storedAudit")}</li>
      </ul>
      <p>{t("account.privacy.why")}</p>

      <h2>{t("account.privacy.deviceTitle")}</h2>
      <p>{t("account.privacy.deviceText")}</p>

      <Show when={sessionKnown()} fallback={<p class="loading">{t("common.loading")}</p>}>
        <Show
          when={account()}
          fallback={
            <>
              <h2>{t("account.privacy.exportTitle")}</h2>
              <SignInPrompt />
            </>
          }
        >
          <h2>{t("account.privacy.exportTitle")}</h2>
          <p>{t("account.privacy.exportText")}</p>
          <Show when={connection() === "offline"}>
            <p class="notice">{t("account.privacy.needsConnection")}</p>
          </Show>
          <p>
            <a class="button secondary" href="/api/account/export" download="" rel="external">
              {t("account.privacy.exportButton")}
            </a>
          </p>
          <DeleteAccount />
        </Show>
      </Show>
    </section>
  );
}

function DeleteAccount() {
  const navigate = useNavigate();
  const [password, setPassword] = createSignal("");
  const [error, setError] = createSignal<string | undefined>();
  const [summary, setSummary] = createSignal<SummaryItem[]>([]);
  const write = createWrite({
    explain: (failure) => {
      if (isApiError(failure, "invalid_credentials")) {
        setError("account.delete.wrongPassword");
        return void setSummary([{ fieldId: "delete-password", message: "account.delete.wrongPassword" }]);
      }
      const key = errorKey(failure);
      return key === "account.common.offline" ? "account.privacy.needsConnection" : key;
    },
  });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    write.clear();
    const found = password() ? undefined : "account.validation.passwordMissing";
    setError(found);
    setSummary(found ? [{ fieldId: "delete-password", message: found }] : []);
    if (found) return;
    const entered = password();
    await write.run(true, async () => {
      await deleteAccount(entered);
      // The server ended the session with the account; this wipes the device (and tolerates that).
      await signOut().catch((failure: unknown) =>
        console.error("wiping the device after deletion failed", failure),
      );
      setNotice("account.delete.done");
      navigate("/konto");
    });
  };

  return (
    <>
      <h2>{t("account.delete.title")}</h2>
      <p>{t("account.delete.deleted")}</p>
      <p>{t("account.delete.kept")}</p>
      <p>{t("account.delete.audit")}</p>
      <p>{t("account.delete.exportFirst")}</p>
      <ErrorSummary items={[...summary(), ...failureItems(write.failure())]} />
      <form class="account-form" noValidate onSubmit={(event) => void submit(event)}>
        <PasswordInput
          id="delete-password"
          label={t("account.delete.passwordLabel")}
          hint={t("account.delete.passwordHint")}
          autocomplete="current-password"
          value={password()}
          onInput={setPassword}
          error={error()}
        />
        <button type="submit" class="button danger" disabled={write.busy()}>
          {t("account.delete.submit")}
        </button>
      </form>
    </>
  );
}
