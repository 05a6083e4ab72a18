// Request body limits (hono/body-limit), refused with 413 in the error shape before the body is read.
import { bodyLimit } from "hono/body-limit";
import { ApiError } from "./errors";

/** Request bodies larger than this are refused on every route; a route may declare a lower limit. */
export const MAX_BODY_BYTES = 1024 * 1024;

export function limitBody(maxBytes: number) {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError("payload_too_large", `the request body exceeds ${maxBytes} bytes`);
    },
  });
}
