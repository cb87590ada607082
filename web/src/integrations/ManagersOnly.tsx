import type { ReactNode } from "react";
import { managesCompany, useViewer } from "../shell/viewer";

/** What only the company's owners and admins may see; others are told why not,
 * and nothing is asked of the API for them. */
export function ManagersOnly({ refusal, children }: { refusal: string; children: ReactNode }) {
  const viewer = useViewer();
  return managesCompany(viewer) ? children : <p>{refusal}</p>;
}
