// Translated names of the map console's codes. Layer names and property values are the residents'
// texts (map.layers.*, map.values.*), so staff and residents read the same words.
import type { LayerImportStatus, LayerSource, MapLayer, Publication } from "../../../lib/contract/map";
import { formatDateTime } from "../../../lib/date-format";
import { t } from "../../../lib/i18n";

export const layerPath = (layer: MapLayer) => `/verwaltung/karte/${layer}`;

export const layerLabel = (layer: MapLayer) => t(`map.layers.${layer}`);

export const publicationLabel = (publication: Publication) => t(`map.console.publication.${publication}`);

export const featureSourceLabel = (source: "manual" | "import") => t(`map.console.sources.${source}`);

export const sourceKindLabel = (kind: LayerSource["kind"]) => t(`map.console.source.kinds.${kind}`);

export const formatUpdated = (instant: string) => formatDateTime(instant);

/** "42 Objekte importiert am …", "Fehlgeschlagen am …: …", or that nothing ran yet. */
export function lastRunText(status: LayerImportStatus): string {
  const result = status.lastResult;
  if (!result || !status.lastRunAt) return t("map.console.source.neverRun");
  const time = formatDateTime(status.lastRunAt);
  return result.ok
    ? t("map.console.source.lastOk", { count: result.features, time })
    : t("map.console.source.lastFailed", { time, error: result.error });
}
