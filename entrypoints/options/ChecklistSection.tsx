import { hasImportedDefinition, resetDefinition, saveImportedDefinition } from '@/utils/checklist/store';
import { t } from '@/utils/i18n';
import { ImportSection } from './ImportSection';

/** The comune's checklist definition, through the checklist module's own validator. */
export function ChecklistSection() {
  return (
    <ImportSection
      id="checklist"
      title={t('optionsSectionChecklist')}
      intro={t('optionsChecklistIntro')}
      inputLabel={t('optionsChecklistInput')}
      texts={{
        imported: t('optionsChecklistImported'),
        errors: t('optionsChecklistErrors'),
        reset: t('optionsChecklistReset'),
        resetDone: t('optionsChecklistResetDone'),
      }}
      describe={async () => {
        const imported = await hasImportedDefinition();
        return { imported, text: t(imported ? 'optionsChecklistCurrentImported' : 'optionsChecklistCurrentBuiltin') };
      }}
      importText={saveImportedDefinition}
      reset={resetDefinition}
    />
  );
}
