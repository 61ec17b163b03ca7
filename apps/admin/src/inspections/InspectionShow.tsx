import { Box } from '@mui/material';
import { Title, useGetOne } from 'react-admin';
import { useParams } from 'react-router-dom';
import { useLocalized } from '../common/localized';
import { InspectionWalk } from './InspectionWalk';
import type { Inspection } from './types';

/** An inspection on its own page, titled by what is inspected: the same walk that move-in, custody and decoration embed. */
export const InspectionShow = () => {
  const { id } = useParams();
  const { title } = useLocalized();
  // The walk's own query: one request for both.
  const { data } = useGetOne<Inspection & { id: number }>('inspections', { id: Number(id) });
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: 1100 }}>
      <Title title={data ? title(data) : 'resources.inspections.name'} />
      <InspectionWalk inspectionId={Number(id)} />
    </Box>
  );
};
