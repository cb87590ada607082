// Downloading a file the API names by its path (an export, an import's error
// report): it asks for the same login as /graphql, which a link cannot send, so the
// file is fetched with the session's headers and then saved under the name the
// server gives. Generic: any download path the API gives.
import { ApiError, credentialHeaders, NETWORK, type Credentials } from "./client";
import { failureOf } from "./http";

// Long enough for the browser to have started reading the file.
const KEEP_URL_MS = 60_000;

export async function download(path: string, credentials: Credentials): Promise<void> {
  let response: Response;
  try {
    response = await fetch(path, { headers: credentialHeaders(credentials) });
  } catch {
    throw new ApiError("Leadhub cannot be reached.", NETWORK);
  }
  if (!response.ok) throw await failureOf(response);
  const name = fileNameOf(response.headers.get("content-disposition")) ?? lastSegment(path);
  save(await response.blob(), name);
}

/** The file name a Content-Disposition header gives (RFC 6266: filename* first). */
function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // A malformed name: the plain one, if any, below.
    }
  }
  return /filename\s*=\s*"?([^";]+)"?/i.exec(disposition)?.[1]?.trim() ?? null;
}

function lastSegment(path: string): string {
  return path.split("/").filter(Boolean).pop() ?? "download";
}

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
}
