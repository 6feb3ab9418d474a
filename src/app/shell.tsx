import { useRef } from 'react';
import { NavLink, Outlet } from 'react-router';
import { hrefs } from '../config/routes';
import { SyncIndicator } from '../features/sharing/components/sync-indicator';
import { StorageBanners } from '../features/settings/components/storage-banners';
import { DatabaseBanners } from './database-banners';
import { DroppedImportBanner } from './dropped-import-banner';
import { UndoToast } from './undo-toast';
import { UpdatePrompt } from './update-prompt';
import { usePageHeadingFocus } from './use-page-heading-focus';

const navigation = [
  { label: 'Opportunities', href: hrefs.opportunities() },
  { label: 'Follow-ups', href: hrefs.followUps() },
  { label: 'Coverage', href: hrefs.coverage() },
  { label: 'Settings', href: hrefs.settings() },
];

/**
 * The layout every screen shares: skip link, top navigation, banners, the page, the Undo toast, the
 * update prompt. On moving to another page, focus goes to its heading.
 */
export const Shell = () => {
  const mainRef = useRef<HTMLElement>(null);
  usePageHeadingFocus(mainRef);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="app-name">Contact Plan</span>
        <nav aria-label="Main">
          <ul className="main-nav">
            {navigation.map((item) => (
              <li key={item.href}>
                <NavLink to={item.href}>{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <SyncIndicator />
      </header>
      <DatabaseBanners />
      <StorageBanners />
      <DroppedImportBanner />
      <main className="page" id="main" tabIndex={-1} ref={mainRef}>
        <Outlet />
      </main>
      <UndoToast />
      <UpdatePrompt />
    </>
  );
};
