import { t } from '@/utils/i18n';
import { loadImportedTours, resetImportedTours, saveImportedTours } from '@/utils/tours/store';
import { ImportSection } from './ImportSection';

/** A trainer's guided tours, through the tours module's own validator; built-in ones stay. */
export function ToursSection() {
  return (
    <ImportSection
      id="tours"
      title={t('optionsSectionTours')}
      intro={t('optionsToursIntro')}
      inputLabel={t('optionsToursInput')}
      texts={{
        imported: t('optionsToursImported'),
        errors: t('optionsToursErrors'),
        reset: t('optionsToursReset'),
        resetDone: t('optionsToursResetDone'),
      }}
      describe={async () => {
        const count = (await loadImportedTours()).length;
        return { imported: count > 0, text: count > 0 ? t('optionsToursCurrentImported', { count }) : t('optionsToursCurrentBuiltin') };
      }}
      importText={saveImportedTours}
      reset={resetImportedTours}
    />
  );
}
