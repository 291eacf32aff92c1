// "Send the confirmation email again": for a lost mail or an expired link.
import { createSignal, Show } from "solid-js";
import { t } from "../../lib/i18n";
import { ErrorText } from "../../ui/ErrorText";
import { resendVerification } from "./auth-api";
import { errorKey, isApiError } from "./errors";

export function ResendVerification() {
  const [state, setState] = createSignal<"idle" | "busy" | "sent">("idle");
  const [error, setError] = createSignal<string | null>(null);

  const resend = async () => {
    setState("busy");
    setError(null);
    try {
      await resendVerification();
      setState("sent");
    } catch (failure) {
      setState("idle");
      // 409: confirmed in the meantime (in another tab or on another device).
      setError(isApiError(failure, "conflict") ? "account.verify.alreadyConfirmed" : errorKey(failure));
    }
  };

  return (
    <div class="resend">
      <button
        type="button"
        class="button secondary"
        disabled={state() === "busy"}
        onClick={() => void resend()}
      >
        {t("account.verify.resendButton")}
      </button>
      <p role="status">
        <Show when={state() === "sent"}>{t("account.verify.resent")}</Show>
      </p>
      <ErrorText messageKey={error()} />
    </div>
  );
}
