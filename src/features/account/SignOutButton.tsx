// Signing out wipes every piece of personal data from the device (session.ts), then says so.
import { useNavigate } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { appDb } from "../../lib/db";
import { t } from "../../lib/i18n";
import { ErrorText } from "../../ui/ErrorText";
import { createLiveQuery } from "../../lib/live-query";
import { pendingPersonalWrites } from "../../lib/personal-data";
import { errorKey } from "./errors";
import { setNotice } from "./Notice";
import { signOut } from "./session";

export function SignOutButton(props: { everywhere?: boolean; class?: string }) {
  const navigate = useNavigate();
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const unsent = createLiveQuery(() => () => pendingPersonalWrites(appDb()));

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await signOut({ everywhere: props.everywhere });
      setNotice(props.everywhere ? "account.signOut.doneEverywhere" : "account.signOut.done");
      navigate("/konto");
    } catch (failure) {
      setError(errorKey(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="sign-out">
      <Show when={(unsent.data() ?? 0) > 0}>
        <p class="warning-text">{t("account.signOut.unsentWarning")}</p>
      </Show>
      <button
        type="button"
        class={props.class ?? "button secondary"}
        disabled={busy()}
        onClick={() => void run()}
      >
        {props.everywhere ? t("account.signOut.everywhereButton") : t("account.signOut.button")}
      </button>
      <ErrorText messageKey={error()} />
    </div>
  );
}
