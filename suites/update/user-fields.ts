/** The fields a user keeps through any PATCH, and the writable ones. */
export const fixedFields = ['userId', 'email', 'dateOfBirth', 'country'] as const;
export const writableFields = ['firstName', 'lastName', 'phoneNumber'] as const;
export const userFields = [...fixedFields, ...writableFields] as const;

/** Fields the 200 of a PATCH must carry (the rest may be left out). */
export const updatedUserRequired = new Set(['userId', 'email', 'firstName', 'lastName', 'status', 'updatedAt']);
/** Fields the 200 of a GET must carry. */
export const userRequired = new Set(['userId', 'email', 'firstName', 'lastName', 'status', 'createdAt', 'verificationStatus']);
