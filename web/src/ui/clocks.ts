// Wall clocks in a time zone: the API speaks UTC instants, while people read and
// type times as the clocks show them where they work.

/** The fields of ``instant`` as a clock in ``zone`` shows them. */
function clockParts(instant: Date, zone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((each) => each.type === type)?.value);
  return {
    year: part("year"),
    month: part("month"),
    day: part("day"),
    hour: part("hour"),
    minute: part("minute"),
    second: part("second"),
  };
}

/** How far ``zone``'s clocks are ahead of UTC at ``instant``, in milliseconds. */
function offsetAt(instant: Date, zone: string): number {
  const { year, month, day, hour, minute, second } = clockParts(instant, zone);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  return asUtc - (instant.getTime() - instant.getMilliseconds());
}

const pad = (value: number) => String(value).padStart(2, "0");

/** ``iso`` as a datetime-local input shows it in ``zone``: ``2026-07-01T08:00``. */
export function wallClock(iso: string, zone: string): string {
  const { year, month, day, hour, minute } = clockParts(new Date(iso), zone);
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
}

/** The instant (ISO, UTC) when ``zone``'s clocks show ``local`` (as a
 * datetime-local input gives it). A time the clocks skip reads as the hour after. */
export function instantOf(local: string, zone: string): string {
  const [date = "", time = ""] = local.split("T");
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  const [hour = 0, minute = 0] = time.split(":").map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The offset where the guess lands, then again where the first answer lands:
  // the second differs only near a change of the clocks.
  const first = asUtc - offsetAt(new Date(asUtc), zone);
  const second = asUtc - offsetAt(new Date(first), zone);
  return new Date(second).toISOString();
}

/** Whether ``zone`` names a time zone this browser knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
