/**
 * The reference server's deliberate faults. Each switches on ONE realistic
 * bug; `rule` is the contract rule it breaks, `description` the one
 * behaviour it changes. The suite proves itself by catching every one.
 */
export type FaultName =
  | '500-on-malformed-json'
  | 'deep-json-500'
  | 'offset-needs-limit'
  | 'email-tag-normalized'
  | 'names-nfc-normalized'
  | 'request-charset-rejected'
  | 'wrong-content-type'
  | 'timestamps-without-timezone'
  | 'create-returns-200'
  | 'trim-names'
  | 'lowercase-email'
  | 'create-status-active'
  | 'no-location-header'
  | 'reject-non-latin-names'
  | 'truncate-names-50'
  | 'list-omits-last'
  | 'filter-after-paging'
  | 'filter-offset-over-all'
  | 'duplicate-email-allowed'
  | 'duplicate-email-race'
  | 'user-id-collision'
  | 'duplicate-invalid-500'
  | 'email-unique-case-sensitive'
  | 'dob-optional'
  | 'phone-null-accepted'
  | 'email-loose-check'
  | 'blank-names-accepted'
  | 'date-not-calendar-checked'
  | 'country-case-insensitive'
  | 'phone-16-digits-accepted'
  | 'phone-unicode-digits'
  | 'date-unicode-digits'
  | 'email-upper-domain-rejected'
  | 'unknown-fields-ignored'
  | 'client-status-honoured'
  | 'persist-before-validate'
  | 'malformed-json-422'
  | 'ignore-content-type'
  | 'unknown-user-returns-empty-200'
  | 'user-id-case-insensitive'
  | 'malformed-id-422'
  | 'patch-clears-unsent'
  | 'patch-not-persisted'
  | 'patch-lost-update'
  | 'patch-rebases-on-original'
  | 'updated-at-timezone-shift'
  | 'updated-at-unchanged'
  | 'updated-at-kept-without-change'
  | 'updated-at-stops-after-3'
  | 'patch-activates-user'
  | 'get-omits-verification-status'
  | 'get-closed-404'
  | 'patch-echoes-old-values'
  | 'empty-patch-200'
  | 'patch-email-allowed'
  | 'patch-skips-validation'
  | 'patch-partial-apply'
  | 'patch-unknown-creates'
  | 'patch-unknown-invalid-500'
  | 'updated-user-unlisted'
  | 'default-limit-20'
  | 'limit-max-500'
  | 'limit-clamped'
  | 'offset-parse-int'
  | 'query-int-lenient'
  | 'offset-past-end-returns-last-page'
  | 'metadata-offset-always-0'
  | 'list-newest-first'
  | 'offset-off-by-one'
  | 'total-is-page-count'
  | 'status-uppercase'
  | 'status-filter-ignored'
  | 'closed-excluded-from-total'
  | 'unknown-status-ignored'
  | 'plain-text-404'
  | 'errors-plain-json'
  | '422-without-errors';

export interface Fault {
  /** The contract rule the fault breaks. */
  rule: string;
  /** The one behaviour it changes. */
  description: string;
}

