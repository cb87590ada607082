// What the last action did, said where a screen reader hears it: a live region
// is heard when its text changes, so the region stays on the page, empty until
// there is something to say (one inserted with its text is often not read out).
interface Props {
  message: string;
  className?: string;
}

export function Status({ message, className }: Props) {
  return (
    <p role="status" className={className}>
      {message}
    </p>
  );
}
