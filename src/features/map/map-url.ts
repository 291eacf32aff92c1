// The map page's state in its address: ?ebenen=wifi,schools (layers shown) and
// ?objekt=<layer>/<id> (the feature to centre on). Shareable and kept on reload.
import { isOverlayLayer, OVERLAY_LAYERS, type OverlayLayer } from "./overlays";

/** The value for "no layer": the router drops an empty parameter, which would mean "every layer". */
const NONE = "keine";

/** No parameter: every layer; "keine" (or an empty one): none. Unknown names are left out. */
export function parseLayers(param: string | undefined): OverlayLayer[] {
  if (param === undefined) return [...OVERLAY_LAYERS];
  const named = new Set(param.split(","));
  return OVERLAY_LAYERS.filter((layer) => named.has(layer));
}

export const serializeLayers = (layers: readonly OverlayLayer[]): string =>
  layers.length > 0 ? layers.join(",") : NONE;

export function parseObjectRef(param: string | undefined): { layer: OverlayLayer; id: string } | null {
  if (!param) return null;
  const slash = param.indexOf("/");
  const layer = param.slice(0, slash);
  const id = param.slice(slash + 1);
  return slash > 0 && id && isOverlayLayer(layer) ? { layer, id } : null;
}
