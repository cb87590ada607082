import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../ui/format";
import { CopyField } from "../CopyField";
import type { ApiClient } from "./ApiClientList";
import { ConsentLink } from "./ConsentLink";

interface Props {
  client: ApiClient;
  /** What went wrong with the last action on it. */
  fault?: string;
  onRotate: () => void;
  onRevoke: () => void;
}

/** One API client: what it is and may do, the ids a partner needs, and (until it
 * is revoked) a new secret or its revocation. */
export function ApiClientCard({ client, fault, onRotate, onRevoke }: Props) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const titleId = useId();
  const faultId = useId();
  const live = !client.revokedAt;
  const describedBy = fault ? faultId : undefined;
  return (
    <article className="integrations-card" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {client.name}
        {!live && ` (${t("apiClients.revokedTag")})`}
      </h3>
      <dl className="integrations-details">
        <dt>{t("apiClients.kind")}</dt>
        <dd>{t(`apiClients.kinds.${client.confidential ? "confidential" : "public"}`)}</dd>
        <dt>{t("apiClients.scopesLegend")}</dt>
        <dd>{client.scopes.join(", ")}</dd>
        <dt>{t("apiClients.redirectUrisShort")}</dt>
        <dd>{client.redirectUris.join(", ") || t("apiClients.noRedirectUris")}</dd>
        <dt>{t("apiClients.registeredAt")}</dt>
        <dd>
          {client.registeredBy
            ? t("apiClients.registeredBy", {
                date: date(client.createdAt),
                name: client.registeredBy.name,
              })
            : date(client.createdAt)}
        </dd>
        {client.secretRotatedAt && (
          <>
            <dt>{t("apiClients.secretRotatedAt")}</dt>
            <dd>{date(client.secretRotatedAt)}</dd>
          </>
        )}
        {client.revokedAt && (
          <>
            <dt>{t("apiClients.revokedAt")}</dt>
            <dd>{date(client.revokedAt)}</dd>
          </>
        )}
      </dl>
      <CopyField label={t("apiClients.clientId")} value={client.clientId} />
      {live && <ConsentLink client={client} />}
      {live && (
        <div className="integrations-actions">
          {client.confidential && (
            <button
              type="button"
              className="secondary"
              aria-label={t("apiClients.rotateFor", { name: client.name })}
              aria-describedby={describedBy}
              onClick={onRotate}
            >
              {t("apiClients.rotate")}
            </button>
          )}
          <button
            type="button"
            className="secondary"
            aria-label={t("apiClients.revokeFor", { name: client.name })}
            aria-describedby={describedBy}
            onClick={onRevoke}
          >
            {t("apiClients.revoke")}
          </button>
        </div>
      )}
      {fault && (
        <p id={faultId} className="fault">
          {fault}
        </p>
      )}
    </article>
  );
}
