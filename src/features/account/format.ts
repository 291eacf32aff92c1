// How files look in lists: a size people can read ("1,2 MB") and a short type ("PDF").

const UNITS = ["byte", "kilobyte", "megabyte", "gigabyte"] as const;

/** Binary steps (1 MB = 1024 KB), the way file managers on phones and PCs count. */
export function formatFileSize(bytes: number, locale: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: UNITS[unit],
    unitDisplay: "short",
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

const TYPE_LABELS: Record<string, string> = {
  "application/pdf": "PDF",
  "image/jpeg": "JPEG",
  "image/png": "PNG",
};

/** "PDF", "JPEG", "PNG"; other types by their subtype ("image/webp" → "WEBP"). */
export function fileTypeLabel(mediaType: string): string {
  return TYPE_LABELS[mediaType] ?? (mediaType.split("/")[1] ?? mediaType).toUpperCase();
}
