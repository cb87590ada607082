// The webhook pages' paths: an endpoint's is named by its id, which may hold a "/".
export const WEBHOOKS_PATH = "/settings/webhooks";

export function endpointPath(endpointId: string): string {
  return `${WEBHOOKS_PATH}/${encodeURIComponent(endpointId)}`;
}
