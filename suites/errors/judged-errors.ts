/**
 * Whether the errors area judges the body of an answer with this status: a 4xx, but not
 * 413 and 415 (the contract exempts them, a proxy or framework may answer them) nor 429
 * (a rate limit, waited out, never reported).
 */
export function isJudgedError(status: number | undefined): status is number {
  return status !== undefined && status >= 400 && status <= 499 && status !== 413 && status !== 415 && status !== 429;
}
