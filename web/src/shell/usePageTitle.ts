// Each page's title in the browser's tab and history is its heading (WCAG 2.4.2),
// followed by the app's name. Pages load their heading when their data comes, so
// the title follows the heading as it appears and changes.
import { useEffect } from "react";
import { useLocation } from "react-router";

const APP = "Leadhub";

export function titled(heading: string | null | undefined): string {
  return heading ? `${heading} · ${APP}` : APP;
}

/** Keeps the document's title to the first heading inside ``containerId``. */
export function usePageTitle(containerId: string) {
  const { pathname } = useLocation();
  useEffect(() => {
    const container = document.getElementById(containerId);
    if (!container) return undefined;
    const follow = () => {
      const next = titled(container.querySelector("h1")?.textContent?.trim());
      if (document.title !== next) document.title = next;
    };
    follow();
    const watcher = new MutationObserver(follow);
    watcher.observe(container, { childList: true, subtree: true, characterData: true });
    return () => watcher.disconnect();
  }, [containerId, pathname]);
}
