import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/** A titled block of a show page. */
export const Section = ({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ mb: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 2, mb: 1 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
          {translate(title)}
        </Typography>
        {action}
      </Box>
      {children}
    </Box>
  );
};

/** The labelled fields of a show page, in a responsive grid. */
export const FieldGrid = ({ children }: { children: ReactNode }) => (
  <Box
    sx={{
      display: 'grid',
      gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', lg: 'repeat(4, 1fr)' },
      gap: 2,
      mb: 3,
    }}
  >
    {children}
  </Box>
);

/** A row of a form's inputs, in up to three columns on wide screens. */
export const FormRow = ({ children, columns = 2 }: { children: ReactNode; columns?: 1 | 2 | 3 | 4 }) => (
  <Box
    sx={{
      display: 'grid',
      gridTemplateColumns: { xs: '1fr', md: `repeat(${columns}, 1fr)` },
      columnGap: 2,
      width: '100%',
      maxWidth: 960,
    }}
  >
    {children}
  </Box>
);

/** The heading of a group of a form's inputs. */
export const FormHeading = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle2" color="text.secondary" sx={{ mt: 1, mb: 0.5 }}>
      {translate(title)}
    </Typography>
  );
};
