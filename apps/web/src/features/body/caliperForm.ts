import {
  type CaliperCreate,
  type CaliperEntry,
  type CaliperMethod,
  type CaliperSite,
  caliperCreate,
  caliperMethod,
  caliperSites,
  logDate,
  note,
  type Sex,
  sitesFor,
} from "@mitai/shared";
import { z } from "zod";
import { futureDateIssue, notAfter, optionalDecimalInput } from "../../lib/inputSchemas";
import { toInputNumber } from "../../lib/number";

/** What the caliper inputs hold: the method picked and every site as text (only the method's are shown). */
export type CaliperFormValues = { date: string; method: CaliperMethod; note: string } & Record<
  CaliperSite,
  string
>;

export const caliperFormFields = ["date", "method", ...caliperSites, "note"] as const;

const skinfold = optionalDecimalInput.pipe(caliperCreate.shape.chest.unwrap().unwrap());
const text = z.string();
const siteTexts = {
  chest: text,
  abdomen: text,
  thigh: text,
  triceps: text,
  suprailiac: text,
  axilla: text,
  subscapular: text,
  biceps: text,
  lowerBack: text,
  calf: text,
} satisfies Record<CaliperSite, z.ZodString>;

/**
 * The shared skinfold rules over text inputs for a profile's sex: the sites the chosen method
 * needs are required decimals in either language; the others are left out of the body (the
 * server refuses stray sites, and a site typed for another method may still sit in its input).
 */
export function caliperFormSchema(today: string, sex: Sex) {
  return z
    .object({
      date: logDate.refine(notAfter(today), futureDateIssue),
      method: caliperMethod,
      note: note.transform((text) => (text === "" ? null : text)),
    })
    .extend(siteTexts)
    .transform((v, ctx): CaliperCreate => {
      const body: CaliperCreate = { date: v.date, method: v.method, note: v.note };
      for (const site of sitesFor(v.method, sex)) {
        const parsed = skinfold.safeParse(v[site]);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: [site] });
        } else if (parsed.data === null) {
          ctx.addIssue({ code: "custom", path: [site], message: "required", params: { reason: "required" } });
        } else {
          body[site] = parsed.data;
        }
      }
      return body;
    });
}

export function emptyCaliperForm(today: string, method: CaliperMethod = "jp3"): CaliperFormValues {
  return {
    date: today,
    method,
    note: "",
    chest: "",
    abdomen: "",
    thigh: "",
    triceps: "",
    suprailiac: "",
    axilla: "",
    subscapular: "",
    biceps: "",
    lowerBack: "",
    calf: "",
  };
}

/** A saved measurement back in the inputs: its method, its sites in the locale's notation, its note. */
export function caliperFormValues(entry: CaliperEntry, locale: string): CaliperFormValues {
  const values = emptyCaliperForm(entry.date, entry.method);
  for (const site of caliperSites) values[site] = toInputNumber(entry.sites[site], locale, 1);
  values.note = entry.note ?? "";
  return values;
}
