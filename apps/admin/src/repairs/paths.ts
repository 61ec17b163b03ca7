/** The repair figures page (a custom route, with its own menu entry). */
export const REPAIR_FIGURES_PATH = '/repair-figures';
