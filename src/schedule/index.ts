export {
  dueAt,
  isTimeZone,
  isWeekKey,
  nextPostAt,
  nextWeekKey,
  previousWeekKey,
  weekKeyOf,
  type WeeklySchedule,
} from './week';
