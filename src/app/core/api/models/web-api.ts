/** `POST /getDriverAndCabImages` (web API), sent with the web access key. */
export interface DriverAndCabImagesRequest {
  driver_id: string;
}

export interface DriverOrCabImage {
  kind: 'driver' | 'cab_front' | 'cab_back' | 'cab_interior';
  /** Absolute http(s) URL of the image. */
  url: string;
  caption: string;
}

export interface DriverAndCabImagesResponse {
  driver_id: string;
  images: DriverOrCabImage[];
}
