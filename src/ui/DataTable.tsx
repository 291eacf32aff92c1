import type { JSX } from "solid-js";

/**
 * A wide table that scrolls sideways on narrow screens (WCAG 1.4.10 reflow); the scroll area is
 * focusable and named so keyboard users can scroll it too.
 */
export function DataTable(props: { caption: string; children: JSX.Element }) {
  return (
    <div class="staff-table-wrap" tabindex="0" role="region" aria-label={props.caption}>
      <table class="staff-table">
        <caption>{props.caption}</caption>
        {props.children}
      </table>
    </div>
  );
}
