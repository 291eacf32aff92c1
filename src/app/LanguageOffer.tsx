// The one-tap offer of the browser's language on the first visit, written in that language (the
// registry's texts). Rendered with the layout, so it does not push the page down later (see Layout).
import { createSignal, Show } from "solid-js";
import { LANGUAGE_TEXTS } from "../lib/contract/language-texts";
import { LANGUAGE_INFO, type UiLanguage } from "../lib/contract/languages";
import { changeLanguage, languageChosen } from "../lib/i18n";
import { rememberOfferAnswer } from "../lib/language-offer";

export default function LanguageOffer(props: { code: UiLanguage }) {
  const [answered, setAnswered] = createSignal(false);
  const answer = (accepted: boolean) => {
    rememberOfferAnswer(localStorage, accepted ? "accepted" : "declined");
    setAnswered(true);
  };
  const info = () => LANGUAGE_INFO[props.code];
  const offer = () => LANGUAGE_TEXTS[props.code].offer;

  return (
    <Show when={!answered() && !languageChosen()}>
      <section
        class="language-offer"
        lang={info().code}
        dir={info().dir}
        aria-labelledby="language-offer-text"
      >
        <p id="language-offer-text">{offer().question}</p>
        <div class="button-row">
          <button
            type="button"
            class="button"
            onClick={() => {
              answer(true);
              void changeLanguage(props.code);
            }}
          >
            {offer().accept}
          </button>
          <button type="button" class="button secondary" onClick={() => answer(false)}>
            {offer().decline}
          </button>
        </div>
      </section>
    </Show>
  );
}
