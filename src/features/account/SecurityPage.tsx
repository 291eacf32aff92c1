// /konto/sicherheit: passkeys (add, remove) and signing out on every device.
import { A } from "@solidjs/router";
import { createSignal, For, onMount, Show } from "solid-js";
import { createWrite, failureItems } from "../../lib/write";
import type { Passkey } from "../../lib/contract/account";
import { formatDay } from "../../lib/date-format";
import { t } from "../../lib/i18n";
import { ConfirmAction } from "../../ui/ConfirmAction";
import { ErrorText } from "../../ui/ErrorText";
import { usePageTitle } from "../../ui/page-title";
import { errorKey } from "./errors";
import { ErrorSummary, type SummaryItem } from "../../ui/ErrorSummary";
import { TextInput } from "../../ui/Field";
import { addPasskey, listPasskeys, passkeyRefusalKey, removePasskey, supportsPasskeys } from "./passkeys";
import { SignedInOnly } from "./SignedInOnly";
import { SignOutButton } from "./SignOutButton";
import "./account.css";

const NAME_MAX = 60;

export default function SecurityPage() {
  usePageTitle(() => t("account.security.title"));
  return (
    <section class="account">
      <p class="breadcrumb">
        <A href="/konto">{t("account.common.backToAccount")}</A>
      </p>
      <h1>{t("account.security.title")}</h1>
      <SignedInOnly>
        {() => (
          <>
            <Passkeys />
            <h2>{t("account.security.passwordTitle")}</h2>
            <p>{t("account.security.passwordText")}</p>
            <p>
              <A href="/konto/passwort-vergessen">{t("account.security.passwordLink")}</A>
            </p>
            <h2>{t("account.security.everywhereTitle")}</h2>
            <p>{t("account.security.everywhereText")}</p>
            <SignOutButton everywhere class="button danger" />
          </>
        )}
      </SignedInOnly>
    </section>
  );
}

function Passkeys() {
  const [passkeys, setPasskeys] = createSignal<Passkey[] | null>(null);
  const [listError, setListError] = createSignal<string | null>(null);
  const [status, setStatus] = createSignal<string | null>(null);

  const load = async () => {
    try {
      setPasskeys(await listPasskeys());
      setListError(null);
    } catch (error) {
      const key = errorKey(error);
      setListError(key === "account.common.offline" ? "account.passkeys.listOffline" : key);
    }
  };
  onMount(() => void load());

  const removed = async (passkey: Passkey) => {
    setStatus(t("account.passkeys.removed", { name: passkey.name }));
    await load();
  };
  const added = async (passkey: Passkey) => {
    setStatus(t("account.passkeys.added", { name: passkey.name }));
    await load();
  };

  return (
    <>
      <h2>{t("account.passkeys.title")}</h2>
      <p>{t("account.passkeys.intro")}</p>
      <p role="status">{status()}</p>
      <Show when={listError()}>
        {(key) => (
          <p class="notice" role="alert">
            {t(key())}
          </p>
        )}
      </Show>
      <Show when={passkeys()}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p>{t("account.passkeys.none")}</p>}>
            <ul class="card-list">
              <For each={list()}>
                {(passkey) => (
                  <li>
                    <PasskeyItem passkey={passkey} onRemoved={() => void removed(passkey)} />
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
      <Show when={supportsPasskeys()} fallback={<p class="notice">{t("account.passkeys.unsupported")}</p>}>
        <AddPasskeyForm onAdded={(passkey) => void added(passkey)} />
      </Show>
    </>
  );
}

function PasskeyItem(props: { passkey: Passkey; onRemoved: () => void }) {
  const [confirming, setConfirming] = createSignal(false);
  const write = createWrite({ explain: errorKey });
  const remove = () => {
    const [passkey, onRemoved] = [props.passkey, props.onRemoved];
    return write.run(true, () => removePasskey(passkey.id), { done: onRemoved });
  };
  return (
    <div class="card">
      <p class="document-name">{props.passkey.name}</p>
      <p class="meta">
        {t("account.passkeys.createdAt", { date: formatDay(props.passkey.createdAt) })}
        {" · "}
        {props.passkey.lastUsedAt
          ? t("account.passkeys.lastUsedAt", { date: formatDay(props.passkey.lastUsedAt) })
          : t("account.passkeys.neverUsed")}
      </p>
      <Show
        when={confirming()}
        fallback={
          <button type="button" class="button secondary" onClick={() => setConfirming(true)}>
            {t("account.passkeys.removeButton")}
            <span class="visually-hidden"> {props.passkey.name}</span>
          </button>
        }
      >
        <ConfirmAction
          question={t("account.passkeys.confirmQuestion", { name: props.passkey.name })}
          text={t("account.passkeys.confirmText")}
          confirmLabel={t("account.passkeys.confirmYes")}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      </Show>
      <ErrorText messageKey={write.failure()} />
    </div>
  );
}

function AddPasskeyForm(props: { onAdded: (passkey: Passkey) => void }) {
  const [name, setName] = createSignal("");
  const [error, setError] = createSignal<string | undefined>();
  const [summary, setSummary] = createSignal<SummaryItem[]>([]);
  const write = createWrite({ explain: (failure) => passkeyRefusalKey(failure) ?? errorKey(failure) });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    write.clear();
    const value = name().trim();
    const found = !value ? "account.validation.passkeyNameMissing" : undefined;
    setError(found);
    setSummary(found ? [{ fieldId: "passkey-name", message: found }] : []);
    if (found) return;
    const onAdded = props.onAdded;
    await write.run(true, async () => {
      onAdded(await addPasskey(value));
      setName("");
    });
  };

  return (
    <>
      <h3>{t("account.passkeys.addTitle")}</h3>
      <ErrorSummary items={[...summary(), ...failureItems(write.failure())]} />
      <form class="account-form" noValidate onSubmit={(event) => void submit(event)}>
        <TextInput
          id="passkey-name"
          label={t("account.passkeys.nameLabel")}
          hint={t("account.passkeys.nameHint")}
          autocomplete="off"
          maxLength={NAME_MAX}
          value={name()}
          onInput={setName}
          error={error()}
        />
        <button type="submit" class="button" disabled={write.busy()}>
          {t("account.passkeys.addButton")}
        </button>
      </form>
    </>
  );
}
