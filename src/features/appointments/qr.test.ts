import { encode } from "uqr";
import { describe, expect, it } from "vitest";
import { qrPath, qrViewSize } from "./qr";

/** Reads the path back into modules: every "M x y h w v1 h-w z" fills w modules of row y. */
function modulesOf(path: string, size: number, offset: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array.from({ length: size }, () => false));
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let i = 0; i < Number(w); i++) grid[Number(y) - offset]![Number(x) - offset + i] = true;
  }
  return grid;
}

describe("the QR code's path", () => {
  it("draws one rectangle per run of dark modules, behind the quiet zone", () => {
    const modules = [
      [true, true, false, true],
      [false, false, false, false],
      [false, true, true, true],
    ];
    expect(qrPath(modules, 4)).toBe("M4 4h2v1h-2zM7 4h1v1h-1zM5 6h3v1h-3z");
    expect(qrViewSize(modules, 4)).toBe(11);
  });

  it("gives back exactly the modules of a real code", () => {
    const { data } = encode("T-ABCD-EFGH", { ecc: "M", border: 0 });
    const path = qrPath(data);
    expect(modulesOf(path, data.length, 4)).toEqual(data);
    expect(path).not.toMatch(/NaN|undefined/);
  });
});
