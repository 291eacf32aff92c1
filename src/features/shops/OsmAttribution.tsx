import { OSM_ATTRIBUTION } from "../../lib/contract/shops-constants";
import { t } from "../../lib/i18n";

/** Entries imported from OpenStreetMap are shown under the ODbL, which asks for this credit. */
export function OsmAttribution() {
  return (
    <p class="hint shops-attribution">
      {t("shops.osmData")}{" "}
      {/* The credit is OpenStreetMap's German wording, in every language of the page. */}
      <a href="https://www.openstreetmap.org/copyright" lang="de">
        {OSM_ATTRIBUTION}
      </a>
    </p>
  );
}
