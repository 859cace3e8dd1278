/** A failure the client caused or must know about: a status, a stable code and a message for people. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string, code = 'bad_request') => new HttpError(400, code, message);
export const unauthorized = (message = 'sign in first', code = 'unauthorized') =>
  new HttpError(401, code, message);
export const forbidden = (message = 'you do not have permission for this', code = 'forbidden') =>
  new HttpError(403, code, message);
export const notFound = (message = 'not found', code = 'not_found') => new HttpError(404, code, message);
export const conflict = (message: string, code = 'conflict') => new HttpError(409, code, message);
