import {
  type AuthResponse,
  authResponse,
  type Language,
  type LoginBody,
  type RegisterBody,
  type ResetPasswordBody,
} from "@mitai/shared";
import { useMutation } from "@tanstack/react-query";
import { call, callVoid } from "../../app/api";

export function useLogin() {
  return useMutation<AuthResponse, Error, LoginBody>({
    mutationFn: (body) => call("POST", "/auth/login", authResponse, { body }),
  });
}

export function useRegister() {
  return useMutation<void, Error, RegisterBody & { language: Language; timeZone: string }>({
    mutationFn: (body) => callVoid("POST", "/auth/register", { body }),
  });
}

export function useVerify() {
  return useMutation<AuthResponse, Error, string>({
    mutationFn: (token) => call("POST", "/auth/verify", authResponse, { body: { token } }),
  });
}

export function useForgotPassword() {
  return useMutation<void, Error, string>({
    mutationFn: (email) => callVoid("POST", "/auth/forgot-password", { body: { email } }),
  });
}

export function useResetPassword() {
  return useMutation<void, Error, ResetPasswordBody>({
    mutationFn: (body) => callVoid("POST", "/auth/reset-password", { body }),
  });
}

export function useResendVerification() {
  return useMutation<void, Error, string>({
    mutationFn: (email) => callVoid("POST", "/auth/resend-verification", { body: { email } }),
  });
}
