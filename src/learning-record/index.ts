export {
  addLearningEntry,
  changeLearningEntry,
  deleteLearningEntry,
  learningEntryView,
  listLearningEntries,
  type LearningRecordDeps,
  type LearningRecordOwner,
} from './entries';
export {
  daySchema,
  learningEntryChangeSchema,
  MAX_ENTRY_MINUTES,
  MAX_ENTRY_TEXT,
  newLearningEntrySchema,
  periodOf,
  type LearningEntryChangeInput,
  type NewLearningEntryInput,
} from './input';
export {
  csvCell,
  learningRecordDocument,
  LEARNING_RECORD_FORMATS,
  type LearningRecordDocument,
  type LearningRecordDocumentOptions,
  type LearningRecordFormat,
} from './documents';
