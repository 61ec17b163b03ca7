/** The complaint figures page (a custom route, with its own menu entry). */
export const COMPLAINT_FIGURES_PATH = '/complaint-figures';
