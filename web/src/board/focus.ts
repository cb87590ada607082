// Focus that follows a card. A card that moves to another column is a new element
// with the same id, and the one that held focus is gone: focus goes to its
// successor, unless the person has moved it elsewhere meanwhile.

/** The id of the element that has focus now, to give it back by. */
export function focusedId(): string | null {
  return document.activeElement?.id || null;
}

/** Once React has rendered, focuses the element of this id if focus was lost. */
export function focusLater(id: string | null): void {
  if (!id) return;
  setTimeout(() => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (lost) document.getElementById(id)?.focus();
  });
}
