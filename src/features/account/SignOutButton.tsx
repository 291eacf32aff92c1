// Signing out wipes every piece of personal data from the device (session.ts), then says so.
import { useNavigate } from "@solidjs/router";
import { Show } from "solid-js";
import { createWrite } from "../../lib/write";
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
  const write = createWrite({ explain: errorKey });
  const unsent = createLiveQuery(() => () => pendingPersonalWrites(appDb()));

  const run = () => {
    const everywhere = props.everywhere;
    return write.run(true, async () => {
      await signOut({ everywhere });
      setNotice(everywhere ? "account.signOut.doneEverywhere" : "account.signOut.done");
      navigate("/konto");
    });
  };

  return (
    <div class="sign-out">
      <Show when={(unsent.data() ?? 0) > 0}>
        <p class="warning-text">{t("account.signOut.unsentWarning")}</p>
      </Show>
      <button
        type="button"
        class={props.class ?? "button secondary"}
        disabled={write.busy()}
        onClick={() => void run()}
      >
        {props.everywhere ? t("account.signOut.everywhereButton") : t("account.signOut.button")}
      </button>
      <ErrorText messageKey={write.failure()} />
    </div>
  );
}
