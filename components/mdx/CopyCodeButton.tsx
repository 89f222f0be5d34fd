import { copyButtonClass, CopyIcons } from '../CopyIcons';
import { ActionIconMarkup } from './mantine-markup';

/** Copies the code of the block it sits in (lib/browser/copy.ts reads it from the DOM). */
export function CopyCodeButton() {
  return (
    <ActionIconMarkup aria-label="Copy code" title="Copy code" className={copyButtonClass} data-copy="code" data-requires-js>
      <CopyIcons size={16} />
    </ActionIconMarkup>
  );
}
