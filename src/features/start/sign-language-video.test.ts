// The start page links the sign-language video only for an https address from the server.
import { describe, expect, it } from "vitest";
import { httpsUrlOf } from "./sign-language-video";

describe("the sign-language video's address", () => {
  it("is taken when it is https", () => {
    expect(httpsUrlOf({ url: "https://www.delmenhorst.de/dgs/app.mp4" })).toBe(
      "https://www.delmenhorst.de/dgs/app.mp4",
    );
  });

  it("is none when unset, not https, or not an address", () => {
    for (const answer of [
      { url: null },
      { url: "http://www.delmenhorst.de/dgs/app.mp4" },
      { url: "javascript:alert(1)" },
      { url: "keine Adresse" },
      { url: 5 },
      {},
      null,
      "https://www.delmenhorst.de/dgs/app.mp4",
    ])
      expect(httpsUrlOf(answer), JSON.stringify(answer)).toBeNull();
  });
});
