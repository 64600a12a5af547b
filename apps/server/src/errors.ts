import type { ErrorCode } from "@mitai/shared";

/** A domain error: the error handler turns it into `{detail, code}` with its status. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | (string & {}),
    detail: string,
    readonly errors?: { path: string; message: string }[],
  ) {
    super(detail);
  }
}

export class NotFoundError extends AppError {
  constructor(what = "Entry") {
    super(404, "not_found", `${what} not found`);
  }
}

export class ConflictError extends AppError {
  constructor(code: string, detail: string) {
    super(409, code, detail);
  }
}

export class UnauthorizedError extends AppError {
  constructor(code: ErrorCode = "unauthorized", detail = "Not logged in or the session has ended") {
    super(401, code, detail);
  }
}

export class ForbiddenError extends AppError {
  constructor(code: string = "forbidden", detail = "Not allowed") {
    super(403, code, detail);
  }
}

export class BadRequestError extends AppError {
  constructor(code: string, detail: string) {
    super(400, code, detail);
  }
}

/** 422 for input that is well-formed but breaks a rule only the service can check. */
export class ValidationError extends AppError {
  constructor(path: string, message: string) {
    super(422, "validation_error", `${path} ${message}`, [{ path, message }]);
  }
}
