import { describe, expect, it } from "vitest";
import { FILE_MAX_BYTES } from "../../lib/contract/account-constants";
import { fileTypeLabel, formatFileSize } from "./format";

// Intl puts a narrow no-break space between number and unit in some locales.
const plain = (text: string) => text.replace(/\s/g, " ");

describe("formatFileSize", () => {
  it("shows the upload limit as 10 MB", () => {
    expect(plain(formatFileSize(FILE_MAX_BYTES, "de"))).toBe("10 MB");
  });

  it("uses the decimal comma in German and the point in English", () => {
    expect(plain(formatFileSize(1.5 * 1024 * 1024, "de"))).toBe("1,5 MB");
    expect(plain(formatFileSize(1.5 * 1024 * 1024, "en"))).toBe("1.5 MB");
  });

  it("keeps small files in bytes and kilobytes", () => {
    expect(plain(formatFileSize(0, "de"))).toBe("0 Byte");
    expect(plain(formatFileSize(2048, "de"))).toBe("2 kB");
  });
});

describe("fileTypeLabel", () => {
  it("names the accepted types and falls back to the subtype", () => {
    expect(fileTypeLabel("application/pdf")).toBe("PDF");
    expect(fileTypeLabel("image/jpeg")).toBe("JPEG");
    expect(fileTypeLabel("image/webp")).toBe("WEBP");
  });
});
