// When a member takes leads: at any hour, or in shifts set day by day.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { DayShifts } from "./DayShifts";
import { officeHours, WEEKDAYS, type ShiftDraft } from "./shifts";

interface Props {
  /** Null: any hour. */
  hours: ShiftDraft[] | null;
  fault?: string;
  onChange: (hours: ShiftDraft[] | null) => void;
}

export function WorkingHoursFields({ hours, fault, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const faultId = `${id}-fault`;
  return (
    <fieldset
      className="routing-fieldset"
      aria-describedby={[hintId, fault && faultId].filter(Boolean).join(" ")}
    >
      <legend>{t("routing.availability.hours")}</legend>
      <div className="checkbox">
        <input
          id={`${id}-any`}
          type="radio"
          name={`${id}-hours`}
          checked={hours === null}
          onChange={() => onChange(null)}
        />
        <label htmlFor={`${id}-any`}>{t("routing.availability.anyHour")}</label>
      </div>
      <div className="checkbox">
        <input
          id={`${id}-set`}
          type="radio"
          name={`${id}-hours`}
          checked={hours !== null}
          onChange={() => onChange(officeHours())}
        />
        <label htmlFor={`${id}-set`}>{t("routing.availability.setHours")}</label>
      </div>
      <p id={hintId} className="hint">
        {t("routing.availability.hoursHint")}
      </p>
      {fault && (
        <p id={faultId} className="fault">
          {fault}
        </p>
      )}
      {hours &&
        WEEKDAYS.map((weekday) => (
          <DayShifts
            key={weekday}
            weekday={weekday}
            shifts={hours.filter((shift) => shift.weekday === weekday)}
            onChange={(shifts) =>
              onChange([...hours.filter((shift) => shift.weekday !== weekday), ...shifts])
            }
          />
        ))}
    </fieldset>
  );
}
