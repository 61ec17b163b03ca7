import { defaultTheme, type RaThemeOptions } from 'react-admin';

/**
 * react-admin's default theme, with what every autocomplete says in the UI's language: Material UI's own
 * "No options" and "Loading…" are English only (react-admin translates these keys).
 */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  components: {
    ...defaultTheme.components,
    RaAutocompleteInput: {
      defaultProps: { noOptionsText: 'estate.common.no_options', loadingText: 'estate.common.searching' },
    },
  },
};
