// The start page's video in German Sign Language (issue 20): admins set its https address, or
// remove it; the start page shows a link only while one is set.
import { createEffect, createSignal, Show } from "solid-js";
import { signLanguageVideoWriteSchema } from "../../../lib/contract/accessibility";
import { type FieldErrors, fieldErrors, hasErrors } from "../../../lib/field-errors";
import { t } from "../../../lib/i18n";
import { createRemote } from "../../../lib/remote";
import { failureItems, createWrite } from "../../../lib/write";
import { ErrorSummary, summaryOf } from "../../../ui/ErrorSummary";
import { TextInput } from "../../../ui/Field";
import { RemoteStatus } from "../../../ui/RemoteStatus";
import { fetchSignLanguageVideo, saveSignLanguageVideo } from "./api";

const MESSAGES = { url: "accessibility.console.video.errors.url" };

export function SignLanguageVideoForm() {
  const video = createRemote(() => true, fetchSignLanguageVideo);
  const [url, setUrl] = createSignal("");
  const [errors, setErrors] = createSignal<FieldErrors<"url">>({});
  const write = createWrite<"save" | "remove">();
  createEffect(() => setUrl(video.data()?.url ?? ""));

  const save = (event: SubmitEvent) => {
    event.preventDefault();
    if (write.busy()) return;
    write.clear();
    const value = url().trim();
    const found = fieldErrors(signLanguageVideoWriteSchema, { url: value }, MESSAGES);
    setErrors(found);
    if (hasErrors(found)) return;
    void write.run("save", async () => {
      await saveSignLanguageVideo(value);
      video.reload();
      return t("accessibility.console.video.saved");
    });
  };

  const remove = () => {
    if (write.busy()) return;
    setErrors({});
    void write.run("remove", async () => {
      await saveSignLanguageVideo(null);
      video.reload();
      return t("accessibility.console.video.removed");
    });
  };

  return (
    <section aria-labelledby="video-title">
      <h2 id="video-title">{t("accessibility.console.video.title")}</h2>
      <p>{t("accessibility.console.video.lead")}</p>
      <RemoteStatus remote={video} />
      <Show when={video.data()}>
        <form class="staff-form" onSubmit={save} novalidate>
          <ErrorSummary
            items={[...summaryOf(["url"], errors(), "video"), ...failureItems(write.failure())]}
          />
          <TextInput
            id="video-url"
            type="url"
            label={t("accessibility.console.video.url")}
            hint={t("accessibility.console.video.hint")}
            value={url()}
            onInput={(value) => {
              setUrl(value);
              write.clearSuccess();
            }}
            error={errors().url}
            maxLength={2000}
            code
            required
          />
          <p role="status">{write.success()}</p>
          <div class="button-row">
            <button type="submit" class="button" disabled={write.busy() !== undefined}>
              {t("accessibility.console.video.save")}
            </button>
            <Show when={video.data()?.url}>
              <button
                type="button"
                class="button secondary"
                disabled={write.busy() !== undefined}
                onClick={remove}
              >
                {t("accessibility.console.video.remove")}
              </button>
            </Show>
          </div>
        </form>
      </Show>
    </section>
  );
}
