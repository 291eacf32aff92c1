import { createEffect } from "solid-js";
import { sanitizeHtml } from "./sanitize";

/** The sender's formatted text, through the allowlist; rendered as nodes, never as a string. */
export function SafeHtml(props: { html: string; class?: string; lang?: string }) {
  let container: HTMLDivElement | undefined;
  createEffect(() => container?.replaceChildren(sanitizeHtml(props.html)));
  return <div ref={container} class={props.class} lang={props.lang} />;
}
