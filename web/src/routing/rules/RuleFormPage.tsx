// The page around a rule's form: for managers only, with what the form names
// (teams, members, stages, sources, custom fields) at hand.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { PayloadError } from "../../api/faults";
import type { RoutingRuleInput } from "../../gql/graphql";
import { Failed, Loading } from "../../ui/states";
import { useLookups } from "../lookups";
import { RuleForm } from "./RuleForm";
import type { RuleDraft } from "./ruleDraft";
import { useMay } from "../../shell/permissions";
import "../routing.css";

interface Props {
  title: string;
  initial: RuleDraft;
  submit: string;
  save: (rule: RoutingRuleInput) => Promise<readonly PayloadError[]>;
}

export function RuleFormPage({ title, ...form }: Props) {
  const { t } = useTranslation();
  const manages = useMay("CanManageRouting");
  return (
    <>
      <h1>{title}</h1>
      <Link to="/routing/rules">{t("routing.rules.back")}</Link>
      {manages ? <LoadedRuleForm {...form} /> : <p>{t("routing.rules.managersOnly")}</p>}
    </>
  );
}

function LoadedRuleForm(props: Omit<Props, "title">) {
  const { lookups, isPending, error, retry } = useLookups();
  if (isPending) return <Loading />;
  if (error) return <Failed error={error} retry={retry} />;
  return <RuleForm {...props} lookups={lookups} />;
}
