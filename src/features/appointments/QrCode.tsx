// The reference as a QR code for checking in at the office: the hand scanner at the counter types
// what it reads (the reference), so the code carries nothing else.
import { createMemo } from "solid-js";
import { encode } from "uqr";
import { qrPath, qrViewSize } from "./qr";

export function QrCode(props: { text: string; label: string }) {
  // Medium error correction: still readable from a scratched phone screen, and a small code.
  const modules = createMemo(() => encode(props.text, { ecc: "M", border: 0 }).data);
  const size = () => qrViewSize(modules());
  return (
    <svg
      class="qr-code"
      role="img"
      aria-label={props.label}
      viewBox={`0 0 ${size()} ${size()}`}
      width="200"
      height="200"
      shape-rendering="crispEdges"
    >
      <rect width={size()} height={size()} fill="#fff" />
      <path d={qrPath(modules())} fill="#000" />
    </svg>
  );
}
