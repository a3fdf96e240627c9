import * as z from 'zod/mini';

/** `POST /getDriverAndCabImages` (web API), sent with the web access key. */
export const DriverAndCabImagesRequestSchema = z.object({
  /** Driver whose photos are wanted. */
  driver_id: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
});
export type DriverAndCabImagesRequest = z.output<typeof DriverAndCabImagesRequestSchema>;

/** One photo of a driver or their cab. */
export const DriverOrCabImageSchema = z.object({
  /** Which photo it is. */
  kind: z.enum(['driver', 'cab_front', 'cab_back', 'cab_interior']),
  /** Absolute http(s) URL of the image. */
  url: z.string(),
  /** Short description of the photo. */
  caption: z.string(),
});
export type DriverOrCabImage = z.output<typeof DriverOrCabImageSchema>;

/** Answer of `getDriverAndCabImages`. */
export const DriverAndCabImagesResponseSchema = z.object({
  /** The driver, normalised to upper case. */
  driver_id: z.string(),
  /** The driver photo and the cab photos. */
  images: z.array(DriverOrCabImageSchema),
});
export type DriverAndCabImagesResponse = z.output<typeof DriverAndCabImagesResponseSchema>;
