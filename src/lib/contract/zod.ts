// zod, configured once for every runtime. jitless: zod would otherwise probe `new Function`,
// which the app's Content-Security-Policy (no unsafe-eval) forbids and browsers report.
import { z } from "zod";

z.config({ jitless: true });

export { z };
