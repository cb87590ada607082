// A member's time zone, time away and working hours. Times away are typed and
// shown on the clocks of the member's zone (the company's if they have none).
import { useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { operationName } from "../../api/client";
import { useApiMutation } from "../../api/hooks";
import { graphql } from "../../gql";
import type { RoutingAvailabilityQuery } from "../../gql/graphql";
import { Field } from "../../ui/Field";
import { Form, useForm } from "../../ui/form";
import { unshownAsForm } from "../faults";
import { instantOf, isTimeZone, wallClock } from "../../ui/clocks";
import { AVAILABILITY } from "./availability";
import { shiftDraft, shiftInput, type ShiftDraft } from "./shifts";
import { WorkingHoursFields } from "./WorkingHoursFields";
import { inOwnWords } from "../../api/faults";

const UPDATE_AVAILABILITY = graphql(`
  mutation UpdateAvailability($input: UpdateAvailabilityInput!) {
    updateAvailability(input: $input) {
      availability {
        timeZone
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

type Availability = NonNullable<RoutingAvailabilityQuery["tenant"]["availability"]>;

const SHOWN = new Set(["timeZone", "awayFrom", "awayUntil", "workingHours"]);

// Every zone this browser knows, offered as a zone is typed.
const ZONES = Intl.supportedValuesOf("timeZone");

interface Props {
  userId?: string;
  tenantZone: string;
  availability: Availability;
  onSaved: () => void;
}

export function AvailabilityForm({ userId, tenantZone, availability, onSaved }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useApiMutation(UPDATE_AVAILABILITY);
  const zonesId = useId();
  // None typed: the company's.
  const [zone, setZone] = useState(availability.timeZone ?? "");
  const inZone = zone && isTimeZone(zone) ? zone : tenantZone;
  const [awayFrom, setAwayFrom] = useState(
    availability.awayFrom ? wallClock(availability.awayFrom, inZone) : "",
  );
  const [awayUntil, setAwayUntil] = useState(
    availability.awayUntil ? wallClock(availability.awayUntil, inZone) : "",
  );
  const [hours, setHours] = useState<ShiftDraft[] | null>(
    availability.workingHours?.map(shiftDraft) ?? null,
  );
  const zoneInvalid = t("routing.availability.zoneInvalid");

  const form = useForm(async () => {
    if (zone && !isTimeZone(zone)) {
      return [{ field: "timeZone", code: "INVALID", message: zoneInvalid }];
    }
    const input = {
      userId,
      timeZone: zone || null,
      awayFrom: awayFrom ? instantOf(awayFrom, inZone) : null,
      awayUntil: awayUntil ? instantOf(awayUntil, inZone) : null,
      workingHours: hours?.map(shiftInput) ?? null,
    };
    const { updateAvailability } = await update.mutateAsync({ input });
    if (updateAvailability.availability) {
      onSaved();
      await queryClient.invalidateQueries({ queryKey: [operationName(AVAILABILITY)] });
    }
    const errors = inOwnWords(t, "routing.faults", updateAvailability.errors, {
      timeZone: zoneInvalid,
      awayFrom: t("routing.availability.momentInvalid"),
      awayUntil: t("routing.availability.untilInvalid"),
      workingHours: t("routing.availability.hoursInvalid"),
    });
    return unshownAsForm(errors, (field) => SHOWN.has(field));
  });

  const awayHint = t("routing.availability.awayHint", { zone: inZone });
  return (
    <Form form={form} submit={t("routing.save")} busy={t("routing.saving")}>
      <Field
        label={t("routing.availability.zone")}
        list={zonesId}
        autoComplete="off"
        spellCheck={false}
        hint={t("routing.availability.zoneHint", { zone: tenantZone })}
        value={zone}
        fault={form.faults.timeZone}
        onChange={(event) => setZone(event.target.value.trim())}
      />
      <datalist id={zonesId}>
        {ZONES.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <Field
        label={t("routing.availability.awayFrom")}
        type="datetime-local"
        hint={awayHint}
        value={awayFrom}
        fault={form.faults.awayFrom}
        onChange={(event) => setAwayFrom(event.target.value)}
      />
      <Field
        label={t("routing.availability.awayUntil")}
        type="datetime-local"
        hint={awayHint}
        value={awayUntil}
        fault={form.faults.awayUntil}
        onChange={(event) => setAwayUntil(event.target.value)}
      />
      <WorkingHoursFields hours={hours} fault={form.faults.workingHours} onChange={setHours} />
    </Form>
  );
}
