// Reading what the user sees: the colour of a pixel of an element's screenshot (the map's basemap, a
// report's point on the inbox map).
import type { BrowserContext, Locator } from "@playwright/test";

/** The colour the user sees at the middle of `element`, read from a screenshot. */
export async function colourAtCentre(context: BrowserContext, element: Locator): Promise<number[]> {
  const png = await element.screenshot({ scale: "css" });
  const box = await element.boundingBox();
  if (!box) throw new Error("not visible");
  // Decoded in a blank page of its own: no app code, no CSP in the way.
  const scratch = await context.newPage();
  try {
    return await scratch.evaluate(
      async ({ data, x, y }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement("canvas");
        canvas.width = image.width;
        canvas.height = image.height;
        const context2d = canvas.getContext("2d");
        if (!context2d) throw new Error("no 2d context");
        context2d.drawImage(image, 0, 0);
        return Array.from(context2d.getImageData(x, y, 1, 1).data.slice(0, 3));
      },
      { data: png.toString("base64"), x: Math.round(box.width / 2), y: Math.round(box.height / 2) },
    );
  } finally {
    await scratch.close();
  }
}
