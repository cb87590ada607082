// What only some roles may see: others are told why not, and their page asks the
// API nothing (it would refuse).
import type { ReactNode } from "react";
import { useMay, type Capability } from "./permissions";

interface Props {
  capability: Capability;
  /** Why not, to those whose role does not allow it. */
  refusal: string;
  /** The page's heading, for a page whose children give their own once they know it. */
  title?: string;
  children: ReactNode;
}

export function Allowed({ capability, refusal, title, children }: Props) {
  if (useMay(capability)) return children;
  return (
    <>
      {title && <h1>{title}</h1>}
      <p>{refusal}</p>
    </>
  );
}
