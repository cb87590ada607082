import { useEffect, useState } from "react";
import { editButtonId } from "./RowActions";

/** Which row of a table is open for editing; as its editor closes, the focus goes
 * back to the row's Edit button, so the keyboard keeps its place. */
export function useEditing() {
  const [editing, setEditing] = useState<string | null>(null);
  const [refocus, setRefocus] = useState<string | null>(null);
  useEffect(() => {
    if (!refocus) return;
    document.getElementById(editButtonId(refocus))?.focus();
    setRefocus(null);
  }, [refocus]);
  return {
    editing,
    open: setEditing,
    close: () => {
      setRefocus(editing);
      setEditing(null);
    },
  };
}
