/** The page to start the day on (supervisors and the director). */
export const TODAY_PATH = '/today';
/** The front-desk records of one day (the daily review's link): `/front-desk/YYYY-MM-DD`. */
export const FRONT_DESK_PATH = '/front-desk/:day';
export const frontDeskPath = (day: string) => `/front-desk/${day}`;
