import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Collapse, List, ListItemButton, ListItemIcon, ListItemText } from '@mui/material';
import type { ReactElement, ReactNode } from 'react';
import { useSidebarState, useStore, useTranslate } from 'react-admin';

/**
 * A group of menu entries under a heading that folds (the fee pages). The heading remembers
 * whether it is open; with the sidebar collapsed to icons, the entries show without it.
 */
export const MenuGroup = ({ name, label, icon, children }: { name: string; label: string; icon: ReactElement; children: ReactNode }) => {
  const translate = useTranslate();
  const [sidebarOpen] = useSidebarState();
  const [open, setOpen] = useStore(`menu.${name}.open`, true);
  if (!sidebarOpen) return <>{children}</>;
  return (
    <>
      <ListItemButton onClick={() => setOpen(!open)} sx={{ py: 0.75 }} aria-expanded={open} data-testid={`menu-group-${name}`}>
        <ListItemIcon sx={{ minWidth: 40 }}>{icon}</ListItemIcon>
        <ListItemText primary={translate(label)} slotProps={{ primary: { sx: { fontWeight: 600 } } }} />
        {open ? <ExpandLessIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
      </ListItemButton>
      <Collapse in={open} timeout="auto" unmountOnExit>
        <List component="div" disablePadding sx={{ '& .RaMenuItemLink-root': { pl: 3.5 } }}>
          {children}
        </List>
      </Collapse>
    </>
  );
};
