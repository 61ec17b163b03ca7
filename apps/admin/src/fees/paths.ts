/** The fee figures page (a custom route, with its own menu entry). */
export const FEE_FIGURES_PATH = '/fee-figures';
