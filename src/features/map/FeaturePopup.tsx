// The popup of a feature on the map: its name, the main facts and the way to its page. Rendered in
// its own root inside MapLibre's popup, so links are plain anchors (the router still handles them).
import { For, Show } from "solid-js";
import type { MapFeature } from "../../lib/contract/map";
import { formatDate, language, localized, t } from "../../lib/i18n";
import { OpeningStatus } from "../offices/OpeningStatus";
import { textsIn } from "../warnings/model";
import type { OverlayItem } from "./overlay-data";

type Fact = { label: string; value: string };
type Summary = { title: string; facts: Fact[]; href: string; linkText: string; sample: boolean };

const number = (value: number) => new Intl.NumberFormat(language()).format(value);
const address = (a: { street: string; postalCode: string }) => `${a.street}, ${a.postalCode} Delmenhorst`;
const fact = (labelKey: string, value: string): Fact => ({ label: t(`map.view.popup.${labelKey}`), value });

function featureSummary(feature: MapFeature): Omit<Summary, "href" | "linkText"> {
  switch (feature.layer) {
    case "vacant-lots": {
      const p = feature.properties;
      return {
        title: t("map.view.popup.vacantLotTitle", { street: p.street }),
        facts: [
          fact("area", t("map.view.popup.squareMetres", { area: number(p.areaSqm) })),
          fact("use", t(`map.values.use.${p.use}`)),
          fact("availability", t(`map.values.availability.${p.availability}`)),
          fact("development", t(`map.values.development.${p.development}`)),
          fact(
            "planningLaw",
            p.planningLaw.kind === "plan"
              ? t("map.values.planningLaw.plan", { plan: p.planningLaw.plan })
              : t("map.values.planningLaw.section-34"),
          ),
          fact("parcel", t("map.view.popup.parcelValue", p.parcel)),
        ],
        sample: feature.sample,
      };
    }
    case "wifi": {
      const p = feature.properties;
      return {
        title: p.name,
        facts: [
          fact("status", t(`map.values.hotspotStatus.${p.status}`)),
          fact("place", t(`map.values.hotspotPlace.${p.place}`)),
          fact("address", address(p.address)),
        ],
        sample: feature.sample,
      };
    }
    case "schools": {
      const p = feature.properties;
      return {
        title: p.name,
        facts: [fact("kind", t(`map.values.schoolKind.${p.kind}`)), fact("address", address(p.address))],
        sample: feature.sample,
      };
    }
    case "broadband": {
      const p = feature.properties;
      const facts = [fact("status", t(`map.values.expansion.${p.status}`))];
      if (p.plannedMonth)
        facts.push(
          fact("plannedMonth", formatDate(`${p.plannedMonth}-15`, { month: "long", year: "numeric" })),
        );
      if (p.provider) facts.push(fact("provider", p.provider));
      return { title: p.name, facts, sample: feature.sample };
    }
    case "mobile-coverage": {
      const p = feature.properties;
      const facts = [
        fact("quality", t(`map.values.coverage.${p.quality}`)),
        fact("reportedOn", formatDate(p.reportedOn, { dateStyle: "medium" })),
      ];
      if (p.note) facts.push(fact("note", p.note));
      return { title: t("map.view.popup.coverageTitle"), facts, sample: feature.sample };
    }
  }
}

function summary(item: OverlayItem): Summary {
  switch (item.layer) {
    case "offices":
      return {
        title: localized(item.office.text).name,
        facts: [fact("address", `${item.office.address.street}, ${item.office.address.postalCode}`)],
        href: `/standorte/${encodeURIComponent(item.id)}`,
        linkText: t("map.view.popup.officeLink"),
        sample: item.office.sample,
      };
    case "warnings":
      return {
        title: textsIn(item.warning, language()).headline,
        facts: [fact("severity", t(`warnings.severity.${item.warning.severity}`))],
        href: `/warnungen/${encodeURIComponent(item.id)}`,
        linkText: t("map.view.popup.warningLink"),
        sample: false,
      };
    default:
      return {
        ...featureSummary(item.feature),
        href: `/karte/${item.layer}/${encodeURIComponent(item.id)}`,
        linkText: t("map.view.popup.detailsLink"),
      };
  }
}

export function FeaturePopup(props: { item: OverlayItem }) {
  const s = () => summary(props.item);
  return (
    <div class="map-popup">
      <p class="map-popup-layer">{t(`map.layers.${props.item.layer}`)}</p>
      <h2 class="map-popup-title">{s().title}</h2>
      <Show when={props.item.layer === "offices" && props.item.office}>
        {(office) => <OpeningStatus rule={office().openingHours} />}
      </Show>
      <dl class="map-popup-facts">
        <For each={s().facts}>
          {(f) => (
            <>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </>
          )}
        </For>
      </dl>
      <Show when={s().sample}>
        <p class="sample-note">{t("map.view.popup.sample")}</p>
      </Show>
      <p class="map-popup-link">
        <a href={s().href}>{s().linkText}</a>
      </p>
    </div>
  );
}
