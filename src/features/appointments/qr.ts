// Draws a QR code's modules as one SVG path, without innerHTML: each horizontal run of dark modules
// becomes one rectangle, which keeps the path short (a 25×25 code gives about 200 runs, not 300 squares).

/** Light modules around the code that scanners need to find it (ISO/IEC 18004: four modules). */
export const QUIET_ZONE = 4;

export function qrPath(modules: readonly (readonly boolean[])[], offset = QUIET_ZONE): string {
  const commands: string[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      commands.push(`M${start + offset} ${y + offset}h${x - start}v1h-${x - start}z`);
    }
  });
  return commands.join("");
}

/** Width and height of the drawing in modules, quiet zone included. */
export const qrViewSize = (modules: readonly (readonly boolean[])[], offset = QUIET_ZONE): number =>
  modules.length + 2 * offset;
