// The guide editor's three parts as links (each an address of its own): services, offices, life
// situations. The router's <A> would mark /verwaltung/inhalte current on every part, so these set
// aria-current themselves.
import { For } from "solid-js";
import { t } from "../../../lib/i18n";

export const GUIDE_SECTIONS = [
  { key: "services", href: "/verwaltung/inhalte" },
  { key: "offices", href: "/verwaltung/inhalte/aemter" },
  { key: "lifeSituations", href: "/verwaltung/inhalte/lebenslagen" },
] as const;
export type GuideSection = (typeof GUIDE_SECTIONS)[number]["key"];

export function GuideSections(props: { current: GuideSection }) {
  return (
    <nav class="staff-views" aria-label={t("staff.guide.sections.label")}>
      <ul>
        <For each={GUIDE_SECTIONS}>
          {(section) => (
            <li>
              <a
                href={section.href}
                classList={{ active: props.current === section.key }}
                aria-current={props.current === section.key ? "page" : undefined}
              >
                {t(`staff.guide.sections.${section.key}`)}
              </a>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
