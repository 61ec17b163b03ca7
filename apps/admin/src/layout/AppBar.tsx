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
    <TitlePortal sx={{ minWidth: 0 }} />
  </RaAppBar>
);
