import { Box } from '@mui/material';
import { useParams } from 'react-router-dom';
import { InspectionWalk } from './InspectionWalk';

/** An inspection on its own page: the same walk that move-in, custody and decoration embed. */
export const InspectionShow = () => {
  const { id } = useParams();
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: 1100 }}>
      <InspectionWalk inspectionId={Number(id)} />
    </Box>
  );
};
