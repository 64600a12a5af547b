import { type AdminProfileUpdate, type Profile, profile, profileList } from "@mitai/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call } from "../../app/api";

const profilesKey = ["profiles"] as const;

export function useProfiles() {
  return useQuery({
    queryKey: profilesKey,
    queryFn: ({ signal }) => call("GET", "/profiles", profileList, { signal }),
  });
}

export function useUpdateProfileAsAdmin() {
  const queryClient = useQueryClient();
  return useMutation<Profile, Error, { id: string; body: AdminProfileUpdate }>({
    mutationFn: ({ id, body }) => call("PUT", `/profiles/${encodeURIComponent(id)}`, profile, { body }),
    onSuccess: (updated) => {
      queryClient.setQueryData<Profile[]>(profilesKey, (list) =>
        list?.map((entry) => (entry.id === updated.id ? updated : entry)),
      );
    },
  });
}

/** Matches a profile by name or e-mail, ignoring case. */
export function matchesProfile(entry: Pick<Profile, "name" | "email">, query: string): boolean {
  const needle = query.trim().toLowerCase();
  return (
    needle === "" || entry.name.toLowerCase().includes(needle) || entry.email.toLowerCase().includes(needle)
  );
}