export const faults: Record<FaultName, Fault> = {
  '500-on-malformed-json': {
    rule: 'A target MUST NOT answer any request of the suite with a 5xx; a body that is not JSON gets 400.',
    description: 'A POST or PATCH body that is not valid JSON crashes the handler: 500.',
  },
  'deep-json-500': {
    rule: 'A target MUST NOT answer any request of the suite with a 5xx; a JSON object that breaks a field rule gets 422.',
    description: 'A body nesting arrays or objects over 1,000 deep crashes the handler (a recursive parser): 500.',
  },
  'email-tag-normalized': {
    rule: 'email is unique compared case-insensitively: only an e-mail already used by another user gets 409.',
    description: 'E-mails are compared without +tags and without the dots of the local part, so a+x@example.com is taken once a@example.com exists.',
  },
  'names-nfc-normalized': {
    rule: 'firstName and lastName are stored and returned exactly as sent.',
    description: 'Names are stored in Unicode NFC: a decomposed Zoe + U+0308 comes back as Zoë.',
  },
  'offset-needs-limit': {
    rule: 'offset defaults to 0 and limit to 100, each whether or not the other is given; metadata shows the values in effect.',
    description: 'An offset sent without a limit is ignored (offset 0 in effect and in metadata).',
  },
  'request-charset-rejected': {
    rule: 'Request bodies are JSON (application/json, a charset parameter allowed).',
    description: 'A Content-Type with any parameter, such as application/json; charset=utf-8, is refused with 415.',
  },
  'wrong-content-type': {
    rule: 'Responses of every documented operation MUST carry a JSON content type.',
    description: 'A successful GET /v1/users/{userId} is sent as text/plain (the body is still JSON text).',
  },
  'timestamps-without-timezone': {
    rule: 'createdAt and updatedAt are RFC 3339 date-times (T separator, an offset or Z).',
    description: "createdAt and updatedAt are rendered as '2024-01-01 10:00:00' (space, no offset) in every response.",
  },
  'create-returns-200': {
    rule: 'POST /v1/users success is 201.',
    description: 'A successful create answers 200 instead of 201.',
  },
  'trim-names': {
    rule: 'firstName and lastName are stored and returned exactly as sent (no trimming).',
    description: 'firstName and lastName are trimmed before they are stored and echoed.',
  },
  'lowercase-email': {
    rule: 'On create, the echoed fields MUST equal what was sent.',
    description: 'The e-mail is lower-cased before it is stored and echoed.',
  },
  'create-status-active': {
    rule: 'A new user\'s status MUST be pending_verification.',
    description: 'New users are created with status active.',
  },
  'no-location-header': {
    rule: 'A 201 SHOULD carry a Location header pointing at /v1/users/{userId}.',
    description: 'The 201 of a create carries no Location header.',
  },
  'reject-non-latin-names': {
    rule: 'Letters of any script MUST be accepted in firstName and lastName.',
    description: "Names with characters outside [A-Za-z' -] are rejected with 422.",
  },
  'truncate-names-50': {
    rule: 'Names of up to 100 code points are stored and returned exactly as sent; a later GET shows the same values.',
    description: 'Stored names are cut to 50 code units (the 201 echo still shows the full input; GET and the list show the cut value).',
  },
  'list-omits-last': {
    rule: 'users.length is min(limit, max(0, total - offset)); a new user MUST be listed by GET /v1/users.',
    description: 'The list never shows the last user of the (filtered) collection, but total still counts it.',
  },
  'filter-after-paging': {
    rule: 'users.length is min(limit, max(0, total - offset)), also with a status filter.',
    description: 'With status, the page is cut from all users and then filtered: pages come out short (total counts the filtered users).',
  },
  'filter-offset-over-all': {
    rule: 'Consecutive pages neither overlap nor leave gaps, also with a status filter.',
    description: 'With status, the offset counts users of any status and the filter then fills the page: filtered pages overlap.',
  },
  'duplicate-email-allowed': {
    rule: 'E-mail already used by another user: 409, and no user is created.',
    description: 'No uniqueness check on e-mail: a duplicate is created (201).',
  },
  'duplicate-email-race': {
    rule: 'E-mail unique across users: 409 for an e-mail already used, also when two creates with it arrive at once.',
    description: 'The uniqueness check and the insert are apart (an await between them, as with a database read then write): concurrent creates with one e-mail all succeed.',
  },
  'user-id-collision': {
    rule: 'userId is assigned by the server and never changes; a new user MUST then be readable with GET.',
    description: 'A create reads the next free id before an await and inserts after it (as with SELECT max(id) + 1, then INSERT): concurrent creates get one id, and the later user takes it over.',
  },
  'duplicate-invalid-500': {
    rule: 'A duplicate e-mail in an otherwise invalid body: 409 or 422 (the suite accepts either); never a 5xx.',
    description: 'An invalid body whose e-mail is already used reaches the insert, and the unique-index error escapes as a 500.',
  },
  'email-unique-case-sensitive': {
    rule: 'E-mail is unique across users, compared case-insensitively.',
    description: 'E-mail uniqueness is compared case-sensitively, so USER@example.com is created next to user@example.com.',
  },
  'dob-optional': {
    rule: 'dateOfBirth is required on create; a required field missing is 422.',
    description: 'dateOfBirth is not required on create.',
  },
  'phone-null-accepted': {
    rule: 'phoneNumber is a string; null is a wrong type (422).',
    description: 'phoneNumber: null is accepted (treated as absent) on create and update.',
  },
  'email-loose-check': {
    rule: 'email MUST reject no @ or more than one, an empty part, white space.',
    description: "E-mail is only checked for containing '@' (so 'a b@x.com' and 'a@@b.com' pass); the 254 cap stays.",
  },
  'blank-names-accepted': {
    rule: 'firstName and lastName are not blank (not only white space).',
    description: 'Names of only white space are accepted.',
  },
  'date-not-calendar-checked': {
    rule: 'dateOfBirth is a real calendar date from 1900-01-01 up to today (UTC).',
    description: 'dateOfBirth is checked by /^\\d{4}-\\d{2}-\\d{2}$/ only (2021-02-30, 1899-12-31 and future dates pass).',
  },
  'country-case-insensitive': {
    rule: "country is upper case, ^[A-Z]{2}$; MUST reject 'us'.",
    description: 'Lower-case country codes are accepted (and upper-cased).',
  },
  'phone-16-digits-accepted': {
    rule: 'phoneNumber is E.164, ^\\+[1-9][0-9]{1,14}$ (2 to 15 digits).',
    description: 'The phone pattern allows up to 16 digits.',
  },
  'phone-unicode-digits': {
    rule: 'phoneNumber is E.164, ^\\+[1-9][0-9]{1,14}$ ([0-9]: ASCII digits).',
    description: "The phone check takes a digit of any script as a digit (a Unicode-aware \\d): '+١٢٣٤٥٦٧' and '+１２３４５６７' pass.",
  },
  'date-unicode-digits': {
    rule: 'dateOfBirth is YYYY-MM-DD in ASCII digits.',
    description: "dateOfBirth digits of any script are read as their values (a Unicode-aware \\d, then int()): '١٩٩٠-٠١-٠١' passes as 1990-01-01.",
  },
  'email-upper-domain-rejected': {
    rule: 'email MUST accept a domain of labels of letters (either case), digits and inner hyphens.',
    description: "On create, an e-mail with an upper-case letter in its domain ('ann@Mail.EXAMPLE.COM') is rejected with 422.",
  },
  'unknown-fields-ignored': {
    rule: 'On create, a field that is not writable (userId, status, createdAt, updatedAt, verificationStatus, unknown names) is 422.',
    description: 'Unknown and non-writable fields on create are silently dropped (201); a sent status is still ignored.',
  },
  'client-status-honoured': {
    rule: 'A client can never set its own status: a sent status is 422, and a new user is pending_verification.',
    description: 'A status sent on create is accepted and stored.',
  },
  'persist-before-validate': {
    rule: 'A body that breaks a field rule gets 422, and no user is created.',
    description: 'On create the e-mail is reserved before validation, so after a rejected (422) body a valid create with that e-mail gets 409.',
  },
  'malformed-json-422': {
    rule: 'A body that is not JSON, or JSON that is not an object: 400.',
    description: 'Bodies that are not JSON or not JSON objects get 422 instead of 400 (create and update).',
  },
  'ignore-content-type': {
    rule: 'A request with a non-JSON content type, or none: 400 or 415.',
    description: 'The request content type is not checked: text/plain or none with a JSON body is processed normally.',
  },
  'unknown-user-returns-empty-200': {
    rule: 'GET of an id that no user has: 404.',
    description: 'GET of an unknown (well-formed) id answers 200 {}.',
  },
  'user-id-case-insensitive': {
    rule: 'GET of an id that no user has: 404 (ids are case-sensitive strings).',
    description: 'GET looks ids up ignoring case (as under a _ci collation): usr_000000000A answers 200 with user usr_000000000a.',
  },
  'malformed-id-422': {
    rule: 'An id that does not match the userId pattern: 404 or 400.',
    description: 'GET and PATCH of an id off the pattern answer 422.',
  },
  'patch-clears-unsent': {
    rule: 'PATCH: fields not sent keep their values.',
    description: 'PATCH replaces the writable fields: phoneNumber is removed when not sent.',
  },
  'patch-not-persisted': {
    rule: 'PATCH: a later GET shows the same values as the 200.',
    description: 'PATCH answers with the new values but does not store them.',
  },
  'patch-lost-update': {
    rule: 'PATCH: fields not sent keep their values, also when two PATCHes of one user arrive at once.',
    description: 'PATCH reads the whole user, awaits (a remote check), then writes the whole record back with nothing held: of two concurrent PATCHes of different fields, one change is lost.',
  },
  'patch-rebases-on-original': {
    rule: 'PATCH: fields not sent keep their values, including values an earlier PATCH set.',
    description: 'Each PATCH is applied to the user as it was before its first PATCH, so a second PATCH undoes the first one (the first PATCH of a user is right).',
  },
  'updated-at-timezone-shift': {
    rule: 'updatedAt is never earlier than it was before the update, nor than createdAt.',
    description: 'updatedAt after PATCH is set one hour in the past (local time written as Z).',
  },
  'updated-at-unchanged': {
    rule: 'PATCH: updatedAt SHOULD be strictly later than before.',
    description: 'PATCH does not change updatedAt.',
  },
  'updated-at-kept-without-change': {
    rule: 'PATCH: updatedAt SHOULD be strictly later than before (any successful update, also one that sends the values the user has).',
    description: 'A PATCH whose values equal the stored ones leaves updatedAt where it was.',
  },
  'updated-at-stops-after-3': {
    rule: 'PATCH: updatedAt SHOULD be strictly later than before, on every update.',
    description: "From a user's 4th PATCH on, updatedAt no longer moves.",
  },
  'patch-activates-user': {
    rule: 'PATCH: fields not sent keep their values (status among them).',
    description: 'A PATCH sets the user active.',
  },
  'get-omits-verification-status': {
    rule: 'GET /v1/users/{userId}: 200 with at least userId, email, firstName, lastName, status, createdAt, verificationStatus.',
    description: 'GET of a user answers without verificationStatus.',
  },
  'get-closed-404': {
    rule: 'GET /v1/users/{userId} success: 200; the list shows users that exist.',
    description: 'GET of a closed user answers 404, as if closed users were deleted, while the list still shows them.',
  },
  'patch-echoes-old-values': {
    rule: 'PATCH: 200 with a body showing the new values.',
    description: 'PATCH stores the change but answers with the user as it was before.',
  },
  'empty-patch-200': {
    rule: 'PATCH: at least one writable field must be sent; an empty object is 422.',
    description: 'An empty PATCH ({}) answers 200 with the unchanged user.',
  },
  'patch-email-allowed': {
    rule: 'PATCH: email is not writable (422, user unchanged).',
    description: 'PATCH accepts email and changes it.',
  },
  'patch-skips-validation': {
    rule: 'PATCH: a value that breaks a field rule is 422, and the user is left unchanged.',
    description: 'PATCH stores firstName, lastName and phoneNumber without checking their values (only that they are strings).',
  },
  'patch-partial-apply': {
    rule: 'PATCH: on 422 the user is left unchanged.',
    description: 'PATCH applies the valid fields before an invalid one triggers 422.',
  },
  'patch-unknown-creates': {
    rule: 'PATCH of an unknown user: 404.',
    description: 'PATCH of an unknown well-formed id answers 200 and creates a user under that id (upsert).',
  },
  'patch-unknown-invalid-500': {
    rule: 'A bad body for an unknown id: 404 or 422 (the suite accepts either); never a 5xx.',
    description: 'PATCH of an unknown id with an invalid JSON body crashes (500): the rejected fields are described from a stored user that is not there.',
  },
  'updated-user-unlisted': {
    rule: 'A user MUST be listed by GET /v1/users; a later GET shows the same values (also after PATCHes).',
    description: 'After its second successful PATCH a user drops out of the list and of metadata.total (a re-index removes it and never puts it back); GET still reads it.',
  },
  'default-limit-20': {
    rule: 'limit defaults to 100.',
    description: 'limit defaults to 20.',
  },
  'limit-max-500': {
    rule: 'limit is an integer from 1 to 1000.',
    description: 'A limit over 500 is rejected with 400.',
  },
  'limit-clamped': {
    rule: 'limit 0 or 1001: 400.',
    description: 'limit 0 becomes 1 and a limit over 1000 becomes 1000 (200) instead of 400.',
  },
  'offset-parse-int': {
    rule: "offset is a plain decimal integer >= 0; '-1', '1.5', 'abc' or an empty value: 400.",
    description: "offset is read with parseInt: '1.5' is 1, 'abc' and empty are 0, negatives are 0.",
  },
  'query-int-lenient': {
    rule: "limit and offset are written in plain decimal; any other value ('1_0', ' 5', '٥'): 400.",
    description: "limit and offset are read as Python's int() reads them: surrounding white space, '_' between digits and digits of any script are taken (' 5', '1_0', '٥' are 5, 10, 5).",
  },
  'offset-past-end-returns-last-page': {
    rule: 'An offset at or past total gives an empty page.',
    description: 'An offset at or past total returns the last limit users.',
  },
  'metadata-offset-always-0': {
    rule: 'metadata.offset is the offset in effect.',
    description: 'metadata.offset is always 0.',
  },
  'list-newest-first': {
    rule: 'The list is ordered by createdAt ascending, ties broken by userId ascending.',
    description: 'The list is ordered by createdAt descending.',
  },
  'offset-off-by-one': {
    rule: 'Consecutive pages neither overlap nor leave gaps.',
    description: 'The page starts at offset + 1 (one user skipped) when offset > 0.',
  },
  'total-is-page-count': {
    rule: 'metadata.total counts every user that matches the filter.',
    description: 'metadata.total is the number of users on the page.',
  },
  'status-uppercase': {
    rule: 'status is one of pending_verification, active, suspended, closed.',
    description: 'status is rendered upper case (PENDING_VERIFICATION) in every response.',
  },
  'status-filter-ignored': {
    rule: 'With status, every listed user has that status.',
    description: 'The status query parameter is checked but not applied.',
  },
  'closed-excluded-from-total': {
    rule: 'The totals of the four statuses add up to the unfiltered total.',
    description: 'The unfiltered list leaves closed users out of users and total (the closed filter still works).',
  },
  'unknown-status-ignored': {
    rule: 'An unknown status value: 400.',
    description: 'An unknown status value is ignored (no filter, 200).',
  },
  'plain-text-404': {
    rule: 'Every 4xx body but 413 and 415 MUST be a JSON object.',
    description: "404 bodies are 'Not Found' as text/plain.",
  },
  'errors-plain-json': {
    rule: 'A 4xx body SHOULD be an RFC 9457 problem document (application/problem+json, status, title).',
    description: 'Error bodies are {"error": "..."} as application/json.',
  },
  '422-without-errors': {
    rule: 'A 422 SHOULD name each offending field in an errors array ({field, message}).',
    description: '422 problem documents carry no errors array.',
  },
};

/** The fault names, in table order. */
export const faultNames = Object.keys(faults) as FaultName[];
