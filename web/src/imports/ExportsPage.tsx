// Exports: leads written to a file that imports back as the same leads, every lead
// or those a search picks; and the files written lately, to download.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { LeadFilterInput } from "../gql/graphql";
import { Field } from "../ui/Field";
import { ExportHistory } from "./ExportHistory";
import { ExportLeadsButton } from "./ExportLeadsButton";
import { Allowed } from "../shell/Allowed";
import "./imports.css";

function filterOf(text: string, tags: string): LeadFilterInput {
  const filter: LeadFilterInput = {};
  if (text.trim()) filter.text = text.trim();
  const named = tags
    .split(",")
    .map((tag) => tag.trim())
    .filter(Boolean);
  if (named.length) filter.tags = named;
  return filter;
}

export function ExportsPage() {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [tags, setTags] = useState("");
  return (
    <>
      <h1>{t("exports.title")}</h1>
      <Allowed capability="CanImportLeads" refusal={t("imports.notAllowed")}>
        <p>
          <Link to="/imports">{t("exports.toImports")}</Link>
        </p>
        <section aria-labelledby="new-export-title">
          <h2 id="new-export-title">{t("exports.new.title")}</h2>
          <p>{t("exports.new.intro")}</p>
          <div className="imports-fields">
            <Field
              label={t("exports.new.text")}
              hint={t("exports.new.textHint")}
              type="search"
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
            <Field
              label={t("exports.new.tags")}
              hint={t("exports.new.tagsHint")}
              value={tags}
              onChange={(event) => setTags(event.target.value)}
            />
          </div>
          <ExportLeadsButton filter={filterOf(text, tags)} />
        </section>
        <ExportHistory />
      </Allowed>
    </>
  );
}
