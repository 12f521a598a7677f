/** Every internal URL of the site in one place (trailing slashes: the export writes `x/index.html`). */

export const ruleHref = (slug: string) => `/rules/${encodeURIComponent(slug)}/`;
export const techniqueHref = (id: string) => `/attack/techniques/${id}/`;
export const tacticHref = (id: string) => `/attack/tactics/${id}/`;
export const indicatorHref = (id: string) => `/indicators/${id}/`;
export const rulesHref = '/rules/';
export const attackHref = '/attack/';

/** The base path the site is served under ('' at the root), for URLs built outside next/link. */
export const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
