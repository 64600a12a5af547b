import { type Profile, type ProfileUpdate, profile } from "@mitai/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { call } from "../../app/api";
import { meKey } from "../../app/auth";
import { circumferenceKeys } from "../body/useCircumferences";
import { nutritionKeys } from "../nutrition/useNutrition";
import { weightKeys } from "../weight/useWeight";

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation<Profile, Error, ProfileUpdate>({
    mutationFn: (body) => call("PUT", "/profile", profile, { body }),
    onSuccess: (updated) => {
      queryClient.setQueryData(meKey, updated);
      // Height and goal change the BMI and the goal figures.
      void queryClient.invalidateQueries({ queryKey: weightKeys.stats });
      // Height and sex feed the waist-height ratio and the Navy estimate.
      void queryClient.invalidateQueries({ queryKey: circumferenceKeys.all });
      // The targets (and the time zone, which decides what "today" is) change every nutrition view.
      void queryClient.invalidateQueries({ queryKey: nutritionKeys.all });
    },
  });
}
