/**
 * The privacy notice candidates see before applying. The version is stored with each application
 * (by the application form) so we can tell which wording a candidate agreed to; change it
 * whenever the wording of app/privacy changes.
 */
export const PRIVACY_NOTICE_VERSION = "2026-11-28";

/** How long applicant data is kept after the last activity on it, unless erasure is requested first. */
export const APPLICANT_DATA_RETENTION_DAYS = 365;
