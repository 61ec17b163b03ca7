import { AppBar as RaAppBar, LoadingIndicator, TitlePortal } from 'react-admin';
import { LanguageSwitch } from './LanguageSwitch';

export const AppBar = () => (
  <RaAppBar
    toolbar={
      <>
        <LanguageSwitch />
        <LoadingIndicator />
      </>
    }
  >
    <TitlePortal />
  </RaAppBar>
);
