import { describe, expect, it } from "vitest";
import { ATTACHMENT_MAX_BYTES } from "../../lib/contract/application-definition";
import { checkPickedFile, FileCheckError, sniffType } from "./sniff";

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37];
const JPEG = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const file = (bytes: number[], name = "scan.pdf", type = "") =>
  new File([new Uint8Array(bytes)], name, { type });

describe("sniffType", () => {
  it("recognises PDF, JPEG and PNG by their first bytes", () => {
    expect(sniffType(new Uint8Array(PDF))).toBe("application/pdf");
    expect(sniffType(new Uint8Array(JPEG))).toBe("image/jpeg");
    expect(sniffType(new Uint8Array(PNG))).toBe("image/png");
  });

  it("knows nothing else, and no file too short to tell", () => {
    expect(sniffType(new TextEncoder().encode("GIF89a.."))).toBeNull();
    expect(sniffType(new Uint8Array([0x25, 0x50, 0x44]))).toBeNull();
    expect(sniffType(new Uint8Array([]))).toBeNull();
  });
});

describe("checkPickedFile", () => {
  it("keeps a fitting file with the type read from its content, not its name", async () => {
    const kept = await checkPickedFile(file(JPEG, "photo.pdf", "application/pdf"), ["image/jpeg"]);
    expect(kept.mediaType).toBe("image/jpeg");
    expect(kept.name).toBe("photo.pdf");
    expect(kept.size).toBe(JPEG.length);
    expect(kept.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("refuses a type the slot does not take", async () => {
    await expect(checkPickedFile(file(PNG, "plan.png"), ["application/pdf"])).rejects.toMatchObject({
      code: "fileType",
    });
    await expect(checkPickedFile(file([0x50, 0x4b, 0x03, 0x04]), ["application/pdf"])).rejects.toBeInstanceOf(
      FileCheckError,
    );
  });

  it("refuses a file over the limit before reading it", async () => {
    const big = { name: "big.pdf", size: ATTACHMENT_MAX_BYTES + 1, slice: () => new Blob(PDF.map(String)) };
    await expect(checkPickedFile(big as unknown as File, ["application/pdf"])).rejects.toMatchObject({
      code: "fileTooLarge",
    });
  });
});
