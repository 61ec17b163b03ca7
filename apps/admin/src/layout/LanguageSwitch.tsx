import { Box } from '@mui/material';
import { useEffect, useRef } from 'react';
import { LocalesMenuButton, useStoreContext } from 'react-admin';
import { isAppLocale, LOCALES, rememberChosenLocale } from '../i18n';

/**
 * react-admin's language menu (中文 / English). A language picked here is remembered as the
 * user's own choice, which then wins over the staff member's profile language at the next login.
 * The menu items render in a portal, but React events still bubble through this wrapper.
 */
export const LanguageSwitch = () => {
  const store = useStoreContext();
  const picking = useRef(false);

  useEffect(
    () =>
      store.subscribe('locale', (value) => {
        if (picking.current && isAppLocale(value)) rememberChosenLocale(value);
        picking.current = false;
      }),
    [store],
  );

  return (
    <Box
      component="span"
      // On a phone the button drops its arrow, leaving the page's title more room in the app bar.
      sx={{ flexShrink: 0, '& .MuiButton-endIcon': { display: { xs: 'none', sm: 'inherit' } } }}
      onClickCapture={(event) => {
        if ((event.target as Element).closest?.('[role="menuitem"]')) picking.current = true;
      }}
    >
      <LocalesMenuButton languages={LOCALES} />
    </Box>
  );
};
