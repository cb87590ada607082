// The file, sent as it is (Windows-1252 from a Norwegian Excel too: the server
// reads its bytes), with its encoding and delimiter if the person knows them.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ApiError, operationName } from "../api/client";
import { graphql } from "../gql";
import { useSession } from "../session/context";
import { Field } from "../ui/Field";
import { Form, useForm } from "../ui/form";
import { SelectField } from "../ui/SelectField";
import { DELIMITERS, ENCODINGS, type DelimiterName } from "./csv";
import { REQUEST_TOO_LARGE } from "../api/http";
import { IMPORT_HISTORY } from "./ImportHistory";
import { upload } from "../api/upload";
import { inOwnWords } from "../api/faults";

const UPLOAD_LEAD_LIST = graphql(`
  mutation UploadLeadList($input: UploadLeadListInput!) {
    uploadLeadList(input: $input) {
      leadImport {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const ACCEPTED = [
  ".csv",
  ".xlsx",
  "text/csv",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
].join(",");
const GUESS = "";

export function UploadForm() {
  const { t } = useTranslation();
  const { session } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [encoding, setEncoding] = useState(GUESS);
  const [delimiter, setDelimiter] = useState(GUESS);
  const form = useForm(async () => {
    if (!file) return [{ field: "file", code: "REQUIRED", message: t("imports.upload.noFile") }];
    const input = { file, encoding: encoding || null, delimiter: delimiter || null };
    try {
      const { uploadLeadList } = await upload(UPLOAD_LEAD_LIST, { input }, session ?? undefined);
      if (uploadLeadList.leadImport) {
        await queryClient.invalidateQueries({ queryKey: [operationName(IMPORT_HISTORY)] });
        void navigate(`/imports/${encodeURIComponent(uploadLeadList.leadImport.id)}`);
      }
      // A file name too long is the file's fault.
      const errors = uploadLeadList.errors.map((error) =>
        error.field === "fileName" ? { ...error, field: "file" } : error,
      );
      return inOwnWords(t, "imports.faults", errors);
    } catch (error) {
      if (!(error instanceof ApiError && error.code === REQUEST_TOO_LARGE)) throw error;
      return inOwnWords(t, "imports.faults", [
        { field: "file", code: "TOO_LARGE", message: error.message },
      ]);
    }
  });
  return (
    <Form
      form={form}
      label={t("imports.upload.title")}
      submit={t("imports.upload.submit")}
      busy={t("imports.upload.busy")}
    >
      <Field
        label={t("imports.upload.file")}
        hint={t("imports.upload.fileHint")}
        type="file"
        accept={ACCEPTED}
        required
        fault={form.faults.file}
        onChange={(event) => setFile(event.target.files?.[0] ?? null)}
      />
      <fieldset className="imports-fieldset">
        <legend>{t("imports.upload.csvOnly")}</legend>
        <SelectField
          label={t("imports.upload.encoding")}
          value={encoding}
          options={[
            { value: GUESS, label: t("imports.upload.guess") },
            ...ENCODINGS.map((code) => ({
              value: code,
              label: t(`imports.csv.encodings.${code}`),
            })),
          ]}
          fault={form.faults.encoding}
          onChange={setEncoding}
        />
        <SelectField
          label={t("imports.upload.delimiter")}
          value={delimiter}
          options={[
            { value: GUESS, label: t("imports.upload.guess") },
            ...Object.entries(DELIMITERS).map(([name, value]) => ({
              value,
              label: t(`imports.csv.delimiters.${name as DelimiterName}`),
            })),
          ]}
          fault={form.faults.delimiter}
          onChange={setDelimiter}
        />
      </fieldset>
    </Form>
  );
}
