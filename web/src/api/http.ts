// Requests beside /graphql's JSON (uploads, downloads): an HTTP failure told as
// the app's fault codes, so `describe` has words for it.
import { ApiError } from "./client";

/** The code of an ApiError for a body larger than the server takes (HTTP 413). */
export const REQUEST_TOO_LARGE = "REQUEST_TOO_LARGE";

const CODES: Record<number, string> = {
  401: "UNAUTHENTICATED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  413: REQUEST_TOO_LARGE,
  429: "RATE_LIMITED",
};

/** A response that is not the answer asked for, as an ApiError: the server's own
 * words (its refusals are plain text), coded by status. */
export async function failureOf(response: Response): Promise<ApiError> {
  const said = (await response.text().catch(() => "")).trim();
  return new ApiError(said || `HTTP ${response.status}`, CODES[response.status]);
}
