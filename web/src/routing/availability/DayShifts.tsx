// One day's shifts: each one's times, removing one, adding another.
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Weekday } from "../../gql/graphql";
import { Field } from "../../ui/Field";
import { shiftDraft, type ShiftDraft } from "./shifts";

interface Props {
  weekday: Weekday;
  shifts: ShiftDraft[];
  onChange: (shifts: ShiftDraft[]) => void;
}

export function DayShifts({ weekday, shifts, onChange }: Props) {
  const { t } = useTranslation();
  const adder = useRef<HTMLButtonElement>(null);
  const day = t(`routing.weekdays.${weekday}`);

  function change(key: number, times: Partial<ShiftDraft>) {
    onChange(shifts.map((shift) => (shift.key === key ? { ...shift, ...times } : shift)));
  }

  function remove(key: number) {
    onChange(shifts.filter((shift) => shift.key !== key));
    adder.current?.focus(); // the removed shift's button is gone
  }

  // A first shift starts as office hours; another is left for the person to fill.
  const added = shifts.length === 0 ? { starts: "08:00", ends: "16:00" } : { starts: "", ends: "" };
  return (
    <fieldset className="routing-fieldset">
      <legend>{day}</legend>
      {shifts.length === 0 && <p className="hint">{t("routing.availability.dayOff")}</p>}
      {shifts.map((shift) => (
        <div key={shift.key} className="routing-shift">
          <div>
            <Field
              label={t("routing.availability.starts")}
              type="time"
              required
              value={shift.starts}
              onChange={(event) => change(shift.key, { starts: event.target.value })}
            />
          </div>
          <div>
            <Field
              label={t("routing.availability.ends")}
              type="time"
              required
              value={shift.ends}
              onChange={(event) => change(shift.key, { ends: event.target.value })}
            />
          </div>
          <button
            type="button"
            className="secondary"
            aria-label={t("routing.availability.removeShift", {
              day,
              starts: shift.starts,
              ends: shift.ends,
            })}
            onClick={() => remove(shift.key)}
          >
            {t("routing.remove")}
          </button>
        </div>
      ))}
      <button
        ref={adder}
        type="button"
        className="secondary"
        aria-label={t("routing.availability.addShiftOn", { day })}
        onClick={() => onChange([...shifts, shiftDraft({ weekday, ...added })])}
      >
        {t("routing.availability.addShift")}
      </button>
    </fieldset>
  );
}
