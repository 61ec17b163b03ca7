import { Box, Card, CardActionArea, CardContent } from '@mui/material';
import type { ReactNode } from 'react';
import { ListCards } from '../common/ListCards';
import { Link, RecordContextProvider } from 'react-admin';
import { AppointmentField, CategoryField, RepairKindField, RepairMarks, RepairStatusField, SerialField, WhereField } from './RepairFields';
import { repairRowSx, type RepairOrder } from './types';

/** One order as a card the thumb can hit anywhere: serial, category and status; where; the visit; register and marks. */
const RepairCard = ({ order }: { order: RepairOrder }) => (
  <RecordContextProvider value={order}>
    <Card variant="outlined" sx={repairRowSx(order)} data-testid="repair-card" data-serial={order.serial}>
      <CardActionArea component={Link} to={`/repairs/${order.id}/show`} sx={{ color: 'inherit' }}>
        <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 0.75, py: 1.5, '&:last-child': { pb: 1.5 } }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
            <SerialField />
            <CategoryField />
            <Box sx={{ flexGrow: 1 }} />
            <RepairStatusField />
          </Box>
          <WhereField />
          <AppointmentField />
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, flexWrap: 'wrap' }}>
            <RepairKindField />
            <RepairMarks />
          </Box>
        </CardContent>
      </CardActionArea>
    </Card>
  </RecordContextProvider>
);

/** The repair orders on a phone or a portrait tablet: cards instead of the register's table. */
export const RepairCards = ({ empty }: { empty: ReactNode }) => (
  <ListCards<RepairOrder> empty={empty} card={(order) => <RepairCard key={order.id} order={order} />} />
);
