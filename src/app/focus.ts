// After a client-side navigation, move focus to the new page's heading, so keyboard and screen
// reader users land where sighted users look (as a full page load would).
const MAX_FRAMES = 120;

export function focusPageHeading(): void {
  let frames = 0;
  const attempt = () => {
    const heading = document.querySelector<HTMLElement>("#main h1");
    if (heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus({ preventScroll: false });
      return;
    }
    if (++frames < MAX_FRAMES) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
