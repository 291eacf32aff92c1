// "Send the confirmation email again": for a lost mail or an expired link.
import { Show } from "solid-js";
import { createWrite } from "../../lib/write";
import { t } from "../../lib/i18n";
import { ErrorText } from "../../ui/ErrorText";
import { resendVerification } from "./auth-api";
import { errorKey, isApiError } from "./errors";

export function ResendVerification() {
  const write = createWrite({
    // 409: confirmed in the meantime (in another tab or on another device).
    explain: (failure) =>
      isApiError(failure, "conflict") ? "account.verify.alreadyConfirmed" : errorKey(failure),
  });
  const resend = () =>
    write.run(true, async () => {
      await resendVerification();
      return "account.verify.resent";
    });

  return (
    <div class="resend">
      <button type="button" class="button secondary" disabled={write.busy()} onClick={() => void resend()}>
        {t("account.verify.resendButton")}
      </button>
      <p role="status">
        <Show when={write.success()}>{(key) => t(key())}</Show>
      </p>
      <ErrorText messageKey={write.failure()} />
    </div>
  );
}
