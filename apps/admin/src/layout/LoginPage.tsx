import { Box, Typography } from '@mui/material';
import { Login, LoginForm, useTranslate } from 'react-admin';
import { DocumentTitle } from './DocumentTitle';
import { LanguageSwitch } from './LanguageSwitch';

const Heading = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', px: 2 }}>
      <Typography variant="h6">{translate('estate.app.title')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('estate.app.subtitle')}
      </Typography>
    </Box>
  );
};

/** react-admin's own login form (username, password, submit) with the product name and the language switch. */
export const LoginPage = () => (
  <Login>
    <DocumentTitle />
    <Heading />
    <LoginForm />
    <Box sx={{ display: 'flex', justifyContent: 'center', pb: 1 }}>
      <LanguageSwitch />
    </Box>
  </Login>
);
