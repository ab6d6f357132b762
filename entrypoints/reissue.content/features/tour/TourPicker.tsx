import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { Tour } from '@/utils/tours/schema';
import { tourText } from '@/utils/tours/text';

export interface TourPickerProps {
  tours: readonly Tour[];
  onStart: (tourId: string) => void;
  /** The start button's test id: `tour-start` in the panel (contract). */
  testId?: string;
}

/** Choose a guided tour and start it: the panel's section and the popup both use this. */
export function TourPicker({ tours, onStart, testId = 'tour-start' }: TourPickerProps) {
  const [chosen, setChosen] = useState(tours[0]?.id ?? '');
  const selected = tours.some((tour) => tour.id === chosen) ? chosen : (tours[0]?.id ?? '');
  return (
    <div class="tour-picker">
      <label class="tour-picker__label">
        {t('tourChoose')}
        <select class="tour-picker__select" data-testid={`${testId}-choice`} value={selected} onChange={(e) => setChosen(e.currentTarget.value)}>
          {tours.map((tour) => (
            <option key={tour.id} value={tour.id}>
              {tourText(tour.title)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" class="button" data-testid={testId} disabled={selected === ''} onClick={() => onStart(selected)}>
        {t('tourStart')}
      </button>
    </div>
  );
}
