// The start page's video in German Sign Language (issue 20), when the city has set one. Checked by
// hand rather than with the contract's zod schema: zod would more than double the start page's
// weight (bench row start_page_js_css_gzip_kb). The server checks the same rule (https only).

const PATH = "/api/accessibility/sign-language-video";

/** The answer's address when it is an https URL, otherwise null. */
export function httpsUrlOf(answer: unknown): string | null {
  if (typeof answer !== "object" || answer === null || !("url" in answer)) return null;
  const { url } = answer;
  if (typeof url !== "string") return null;
  try {
    return new URL(url).protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

/** The video's address, or null when none is set or the server cannot be reached (offline). */
export async function fetchSignLanguageVideo(): Promise<string | null> {
  try {
    const response = await fetch(PATH, { headers: { Accept: "application/json" }, cache: "no-store" });
    return response.ok ? httpsUrlOf(await response.json()) : null;
  } catch {
    return null;
  }
}
