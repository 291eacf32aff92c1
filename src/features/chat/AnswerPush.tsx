// "Benachrichtigen, wenn geantwortet wird": links this device's Web Push subscription to the
// conversation, so an answer that comes while the chat is not open (the page hidden or closed)
// shows as a notice. Without a subscription on this device, the tap subscribes it for this only
// (warnings and the other topics stay off; the push settings page manages it). The notice names
// nothing of the answer unless the resident also ticks the preview: a lock screen is public.
import { A } from "@solidjs/router";
import { createEffect, createSignal, on, Show } from "solid-js";
import type { ChatPushLink } from "../../lib/contract/chat";
import type { UiLanguage } from "../../lib/contract/languages";
import type { PushPreferences } from "../../lib/contract/warnings";
import type { StoredPushRegistration } from "../../lib/db";
import { ApiError, NetworkError } from "../../lib/http";
import { contentLanguage, t } from "../../lib/i18n";
import { Checkbox } from "../../ui/Choices";
import { forgetPushRegistration, storedPushRegistration } from "../warnings/data";
import {
  defaultPreferences,
  PermissionDeniedError,
  pushSupport,
  PushTimeoutError,
  subscribe,
} from "../warnings/push-subscription";
import { fetchPushLink, linkPush, unlinkPush } from "./api";

/** A device subscribed from the chat hears only of its chats: every topic off. */
const chatOnly = (lang: UiLanguage): PushPreferences => ({
  ...defaultPreferences(lang),
  topics: { warnings: false, postbox: false, appointments: false, applications: false },
});

function failureKey(error: unknown): string {
  if (error instanceof PermissionDeniedError) return "chat.push.denied";
  if (error instanceof PushTimeoutError) return "chat.push.timeout";
  if (error instanceof NetworkError) return "chat.push.offline";
  if (error instanceof ApiError) return `errors.${error.code}`;
  console.error("chat push", error);
  return "chat.push.failed";
}

/** This device's registration, subscribing it first when it has none (asks for permission). */
async function deviceRegistration(): Promise<StoredPushRegistration> {
  const stored = await storedPushRegistration();
  if (stored) return stored;
  await subscribe(chatOnly(contentLanguage()));
  const made = await storedPushRegistration();
  if (!made) throw new Error("push subscription not stored");
  return made;
}

export function AnswerPush(props: { conversationId: string }) {
  const [link, setLink] = createSignal<ChatPushLink>({ linked: false, preview: false });
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<string>();
  const [done, setDone] = createSignal<string>();

  // What the server knows of this device and conversation (a device without a subscription: off).
  createEffect(
    on(
      () => props.conversationId,
      (id) => {
        void (async () => {
          const stored = await storedPushRegistration();
          if (!stored) return;
          setLink(await fetchPushLink(id, stored.id, stored.manageToken));
        })().catch((error: unknown) => console.warn("chat push link not read", error));
      },
    ),
  );

  const change = async (wanted: ChatPushLink) => {
    if (busy()) return;
    setBusy(true);
    setFailure(undefined);
    setDone(undefined);
    try {
      let registration = await deviceRegistration();
      const write = () =>
        wanted.linked
          ? linkPush(props.conversationId, registration.id, registration.manageToken, wanted.preview)
          : unlinkPush(props.conversationId, registration.id, registration.manageToken).then(() => wanted);
      try {
        setLink(await write());
      } catch (error) {
        // The subscription is gone on the server (expired, removed): make a new one once.
        if (!(error instanceof ApiError && error.code === "not_found") || !wanted.linked) throw error;
        await forgetPushRegistration();
        registration = await deviceRegistration();
        setLink(await write());
      }
      setDone(wanted.linked ? "chat.push.on" : "chat.push.off");
    } catch (error) {
      setFailure(failureKey(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Show when={pushSupport() === "supported"}>
      <div class="chat-push">
        <Checkbox
          id="chat-push"
          label={t("chat.push.label")}
          hint={t("chat.push.hint")}
          checked={link().linked}
          onChange={(checked) => void change({ linked: checked, preview: false })}
        />
        <Show when={link().linked}>
          <Checkbox
            id="chat-push-preview"
            label={t("chat.push.preview")}
            hint={t("chat.push.previewHint")}
            checked={link().preview}
            onChange={(checked) => void change({ linked: true, preview: checked })}
          />
        </Show>
        <p role="status" class="hint">
          <Show when={busy()} fallback={<Show when={done()}>{(key) => t(key())}</Show>}>
            {t("chat.push.busy")}
          </Show>
        </p>
        <div role="alert">
          <Show when={failure()}>{(key) => <p class="field-error">{t(key())}</p>}</Show>
        </div>
        <p>
          <A href="/warnungen/benachrichtigungen">{t("chat.push.settings")}</A>
        </p>
      </div>
    </Show>
  );
}
