import { Box, Drawer, useMediaQuery, type Theme } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { CLOSED_DRAWER_WIDTH, DRAWER_WIDTH, Sidebar as RaSidebar, useSidebarState, useStoreContext, type SidebarProps } from 'react-admin';
import { useLocation } from 'react-router-dom';

/**
 * How the menu looks by the screen (the menu's items keep react-admin's own "open" state, the store's
 * `sidebar.open`, for their labels and tooltips):
 *  - on a desk screen (1200 px and wider) it is a column beside the page, open with its labels unless the user folds it;
 *  - on a tablet (600 to 1199 px, a 1024 px screen too) it is a column of icons, each named by its tooltip, that leaves
 *    the page its width; the app bar's menu button lays the whole menu over the page;
 *  - on a phone (below 600 px) it is hidden; the menu button opens it as a drawer over the page.
 * On a tablet or a phone the menu starts closed and closes after every move to another page. Labels never end cut:
 * a long one wraps in the open menu, and none shows in the column of icons.
 */
export const Sidebar = ({ children, ...props }: SidebarProps) => {
  const desk = useMediaQuery<Theme>((theme) => theme.breakpoints.up('lg'), { noSsr: true });
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'), { noSsr: true });
  const store = useStoreContext();
  // Before anything reads it: on a tablet or a phone the menu starts closed, whatever was stored. (Closing a drawer
  // in the effects of the render that mounted it open would leave MUI's invisible modal over the page.)
  useState(() => !desk && store.setItem('sidebar.open', false));
  const [open, setOpen] = useSidebarState();
  const { pathname } = useLocation();
  const wasDesk = useRef(desk);

  useEffect(() => {
    if (!desk) setOpen(false);
    // Back on a wide screen (a window made wider), the menu opens again as a desk screen shows it.
    else if (!wasDesk.current) setOpen(true);
    wasDesk.current = desk;
  }, [desk, pathname]); // eslint-disable-line react-hooks/exhaustive-deps

  if (desk || phone) {
    return (
      <RaSidebar {...props} sx={labelsSx}>
        {children}
      </RaSidebar>
    );
  }
  return (
    <>
      <RaSidebar {...props} open={false} sx={labelsSx} data-testid="menu-rail">
        {open ? <Box sx={{ width: CLOSED_DRAWER_WIDTH }} /> : children}
      </RaSidebar>
      <Drawer variant="temporary" open={open} onClose={() => setOpen(false)} sx={{ ...labelsSx, '& .MuiDrawer-paper': { width: DRAWER_WIDTH } }}>
        {children}
      </Drawer>
    </>
  );
};

/** The column of icons shows no label (each is in its tooltip); the open menu wraps a label too long for its width. */
const labelsSx = {
  '& .RaMenu-closed .RaMenuItemLink-root > .MuiTypography-root': { display: 'none' },
  '& .RaMenu-open .RaMenuItemLink-root > .MuiTypography-root': { whiteSpace: 'normal', overflowWrap: 'anywhere' },
};
