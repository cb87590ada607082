// Something shown, and edited where it stands: its Edit button opens an editor in
// its place, which takes the focus; Escape or Cancel closes it, and so does the
// editor once it has saved. As it closes, focus goes back to the button that
// opened it, so the keyboard keeps its place.
import { createContext, useEffect, useRef, useState, type ReactNode, type Ref } from "react";

/** How an editor's form closes it unsaved: the form (ui/form.tsx) puts a Cancel
 * button beside its submit while this is given. */
export const CancelEdit = createContext<(() => void) | null>(null);

/** What the button that opens the editor needs: put them on it. */
export interface Opener {
  ref: Ref<HTMLButtonElement>;
  onClick: () => void;
}

interface Props {
  /** What is shown while no one edits it, with a button given ``opener``. */
  shown: (opener: Opener) => ReactNode;
  /** The editor (a form), given ``close`` for once it has saved. */
  editor: (close: () => void) => ReactNode;
  /** In a table, a row's editor is a row of its own, spanning this many columns. */
  columns?: number;
}

export function EditInPlace({ shown, editor, columns }: Props) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const place = useRef<HTMLDivElement>(null);
  // Not on the first render: only a close moves the focus back.
  const closed = useRef(false);

  useEffect(() => {
    if (open) {
      place.current?.querySelector<HTMLElement>("input, select, textarea")?.focus();
    } else if (closed.current) {
      opener.current?.focus();
    }
  }, [open]);

  if (!open) return shown({ ref: opener, onClick: () => setOpen(true) });

  const close = () => {
    closed.current = true;
    setOpen(false);
  };
  const editing = (
    <div
      ref={place}
      onKeyDown={(event) => {
        if (event.key === "Escape") close();
      }}
    >
      <CancelEdit.Provider value={close}>{editor(close)}</CancelEdit.Provider>
    </div>
  );
  if (columns === undefined) return editing;
  return (
    <tr>
      <td colSpan={columns}>{editing}</td>
    </tr>
  );
}
