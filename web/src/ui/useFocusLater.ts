// After an action removes what had the focus (a deleted row's button, a closed
// panel), the focus would fall to the page's body: this moves it to a sensible
// place once the page shows the result, such as the list's heading.
import { useCallback, useEffect, useState } from "react";

/** Gives a function that, after the next render, focuses the element of ``id``;
 * one that cannot take focus (a heading) is made to take it from script only. */
export function useFocusLater(): (id: string) => void {
  // An object, so that asking for the same place again moves the focus again.
  const [target, setTarget] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (!target) return;
    const element = document.getElementById(target.id);
    if (!element) return;
    if (element.tabIndex < 0 && !element.hasAttribute("tabindex")) element.tabIndex = -1;
    element.focus();
  }, [target]);
  return useCallback((id: string) => setTarget({ id }), []);
}
