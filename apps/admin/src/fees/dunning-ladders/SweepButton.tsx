import TravelExploreIcon from '@mui/icons-material/TravelExplore';
import { Button, useCanAccess, useDataProvider } from 'react-admin';
import { useAsyncAction } from '../../common/useAsyncAction';
import type { EstateDataProvider } from '../../dataProvider';

/**
 * "Look for arrears now" (managers and the internal clerk): the daily sweep that opens a ladder for each household in
 * arrears, started at once. New ladders show in the list a moment later.
 */
export const SweepButton = () => {
  const api = useDataProvider<EstateDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'dunning-ladders', action: 'sweep' });
  const { run, pending } = useAsyncAction(() => api.sweepLadders(), { successMessage: 'estate.ladders.sweep_started' });
  if (!canAccess) return null;
  return (
    <Button label="estate.ladders.sweep" variant="outlined" disabled={pending} onClick={() => void run()}>
      <TravelExploreIcon />
    </Button>
  );
};
