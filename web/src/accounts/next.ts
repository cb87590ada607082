// Where to go after logging in: the page that sent the person to log in, if it is
// one of the app's own (never another site, so a link cannot send a login away).
export function pageAfterLogIn(next: string | null): string {
  if (!next?.startsWith("/")) return "/";
  // As the browser will read it: "/\t/evil.example" is another site once the tab goes.
  const page = new URL(next, location.origin);
  return page.origin === location.origin ? page.pathname + page.search + page.hash : "/";
}

/** The log-in page, coming back to ``location`` (path and query) after. */
export function logInThenBackTo(location: string): string {
  return `/log-in?${new URLSearchParams({ next: location })}`;
}
