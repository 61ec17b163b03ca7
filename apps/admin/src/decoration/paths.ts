/** The decoration figures page (a custom route, with its own menu entry). */
export const DECORATION_FIGURES_PATH = '/decoration-figures';
