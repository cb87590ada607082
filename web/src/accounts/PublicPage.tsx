// The frame of the pages before login: a title, the page, and the language to
// read it in (kept in this browser).
import { useEffect, type ReactNode } from "react";
import { LanguagePicker } from "../shell/LanguagePicker";
import { titled } from "../shell/usePageTitle";

export function PublicPage({ title, children }: { title: string; children: ReactNode }) {
  useEffect(() => {
    document.title = titled(title);
  }, [title]);
  return (
    <main className="public" id="content">
      <h1>{title}</h1>
      {children}
      <footer>
        <LanguagePicker />
      </footer>
    </main>
  );
}
