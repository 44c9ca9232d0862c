/*
 * The parts of a pact file (V2 to V4) the project reads. V4 wraps bodies as
 * `{ content, contentType, encoded }` and lists header values as arrays;
 * earlier versions hold the raw body and single header strings.
 */

export interface PactBody {
  content?: unknown;
  contentType?: string;
  encoded?: boolean | string;
}

export interface PactRequest {
  method: string;
  path: string;
  query?: Record<string, string | string[]> | string;
  headers?: Record<string, string | string[]>;
  body?: PactBody | unknown;
}

export interface PactResponse {
  status: number;
  headers?: Record<string, string | string[]>;
  body?: PactBody | unknown;
}

export interface PactInteraction {
  description: string;
  type?: string;
  providerState?: string;
  providerStates?: { name: string; params?: Record<string, unknown> }[];
  request: PactRequest;
  response: PactResponse;
}

export interface PactFile {
  consumer: { name: string };
  provider: { name: string };
  interactions: PactInteraction[];
  metadata?: { pactSpecification?: { version?: string } };
}
