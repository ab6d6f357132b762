export { BUILTIN_TOURS } from './builtin';
export { importTours, MAX_TOUR_FILE_CHARS, type TourImportResult } from './import';
export { moveFrom, resolveSteps, type Availability, type Move, type ResolvedStep } from './resolve';
export { StartTourRequest, StartTourResult, Tour, TourFile, TourStep, TOUR_TARGETS, type TourTarget, type TourText } from './schema';
export { loadImportedTours, loadTours, resetImportedTours, saveImportedTours } from './store';
export { tourText } from './text';
