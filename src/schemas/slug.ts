/**
 * The identifiers of the contract: a sheet's file name (its address) and a chapter's. Lowercase
 * ASCII letters and digits, words joined by single hyphens.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
