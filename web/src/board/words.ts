// The words of the pipeline board, in every language the app speaks.
import type { Catalogue } from "../i18n/catalogue";

export const en = {
  board: {
    title: "Pipeline",
    stages: "Stages of the funnel",
    filters: "Filter the board",
    owner: "Owner",
    everyone: "Everyone",
    mine: "Mine",
    source: "Source",
    allSources: "All sources",
    leadCount_one: "{{count, number}} lead",
    leadCount_other: "{{count, number}} leads",
    leadCountCapped: "{{count, number}} leads or more",
    winProbability: "Chance to win",
    total: "Total",
    weighted: "Weighted",
    partialSums_one: "The sums count only the {{count}} lead shown: show more to add the rest.",
    partialSums_other: "The sums count only the {{count}} leads shown: show more to add the rest.",
    empty: "No leads in this stage.",
    noOwner: "Nobody",
    expectedValue: "Expected value",
    noValue: "Not set",
    score: "Score",
    stageOf: "Stage of {{name}}",
    moving: "Moving…",
    drag: {
      handle: "Move {{name}}",
      role: "draggable lead",
      instructions:
        "Press space or enter to pick up the lead. Use the arrow keys to take it to the next or the previous stage, then press space or enter to drop it there, or escape to leave it where it was.",
      pickedUp: "Picked up {{name}}, in {{from}}.",
      over: "{{name}} is over {{to}}.",
      outside: "{{name}} is over no stage.",
      dropped: "{{name}} was dropped on {{to}}.",
      stays: "{{name}} stays in {{from}}.",
      cancelled: "Moving {{name}} was cancelled: it stays in {{from}}.",
    },
    ask: {
      win: "Mark {{name}} as won",
      lose: "Mark {{name}} as lost",
      disqualify: "Disqualify {{name}}",
      winSubmit: "Mark as won",
      loseSubmit: "Mark as lost",
      disqualifySubmit: "Disqualify",
      amount: "Amount won ({{currency}})",
      reason: "Reason",
      busy: "Saving…",
      cancel: "Cancel",
    },
    done: {
      move: "{{name}} is now in {{stage}}.",
      reopen: "{{name}} is open again, in {{stage}}.",
      win: "{{name}} was won, for {{amount}}.",
      lose: "{{name}} was marked as lost.",
      disqualify: "{{name}} was disqualified.",
    },
    refusals: {
      reopenFirst:
        "{{name}} is closed ({{from}}): move it to an open stage first, which reopens it.",
      notAnEnd:
        "The board closes a lead only as won, lost or disqualified, and {{to}} is none of these.",
      illegal:
        "The funnel does not let {{name}} go from {{from}} to {{to}}. Someone may have moved it meanwhile: the board now shows where it is.",
      amount: "Give an amount above 0 and below 1,000,000,000,000.",
      reason: "Give a reason of 1 to 500 characters.",
      amountFormat: "Write the amount as a number, such as 125000 or 125,000.50.",
    },
  },
};

export const nb: Catalogue<typeof en> = {
  board: {
    title: "Salgstrakt",
    stages: "Fasene i salgstrakten",
    filters: "Filtrer tavla",
    owner: "Eier",
    everyone: "Alle",
    mine: "Mine",
    source: "Kilde",
    allSources: "Alle kilder",
    leadCount_one: "{{count, number}} lead",
    leadCount_other: "{{count, number}} leads",
    leadCountCapped: "{{count, number}} leads eller flere",
    winProbability: "Vinnersjanse",
    total: "Sum",
    weighted: "Vektet",
    partialSums_one:
      "Summene gjelder bare {{count}} lead som vises: vis flere for å ta med resten.",
    partialSums_other:
      "Summene gjelder bare de {{count}} leadene som vises: vis flere for å ta med resten.",
    empty: "Ingen leads i denne fasen.",
    noOwner: "Ingen",
    expectedValue: "Forventet verdi",
    noValue: "Ikke satt",
    score: "Score",
    stageOf: "Fasen til {{name}}",
    moving: "Flytter …",
    drag: {
      handle: "Flytt {{name}}",
      role: "flyttbart lead",
      instructions:
        "Trykk mellomrom eller enter for å plukke opp leadet. Bruk piltastene for å ta det til neste eller forrige fase, og trykk mellomrom eller enter for å slippe det der, eller escape for å la det bli der det var.",
      pickedUp: "Plukket opp {{name}} fra {{from}}.",
      over: "{{name}} er over {{to}}.",
      outside: "{{name}} er ikke over noen fase.",
      dropped: "{{name}} ble sluppet i {{to}}.",
      stays: "{{name}} blir værende i {{from}}.",
      cancelled: "Flyttingen av {{name}} ble avbrutt: leadet blir værende i {{from}}.",
    },
    ask: {
      win: "Marker {{name}} som vunnet",
      lose: "Marker {{name}} som tapt",
      disqualify: "Diskvalifiser {{name}}",
      winSubmit: "Marker som vunnet",
      loseSubmit: "Marker som tapt",
      disqualifySubmit: "Diskvalifiser",
      amount: "Vunnet beløp ({{currency}})",
      reason: "Årsak",
      busy: "Lagrer …",
      cancel: "Avbryt",
    },
    done: {
      move: "{{name}} er nå i {{stage}}.",
      reopen: "{{name}} er åpnet igjen, i {{stage}}.",
      win: "{{name}} er vunnet, for {{amount}}.",
      lose: "{{name}} er markert som tapt.",
      disqualify: "{{name}} er diskvalifisert.",
    },
    refusals: {
      reopenFirst:
        "{{name}} er avsluttet ({{from}}): flytt leadet til en åpen fase først, så gjenåpnes det.",
      notAnEnd:
        "Tavla avslutter bare leads som vunnet, tapt eller diskvalifisert, og {{to}} er ingen av dem.",
      illegal:
        "Salgstrakten tillater ikke at {{name}} går fra {{from}} til {{to}}. Noen kan ha flyttet leadet i mellomtiden: tavla viser nå hvor det er.",
      amount: "Oppgi et beløp over 0 og under 1 000 000 000 000.",
      reason: "Oppgi en årsak på 1 til 500 tegn.",
      amountFormat: "Skriv beløpet som et tall, for eksempel 125 000 eller 125 000,50.",
    },
  },
};
