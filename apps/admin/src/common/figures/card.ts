/**
 * The card a figures page is drawn on. Its width is the page's, whatever its tables need (`contain: inline-size`):
 * a wide table scrolls sideways in its own box instead of widening the whole back office.
 */
export const FIGURES_CARD = { mt: 2, contain: 'inline-size' } as const;
