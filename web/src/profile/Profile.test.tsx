import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { OWNER_ME, logInAs, renderApp } from "../testing";

describe("the profile", () => {
  it("keeps the language chosen, and the app speaks it at once", async () => {
    logInAs("t0k3n", "VGVuYW50OjE=");
    let language: string | null = null;
    const { asked } = renderApp("/profile", {
      Me: () => ({ me: { ...OWNER_ME.me, language } }),
      UpdateProfile: ({ input }: { input: { language: string | null } }) => {
        language = input.language;
        return { updateProfile: { me: { language }, errors: [] } };
      },
    });
    fireEvent.change(await screen.findByLabelText("Language"), { target: { value: "nb" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));

    expect(await screen.findByRole("heading", { name: "Din profil" })).toBeTruthy();
    expect(asked.find((a) => a.operation === "UpdateProfile")?.variables).toEqual({
      input: { name: "Åse Ødegård", language: "NB" },
    });
    expect(localStorage.getItem("leadhub.language")).toBe("nb");
    expect(screen.getByRole("link", { name: "Personer" })).toBeTruthy();
  });

  it("follows the language kept in the profile, whatever this browser last said", async () => {
    localStorage.setItem("leadhub.language", "en");
    logInAs("t0k3n", "VGVuYW50OjE=");
    renderApp("/", { Me: () => ({ me: { ...OWNER_ME.me, language: "NB" } }) });
    expect(await screen.findByText("Tallene gjelder alle leadene i firmaet.")).toBeTruthy();
  });

  it("shows a refused name beside it", async () => {
    logInAs("t0k3n", "VGVuYW50OjE=");
    renderApp("/profile", {
      Me: () => OWNER_ME,
      UpdateProfile: () => ({
        updateProfile: {
          me: null,
          errors: [{ field: "name", code: "INVALID", message: "Give a name of 1 to 200." }],
        },
      }),
    });
    fireEvent.change(await screen.findByLabelText("Your name"), { target: { value: " " } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Give a name of 1 to 200.")).toBeTruthy();
    expect(screen.queryByText("Saved.")).toBeNull();
  });
});
