import { describe, expect, it } from "vitest";
import { FILE_MAX_BYTES } from "../../lib/contract/account";
import { attachmentError, departmentError } from "./validation";

describe("attachmentError", () => {
  const pdf = { type: "application/pdf", size: 1000 };

  it("requires the PDF for a decision only", () => {
    expect(attachmentError("decision", undefined)).toBe("staff.message.errors.attachmentRequired");
    expect(attachmentError("message", undefined)).toBeUndefined();
    expect(attachmentError("decision", pdf)).toBeUndefined();
  });

  it("refuses other types, empty and oversized files", () => {
    expect(attachmentError("message", { type: "image/png", size: 10 })).toBe(
      "staff.message.errors.attachmentType",
    );
    expect(attachmentError("message", { ...pdf, size: FILE_MAX_BYTES + 1 })).toBe(
      "staff.message.errors.attachmentSize",
    );
    expect(attachmentError("message", { ...pdf, size: 0 })).toBe("staff.message.errors.attachmentEmpty");
  });
});

describe("departmentError", () => {
  it("asks staff for a department, not admins", () => {
    expect(departmentError("staff", null)).toBe("staff.accounts.errors.departmentRequired");
    expect(departmentError("staff", "bauamt")).toBeUndefined();
    expect(departmentError("admin", null)).toBeUndefined();
  });
});
