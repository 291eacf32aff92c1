// Merchants' photos: the type is read from the content, the image is decoded and checked, and only
// re-encoded WebP copies in two widths are kept (so no camera metadata such as the GPS position).
import { randomUUID } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import {
  SHOP_PHOTO_MAX_BYTES,
  SHOP_PHOTO_MAX_SIDE,
  SHOP_PHOTO_MIN_SIDE,
  SHOP_PHOTO_TYPES,
  SHOP_PHOTO_VARIANTS,
  type ShopPhoto,
} from "../../../src/lib/contract/shops";
import { ProblemError } from "../../http/problem";

export type ProcessedPhoto = ShopPhoto & { small: Uint8Array; large: Uint8Array };

export async function processPhoto(bytes: Uint8Array): Promise<ProcessedPhoto> {
  if (bytes.byteLength > SHOP_PHOTO_MAX_BYTES) throw new ProblemError(413, "file_too_large");
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !(SHOP_PHOTO_TYPES as readonly string[]).includes(detected.mime)) {
    throw new ProblemError(415, "unsupported_file_type", "Send a JPEG, PNG or WebP photo");
  }
  let metadata: sharp.Metadata;
  try {
    // Refuses images whose pixel count would exhaust memory (a "decompression bomb").
    metadata = await sharp(bytes, { limitInputPixels: SHOP_PHOTO_MAX_SIDE * SHOP_PHOTO_MAX_SIDE }).metadata();
  } catch {
    throw new ProblemError(422, "image_unreadable");
  }
  const { width, height } = metadata;
  if (!width || !height) throw new ProblemError(422, "image_unreadable");
  if (width > SHOP_PHOTO_MAX_SIDE || height > SHOP_PHOTO_MAX_SIDE) {
    throw new ProblemError(422, "image_unreadable", `At most ${SHOP_PHOTO_MAX_SIDE} pixels a side`);
  }
  if (Math.min(width, height) < SHOP_PHOTO_MIN_SIDE) throw new ProblemError(422, "image_too_small");
  try {
    const resize = async (target: number) => {
      const { data, info } = await sharp(bytes)
        .rotate() // applies the EXIF orientation before the metadata is dropped
        .resize({ width: target, withoutEnlargement: true })
        .webp({ quality: 78 })
        .toBuffer({ resolveWithObject: true });
      return { data: new Uint8Array(data), info };
    };
    const large = await resize(SHOP_PHOTO_VARIANTS.large);
    const small = await resize(SHOP_PHOTO_VARIANTS.small);
    return {
      id: randomUUID(),
      width: large.info.width,
      height: large.info.height,
      small: small.data,
      large: large.data,
    };
  } catch {
    // The header was fine, the pixels were not (a truncated or corrupted file).
    throw new ProblemError(422, "image_unreadable");
  }
}
