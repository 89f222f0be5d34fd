// The site's only script, loaded as a module on every page. Pages are complete HTML without
// it; each module finds the server-rendered markup it enhances by a data attribute.
import { initAnnouncement } from './announcement';
import { initColorScheme } from './color-scheme';
import { initCopyButtons } from './copy';
import { initDialogs } from './dialogs';
import { initDocsNav } from './docs-nav';
import { initDownloadFilters } from './download-filters';
import { initSearch } from './search';
import { initTableOfContents } from './table-of-contents';

initColorScheme();
initDialogs();
initDocsNav();
initCopyButtons();
initTableOfContents();
initDownloadFilters();
initSearch();
initAnnouncement();
