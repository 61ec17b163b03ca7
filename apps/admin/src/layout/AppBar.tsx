import { AppBar as RaAppBar, LoadingIndicator, TitlePortal } from 'react-admin';
import { LanguageSwitch } from './LanguageSwitch';

/**
 * The app bar: the menu button, the page's title (cut with an ellipsis when the screen is narrow, so that the
 * language switch and the user menu always fit, down to a 360 px phone), the language, reload, the user menu.
 */
export const AppBar = () => (
  <RaAppBar
    toolbar={
      <>
        <LanguageSwitch />
        <LoadingIndicator />
      </>
    }
  >
    {/* The title shrinks, and its inline-block (react-admin's configurable title) ends in an ellipsis. */}
    <TitlePortal sx={{ minWidth: 0, '& > *': { maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis', verticalAlign: 'bottom' } }} />
  </RaAppBar>
);
