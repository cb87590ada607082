// Each page's title in the browser's tab and history is its heading (WCAG 2.4.2),
// followed by the app's name. Pages load their heading when their data comes, so
// the title follows the heading as it appears and changes. After moving to
// another page, focus goes to its heading, so a screen reader says where one is
// and the keyboard starts there; unless the person is already elsewhere.
import { useEffect, useRef } from "react";
import { useLocation } from "react-router";

const APP = "Leadhub";

export function titled(heading: string | null | undefined): string {
  return heading ? `${heading} · ${APP}` : APP;
}

/** Keeps the document's title to the first heading inside ``containerId``, and
 * takes focus there after a move to another page. */
export function usePageTitle(containerId: string) {
  const { pathname } = useLocation();
  const arrived = useRef(false); // the first page of a visit keeps the browser's focus
  useEffect(() => {
    const container = document.getElementById(containerId);
    if (!container) return undefined;
    let focusHeading = arrived.current;
    arrived.current = true;
    const follow = () => {
      const heading = container.querySelector("h1");
      const next = titled(heading?.textContent?.trim());
      if (document.title !== next) document.title = next;
      if (heading && focusHeading) {
        focusHeading = false;
        if (!movedOn(container)) {
          heading.tabIndex = -1;
          heading.focus();
        }
      }
    };
    follow();
    const watcher = new MutationObserver(follow);
    watcher.observe(container, { childList: true, subtree: true, characterData: true });
    return () => watcher.disconnect();
  }, [containerId, pathname]);
}

/** Whether the person has started on the page already: focus in it, not on the
 * page's body or the menu link that brought them. */
function movedOn(container: HTMLElement): boolean {
  const focused = document.activeElement;
  return Boolean(focused && focused !== document.body && container.contains(focused));
}
