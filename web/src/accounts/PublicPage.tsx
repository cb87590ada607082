// The frame of the pages before login: a title, the page, and the language to
// read it in (kept in this browser).
import type { ReactNode } from "react";
import { LanguagePicker } from "../shell/LanguagePicker";

export function PublicPage({ title, children }: { title: string; children: ReactNode }) {
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
