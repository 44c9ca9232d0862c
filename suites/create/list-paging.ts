/** The default limit: a target surely takes it (LIST-LIMIT-ACCEPTED judges larger ones). */
export const pageLimit = 100;
/** Pages read forward at most (users added by others meanwhile push the end back). */
export const maxPages = 10;
