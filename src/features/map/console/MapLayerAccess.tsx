// The map console's layer pages: only for a layer that exists and that this person keeps
// (LAYER_DEPARTMENTS; admins all). The server refuses the others anyway.
import { type JSX, Show } from "solid-js";
import type { MapLayer } from "../../../lib/contract/map";
import { account } from "../../account/session";
import { isMapLayer } from "../list-entries";
import { NoAccessNotice } from "../../staff/Access";
import { canEditLayer } from "../../staff/permissions";

export function EditableLayer(props: { layer: string; children: (layer: MapLayer) => JSX.Element }) {
  const allowed = () => {
    const me = account();
    return me && isMapLayer(props.layer) && canEditLayer(me, props.layer) ? props.layer : undefined;
  };
  return (
    <Show when={allowed()} fallback={<NoAccessNotice />} keyed>
      {(layer) => props.children(layer)}
    </Show>
  );
}
