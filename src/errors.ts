// Typed errors: developers get the context named, the HTTP layer maps them to statuses.

/** An error with an HTTP status and a stable code, safe to show its message to a client. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The request is malformed or fails validation. */
export class BadRequestError extends AppError {
  constructor(message: string) {
    super(400, 'BadRequest', message);
  }
}

/** The caller is not allowed to do this (wrong or missing credentials for a resource). */
export class ForbiddenError extends AppError {
  constructor(message = 'Forbidden') {
    super(403, 'Forbidden', message);
  }
}

/** The thing asked for does not exist. */
export class NotFoundError extends AppError {
  constructor(message = 'Not found') {
    super(404, 'NotFound', message);
  }
}

/** The server is shutting down and takes no new work. */
export class ShuttingDownError extends AppError {
  constructor() {
    super(503, 'ShuttingDown', 'The server is shutting down');
  }
}
