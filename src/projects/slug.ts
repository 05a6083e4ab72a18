// URL-safe slugs from project names: lowercase ASCII letters, digits and single hyphens.

const SLUG_BASE_MAX = 100;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Slugs that would be shadowed by a fixed route under /api/projects/. */
const RESERVED = new Set(["stats"]);

export function isUuid(s: string): boolean {
  return UUID_RE.test(s);
}

export function slugify(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // accents dropped: "Café" -> "cafe"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_BASE_MAX)
    .replace(/-+$/g, "");
  if (!base) return "project";
  // A slug must never be mistaken for an id or a fixed route by GET /api/projects/:idOrSlug.
  if (RESERVED.has(base) || isUuid(base)) return `project-${base}`.slice(0, SLUG_BASE_MAX + 8);
  return base;
}
