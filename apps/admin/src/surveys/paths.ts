/** The satisfaction figures (a custom route with its own menu entry). */
export const SURVEY_FIGURES_PATH = '/survey-figures';
/** The resident's answer page behind an SMS link: outside the signed-in back office (no layout, no sign-in). */
export const SURVEY_ANSWER_PATH = '/survey/:token';
