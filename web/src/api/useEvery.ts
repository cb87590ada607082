// Asking again on a timer, for what the API has no subscription for (an export
// being written): `act` every `ms` while `active`.
import { useEffect, useLayoutEffect, useRef } from "react";

export function useEvery(ms: number, act: () => void, active: boolean) {
  const latest = useRef(act);
  useLayoutEffect(() => {
    latest.current = act;
  });
  useEffect(() => {
    if (!active) return undefined;
    const timer = setInterval(() => latest.current(), ms);
    return () => clearInterval(timer);
  }, [ms, active]);
}
