import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { FJORDKRAFT, PAGE, leadImport, renderAs, stubFetch } from "./fixtures";

// A list as Excel on a Norwegian Windows saves it: Windows-1252, semicolons.
const WINDOWS_1252 = Uint8Array.from(
  "Navn;E-post;Mobil\r\nÅse Ødegård;ase@fjordkraft.example;412 34 567\r\n",
  (char) => char.charCodeAt(0),
);

function answered(body: unknown, status = 200, type = "application/graphql-response+json") {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return new Response(text, { status, headers: { "content-type": type } });
}

const DRAFT_PAGE = {
  ImportDetails: () => ({ node: leadImport({ id: "TGVhZEltcG9ydDoz", fileName: "kunder.csv" }) }),
  ImportChoices: () => ({ tenant: { sources: { edges: [] }, customFields: { edges: [] } } }),
  ImportPreview: () => ({
    node: { __typename: "LeadImport", id: "TGVhZEltcG9ydDoz", preview: [] },
  }),
  ImportTemplates: () => ({ tenant: { importTemplates: { pageInfo: PAGE, edges: [] } } }),
};

/** jsdom's File has no arrayBuffer(); its FileReader reads one. */
function bytesOf(file: File): Promise<ArrayBuffer> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.readAsArrayBuffer(file);
  });
}

function choose(file: File, label = "File") {
  fireEvent.change(screen.getByLabelText(label), { target: { files: [file] } });
}

describe("a new import", () => {
  it("sends the file as it is, by the multipart request spec, then maps it", async () => {
    const fetch = stubFetch(() =>
      answered({
        data: { uploadLeadList: { leadImport: { id: "TGVhZEltcG9ydDoz" }, errors: [] } },
      }),
    );
    renderAs(FJORDKRAFT, "/imports/new", DRAFT_PAGE);
    await screen.findByRole("heading", { level: 1, name: "New import" });
    choose(new File([WINDOWS_1252], "kunder.csv", { type: "text/csv" }));
    fireEvent.change(screen.getByLabelText("Delimiter"), { target: { value: ";" } });
    fireEvent.click(screen.getByRole("button", { name: "Upload" }));

    expect(
      await screen.findByRole("heading", { level: 1, name: "Import of kunder.csv" }),
    ).toBeTruthy();
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe("/graphql");
    expect(init?.method).toBe("POST");
    expect(init?.headers).toMatchObject({
      authorization: "Bearer t0k3n",
      "x-tenant-id": FJORDKRAFT,
    });
    const form = init?.body as FormData;
    const operations = JSON.parse(form.get("operations") as string);
    expect(operations.query).toContain("uploadLeadList(input: $input)");
    expect(operations.variables).toEqual({
      input: { file: null, encoding: null, delimiter: ";" },
    });
    expect(JSON.parse(form.get("map") as string)).toEqual({ "0": ["variables.input.file"] });
    const sent = form.get("0") as File;
    expect(sent.name).toBe("kunder.csv");
    expect(new Uint8Array(await bytesOf(sent))).toEqual(WINDOWS_1252);
  });

  it("shows a refused file beside it, in bokmål", async () => {
    stubFetch(() =>
      answered({
        data: {
          uploadLeadList: {
            leadImport: null,
            errors: [{ field: "file", code: "EMPTY_FILE", message: "The file is empty." }],
          },
        },
      }),
    );
    renderAs(FJORDKRAFT, "/imports/new", {}, "nb");
    await screen.findByRole("heading", { level: 1, name: "Ny import" });
    choose(new File([], "tom.csv", { type: "text/csv" }), "Fil");
    fireEvent.click(screen.getByRole("button", { name: "Last opp" }));
    const fault = await screen.findByText("Filen er tom.");
    expect(screen.getByLabelText("Fil").getAttribute("aria-describedby")).toContain(fault.id);
  });

  it("asks for a file before sending anything, and says when one is too large", async () => {
    const fetch = stubFetch(() =>
      answered("Request body too large; the limit is 209780736 bytes.", 413, "text/plain"),
    );
    renderAs(FJORDKRAFT, "/imports/new");
    const form = await screen.findByRole("form", { name: "New import" });
    fireEvent.click(within(form).getByRole("button", { name: "Upload" }));
    expect(await screen.findByText("Choose a file to upload.")).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();

    choose(new File(["Navn\n"], "stor.csv", { type: "text/csv" }));
    fireEvent.click(within(form).getByRole("button", { name: "Upload" }));
    expect(
      await screen.findByText("The file is too large: split it into smaller files."),
    ).toBeTruthy();
    expect(screen.queryByText("Choose a file to upload.")).toBeNull();
  });
});
