// Where a lead goes when no rule takes it; managers change it.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../../api/hooks";
import { Failed, Loading } from "../../ui/states";
import type { Lookups } from "../lookups";
import { useSentences } from "../sentences";
import { FallbackForm } from "./FallbackForm";
import { FALLBACK } from "./rules";

interface Props {
  lookups: Lookups;
  manages: boolean;
  onChanged: (notice: string) => void;
}

export function Fallback({ lookups, manages, onChanged }: Props) {
  const { t } = useTranslation();
  const sentences = useSentences(lookups);
  const fallback = useApiQuery(FALLBACK, {});
  const titleId = useId();
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t("routing.fallback.title")}</h2>
      {fallback.isPending ? (
        <Loading />
      ) : fallback.isError ? (
        <Failed error={fallback.error} retry={() => void fallback.refetch()} />
      ) : (
        <>
          <p>
            {t("routing.fallback.now", {
              target: sentences.destination(
                fallback.data.tenant.routingFallback.target,
                fallback.data.tenant.routingFallback.strategy,
              ),
            })}
          </p>
          {manages && (
            <FallbackForm fallback={fallback.data.tenant.routingFallback} onSaved={onChanged} />
          )}
        </>
      )}
    </section>
  );
}
