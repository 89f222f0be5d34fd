// The only inline scripts pages may contain. Their text is constant (never varies per page or
// build day) so the Content-Security-Policy can allow them by hash (lib/deploy/headers.ts), and the
// build fails on any other inline script (lib/export/inline-script-guard.ts).

/** localStorage key of the reader's colour scheme (auto, light or dark), as Mantine names it. */
export const COLOR_SCHEME_KEY = 'mantine-color-scheme-value';

/** localStorage key holding the id of the announcement the reader dismissed. */
export const DISMISSED_KEY = 'prometheus-announcement-dismissed';

/**
 * Sets data-mantine-color-scheme before first paint: the stored light or dark, otherwise (auto,
 * nothing stored, no storage) the system setting. Mantine's ColorSchemeScript with
 * defaultColorScheme="auto" does the same; ours is a constant so its hash cannot drift.
 */
export const COLOR_SCHEME_SCRIPT = `try{var s=localStorage.getItem("${COLOR_SCHEME_KEY}");if(s!=="light"&&s!=="dark")s=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light";document.documentElement.setAttribute("data-mantine-color-scheme",s)}catch(e){}`;

/**
 * Hides a dismissed announcement before first paint; the announcement id comes from the
 * script element's data-announcement attribute, so the text is the same for every announcement.
 */
export const ANNOUNCEMENT_SCRIPT = `try{if(localStorage.getItem("${DISMISSED_KEY}")===document.currentScript.dataset.announcement)document.documentElement.setAttribute("data-announcement-dismissed","")}catch(e){}`;

/** Every inline script a page may run. */
export const INLINE_SCRIPTS: readonly string[] = [COLOR_SCHEME_SCRIPT, ANNOUNCEMENT_SCRIPT];
