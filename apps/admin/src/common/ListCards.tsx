import { Box, CircularProgress, Stack } from '@mui/material';
import type { ReactNode } from 'react';
import { useListContext, type RaRecord } from 'react-admin';

/**
 * A list's page as a column of cards (on a phone or a portrait tablet, instead of a table): a spinner while
 * it loads, `empty` when there is nothing, else one card per record drawn by `card`.
 */
export const ListCards = <T extends RaRecord>({ empty, card }: { empty: ReactNode; card: (record: T) => ReactNode }) => {
  const { data, isPending } = useListContext<T>();
  if (isPending) {
    return (
      <Box sx={{ p: 2 }}>
        <CircularProgress size={24} />
      </Box>
    );
  }
  if (!data?.length) return <>{empty}</>;
  return (
    <Stack spacing={1} sx={{ p: 1 }}>
      {data.map(card)}
    </Stack>
  );
};
