// /konto/daten: the master data as the city has it (read-only), the phone number and the language of
// the city's messages (editable, also offline through the outbox). Readable offline from the device's
// copy.
import { A } from "@solidjs/router";
import { createEffect, createSignal, on, Show, untrack } from "solid-js";
import type { AccountSummary, Profile } from "../../lib/contract/account";
import { createWrite, failureItems } from "../../lib/write";
import { formatDay } from "../../lib/date-format";
import { language as appLanguage, t } from "../../lib/i18n";
import { isUiLanguage, LANGUAGE_INFO, UI_LANGUAGES, type UiLanguage } from "../../lib/contract/languages";
import { createLiveQuery } from "../../lib/live-query";
import { connection } from "../../lib/sync-status";
import { usePageTitle } from "../../ui/page-title";
import { ErrorSummary, type SummaryItem } from "../../ui/ErrorSummary";
import { SelectInput, TextInput } from "../../ui/Field";
import { errorKey } from "./errors";
import { OutboxNotice } from "./OutboxNotice";
import { profileOf, saveLanguage, savePhone } from "./profile-data";
import { SignedInOnly } from "./SignedInOnly";
import { checkPhone } from "./validation";
import "./account.css";

export default function ProfilePage() {
  usePageTitle(() => t("account.profile.title"));
  return (
    <section class="account">
      <p class="breadcrumb">
        <A href="/konto">{t("account.common.backToAccount")}</A>
      </p>
      <h1>{t("account.profile.title")}</h1>
      <SignedInOnly>{(current) => <ProfileDetails account={current()} />}</SignedInOnly>
    </section>
  );
}

function ProfileDetails(props: { account: AccountSummary }) {
  const profile = createLiveQuery(() => {
    const id = props.account.id;
    return () => profileOf(id);
  });
  return (
    <Show when={profile.ready()} fallback={<p class="loading">{t("common.loading")}</p>}>
      <Show
        when={profile.data()}
        fallback={
          <p class="notice">
            {connection() === "offline" ? t("account.profile.notOnDevice") : t("account.profile.loading")}
          </p>
        }
      >
        {(p) => (
          <>
            <h2>{t("account.profile.masterTitle")}</h2>
            <dl class="facts">
              <dt>{t("account.profile.name")}</dt>
              <dd>
                {t("account.profile.fullName", { givenName: p().givenName, familyName: p().familyName })}
              </dd>
              <dt>{t("account.fields.birthDate")}</dt>
              <dd>{p().birthDate ? formatDay(p().birthDate ?? "") : t("account.profile.unknown")}</dd>
              <dt>{t("account.profile.address")}</dt>
              <dd>
                <Show when={p().street} fallback={t("account.profile.unknown")}>
                  {p().street}
                  <br />
                  {p().postalCode} {p().city}
                </Show>
              </dd>
              <dt>{t("account.fields.email")}</dt>
              <dd>{p().email}</dd>
            </dl>
            <p class="notice">{t("account.profile.changeNote")}</p>
            <PhoneForm profile={p()} />
            <LanguageForm profile={p()} />
          </>
        )}
      </Show>
    </Show>
  );
}

/**
 * A field's value that starts as the stored one: a sync may bring a newer stored value, which replaces
 * the field unless the user changed it since the last save.
 */
function createEditedCopy<T>(stored: () => T) {
  const [value, setValue] = createSignal<T>(untrack(stored));
  const [edited, setEdited] = createSignal(false);
  createEffect(
    on(
      stored,
      (next) => {
        if (!edited()) setValue(() => next);
      },
      { defer: true },
    ),
  );
  return {
    value,
    edit: (next: T) => {
      setValue(() => next);
      setEdited(true);
    },
    saved: () => setEdited(false),
  };
}

function PhoneForm(props: { profile: Profile }) {
  const phone = createEditedCopy(() => props.profile.phone ?? "");
  const [error, setError] = createSignal<string | undefined>();
  const [summary, setSummary] = createSignal<SummaryItem[]>([]);
  const write = createWrite({ explain: errorKey });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    write.clear();
    const found = checkPhone(phone.value());
    setError(found);
    setSummary(found ? [{ fieldId: "profile-phone", message: found }] : []);
    if (found) return;
    const [id, value] = [props.profile.id, phone.value().trim() || null];
    // Into the outbox on this device: "saved" here, the notice below follows the sending.
    await write.run(true, async () => {
      await savePhone(id, value);
      phone.saved();
      return "account.profile.phoneSaved";
    });
  };

  return (
    <>
      <h2>{t("account.profile.phoneTitle")}</h2>
      <p>{t("account.profile.phoneText")}</p>
      <ErrorSummary items={[...summary(), ...failureItems(write.failure())]} />
      <form class="account-form" noValidate onSubmit={(event) => void submit(event)}>
        <TextInput
          id="profile-phone"
          label={t("account.fields.phone")}
          type="tel"
          autocomplete="tel"
          inputMode="tel"
          maxLength={30}
          hint={t("account.profile.phoneHint")}
          value={phone.value()}
          onInput={(value) => {
            phone.edit(value);
            write.clearSuccess();
          }}
          error={error()}
        />
        <button type="submit" class="button">
          {t("account.profile.phoneSave")}
        </button>
      </form>
      <p role="status">
        <Show when={write.success()}>{(key) => t(key())}</Show>
      </p>
      <OutboxNotice
        kind="account-contact"
        pendingText="account.profile.phoneSending"
        failedText="account.profile.phoneFailed"
      />
    </>
  );
}

/** Each language by its own name, in its own language. */
const LANGUAGE_OPTIONS = UI_LANGUAGES.map((code) => ({
  value: code,
  label: LANGUAGE_INFO[code].name,
  lang: code,
}));

function LanguageForm(props: { profile: Profile }) {
  // A record synced before the profile carried its language shows the app's language.
  const chosen = createEditedCopy<UiLanguage>(() => props.profile.language ?? appLanguage());
  const write = createWrite({ explain: errorKey });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    write.clear();
    const [id, value] = [props.profile.id, chosen.value()];
    await write.run(true, async () => {
      await saveLanguage(id, value);
      chosen.saved();
      return "account.profile.languageSaved";
    });
  };

  return (
    <>
      <h2>{t("account.profile.languageTitle")}</h2>
      <p>{t("account.profile.languageText")}</p>
      <ErrorSummary items={failureItems(write.failure())} />
      <form class="account-form" noValidate onSubmit={(event) => void submit(event)}>
        <SelectInput
          id="profile-language"
          label={t("account.profile.languageLabel")}
          options={LANGUAGE_OPTIONS}
          value={chosen.value()}
          onChange={(value) => {
            if (!isUiLanguage(value)) return;
            chosen.edit(value);
            write.clearSuccess();
          }}
        />
        <button type="submit" class="button">
          {t("account.profile.languageSave")}
        </button>
      </form>
      <p role="status">
        <Show when={write.success()}>{(key) => t(key())}</Show>
      </p>
      <OutboxNotice
        kind="account-language"
        pendingText="account.profile.languageSending"
        failedText="account.profile.languageFailed"
      />
    </>
  );
}
